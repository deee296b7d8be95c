package nl.bordspiegel.board;

/**
 * The names of the board's form fields as a refusal gives them
 * ({@link nl.bordspiegel.shared.InvalidInputException#field()}), so a screen puts the reason
 * on the field it concerns.
 */
public final class BoardFields {

    /** A card's text, an action's title, a comment. */
    public static final String TEXT = "text";
    public static final String TITLE = "title";
    public static final String MEASURE = "measure";
    public static final String TARGET = "target";
    public static final String STARTS_ON = "startsOn";
    public static final String ENDS_ON = "endsOn";
    /** Whom a new card is written for. */
    public static final String AUTHOR = "author";
    public static final String OWNER = "owner";

    private BoardFields() {
    }
}
