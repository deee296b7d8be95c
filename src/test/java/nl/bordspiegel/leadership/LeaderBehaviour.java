package nl.bordspiegel.leadership;

/**
 * How a synthetic leader behaves. Rates are per session the leader attends unless named
 * otherwise; {@code ownIdeaAdoption} is the chance one of the leader's ideas is adopted.
 */
public record LeaderBehaviour(
        double attendanceRate,
        double ledShare,
        double loggedHoursPerWeek,
        double questionsPerSession,
        double ideasPerSession,
        double ownIdeaAdoption,
        double actionsForOthersPerSession,
        double actionsOwnedPerSession,
        int visionItemsPerYear,
        double visionCoWriting,
        double coachUpdatesPerWeek,
        boolean alsoCoach,
        boolean feelsTooMuch) {

    /** Attends about all, leads most, directs the work, invests over 3 hours a week. */
    public static LeaderBehaviour keyplayer() {
        return new LeaderBehaviour(0.97, 0.8, 3.5, 0.5, 1.0, 0.8, 1.5, 0.3, 12, 0.2, 0.0, false, false);
    }

    /** Attends most, rarely leads, asks and shares, lets teachers' ideas carry, 1–3 hours, co-writes the vision. */
    public static LeaderBehaviour teamplayer() {
        return new LeaderBehaviour(0.8, 0.1, 1.5, 0.9, 0.3, 0.3, 0.05, 0.3, 12, 0.9, 0.1, false, false);
    }

    /** Rarely attends, contributes little, under an hour, writes the vision alone, hears from coaches. */
    public static LeaderBehaviour facilitator() {
        return new LeaderBehaviour(0.25, 0.0, 0.4, 0.2, 0.1, 0.3, 0.05, 0.0, 12, 0.0, 1.0, false, false);
    }

    public LeaderBehaviour withAttendanceRate(double rate) {
        return new LeaderBehaviour(rate, ledShare, loggedHoursPerWeek, questionsPerSession, ideasPerSession,
                ownIdeaAdoption, actionsForOthersPerSession, actionsOwnedPerSession, visionItemsPerYear,
                visionCoWriting, coachUpdatesPerWeek, alsoCoach, feelsTooMuch);
    }

    public LeaderBehaviour withLedShare(double share) {
        return new LeaderBehaviour(attendanceRate, share, loggedHoursPerWeek, questionsPerSession, ideasPerSession,
                ownIdeaAdoption, actionsForOthersPerSession, actionsOwnedPerSession, visionItemsPerYear,
                visionCoWriting, coachUpdatesPerWeek, alsoCoach, feelsTooMuch);
    }
}
