package nl.bordspiegel.leadership;

/** The three leadership patterns of the study. None is better than another. */
public enum Pattern {
    TEAMPLAYER, KEYPLAYER, FACILITATOR;

    /** The i18n key of the pattern's name as users know it. */
    public String messageKey() {
        return "leadership.pattern." + name();
    }
}
