package nl.bordspiegel.history;

/**
 * A {@code school-history/1} file that cannot be accepted, with the place of the first problem
 * (e.g. {@code sessions[3].attendance}, or {@code line 4, column 7} for malformed JSON) so that
 * whoever edits the file can go straight to it.
 */
public class HistoryFormatException extends RuntimeException {

    private final String place;
    private final String problem;

    public HistoryFormatException(String place, String problem) {
        super(place + ": " + problem);
        this.place = place;
        this.problem = problem;
    }

    public String place() {
        return place;
    }

    public String problem() {
        return problem;
    }
}
