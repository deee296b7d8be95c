package nl.bordspiegel.coach;

/** A coach update that cannot be sent as written; nothing was saved. */
public class InvalidCoachUpdate extends RuntimeException {

    public enum Problem { TEXT_EMPTY, TEXT_TOO_LONG, NO_RECIPIENT, NOT_A_LEADER }

    private final Problem problem;

    InvalidCoachUpdate(Problem problem) {
        super("Coach update refused: " + problem);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** The key of the message that tells the coach what to change. */
    public String messageKey() {
        return "coach.update.error." + problem.name();
    }
}
