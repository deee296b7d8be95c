package nl.bordspiegel;

/** The demo school's logins that tests sign in with (the README's table lists them). */
public final class DemoLogins {
    public static final String PASSWORD = "bordspiegel-demo";
    /** Sanne Visser, teacher in Groep 1-2 and Kernteam Rekenen. */
    public static final String TEACHER = "sanne@linde.example";
    /** Monique van den Berg: attends nearly all, leads most. */
    public static final String KEYPLAYER_LEADER = "monique@linde.example";
    /** Erik Verhoeven: attends about two in three, lets teachers lead, asks much; also a school coach. */
    public static final String TEAMPLAYER_LEADER = "erik@linde.example";
    /** Carla Huisman: seldom there, hears progress through coach updates. */
    public static final String FACILITATOR_LEADER = "carla@linde.example";
    /** Tom Prins: started recently, too little data. */
    public static final String NEW_LEADER = "tom@linde.example";
    /** Karin Hendriks, school coach and teacher in Groep 3-4. */
    public static final String COACH = "karin@linde.example";
    /** Ingrid Post, admin. */
    public static final String ADMIN = "ingrid@linde.example";

    private DemoLogins() {
    }
}
