package nl.bordspiegel;

/** The demo school's logins (src/main/resources/demo, made by tools/make_demo_school.py) that tests sign in with (see the README's table). */
public final class DemoLogins {
    public static final String PASSWORD = "bordspiegel-demo";
    public static final String TEACHER = "anouk@linde.example";
    public static final String KEYPLAYER_LEADER = "monique@linde.example";
    public static final String TEAMPLAYER_LEADER = "erik@linde.example";
    public static final String FACILITATOR_LEADER = "carla@linde.example";
    public static final String NEW_LEADER = "tom@linde.example";
    public static final String COACH = "karin@linde.example";
    public static final String ADMIN = "ingrid@linde.example";

    private DemoLogins() {
    }
}
