package nl.bordspiegel.mirror;

/** The sessions one team held in the window, and how many of them the leader attended and led. */
public record TeamSessions(long teamId, String teamName, int held, int attended, int led) {

    /** The team's session history, where the leader can check what the mirror counted. */
    public String historyRoute() {
        return "bord/" + teamId + "/geschiedenis";
    }
}
