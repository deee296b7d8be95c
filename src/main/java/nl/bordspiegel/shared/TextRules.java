package nl.bordspiegel.shared;

import java.util.regex.Pattern;

/**
 * The checks every free text from a user passes before it is stored. Text is always shown
 * escaped; refusing markup as well keeps exports and e-mails addresses clean for other tools.
 */
public final class TextRules {

    private static final Pattern MARKUP_OR_CONTROL = Pattern.compile("[<>\\p{Cntrl}]");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"']+@[^@\\s<>\"']+\\.[^@\\s<>\"']+$");
    /** The longest e-mail address the standard allows (and the person.email column holds). */
    public static final int EMAIL_MAX = 320;

    private TextRules() {
    }

    /** A trimmed one-line text of 1..max characters without markup, or a clear refusal. */
    public static String requireLine(String text, int max, String fieldKey) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("security.input.required", new MessageArg(fieldKey));
        }
        if (trimmed.length() > max) {
            throw new InvalidInputException("security.input.tooLong", new MessageArg(fieldKey), max);
        }
        if (MARKUP_OR_CONTROL.matcher(trimmed).find()) {
            throw new InvalidInputException("security.input.markup", new MessageArg(fieldKey));
        }
        return trimmed;
    }

    /** A login e-mail, trimmed and lower-case. */
    public static String requireEmail(String email) {
        String normalised = requireLine(email, EMAIL_MAX, "security.input.field.email").toLowerCase(java.util.Locale.ROOT);
        if (!EMAIL.matcher(normalised).matches()) {
            throw new InvalidInputException("security.input.email");
        }
        return normalised;
    }

    /** An argument that is itself a translation key (a field's name), translated when shown. */
    public record MessageArg(String key) {
    }
}
