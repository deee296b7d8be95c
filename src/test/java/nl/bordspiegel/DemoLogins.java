package nl.bordspiegel;

/** The demo school's logins that tests sign in with (see the README's table). */
public final class DemoLogins {
    public static final String PASSWORD = "bordspiegel-demo";
    public static final String TEACHER = "anna@linde.example";
    public static final String KEYPLAYER_LEADER = "bram@linde.example";
    public static final String TEAMPLAYER_LEADER = "carla@linde.example";
    public static final String FACILITATOR_LEADER = "dirk@linde.example";
    public static final String NEW_LEADER = "eva@linde.example";
    public static final String COACH = "fleur@linde.example";
    public static final String ADMIN = "admin@linde.example";

    private DemoLogins() {
    }
}
