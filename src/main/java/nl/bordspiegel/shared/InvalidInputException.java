package nl.bordspiegel.shared;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Input a user can correct: a too long name, a weak password, an impossible date. It carries
 * a translation key and its arguments, so a view shows the reason in the user's language,
 * and it is thrown before anything changes (and before the database sees the input).
 *
 * <p>The common text rules live here too, so every feature refuses free text the same way
 * and no entity cuts text short on its own. Text is always shown escaped; refusing markup as
 * well keeps exports and e-mail addresses clean for other tools.
 */
public class InvalidInputException extends RuntimeException {

    private static final Pattern MARKUP_OR_CONTROL = Pattern.compile("[<>\\p{Cntrl}]");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"']+@[^@\\s<>\"']+\\.[^@\\s<>\"']+$");
    /** The longest e-mail address the standard allows (and the person.email column holds). */
    public static final int EMAIL_MAX = 320;

    private final String messageKey;
    private final List<Object> arguments;
    private final String field;

    public InvalidInputException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
        this.field = field;
    }

    /** Input refused at a named field of the form ({@code "text"}, {@code "leaders"}), so the view can mark it. */
    public static InvalidInputException at(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(field, messageKey, arguments);
    }

    /** A trimmed one-line text of 1..max characters without markup, or a refusal at the field named {@code fieldKey}. */
    public static String requireLine(String text, int max, String fieldKey) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw at(fieldKey, "security.input.required", new MessageArg(fieldKey));
        }
        requireAtMost(trimmed, max, fieldKey);
        if (MARKUP_OR_CONTROL.matcher(trimmed).find()) {
            throw at(fieldKey, "security.input.markup", new MessageArg(fieldKey));
        }
        return trimmed;
    }

    /** A text that fits its column, refused (never cut short) when it does not; null stays null. */
    public static String requireAtMost(String text, int max, String fieldKey) {
        if (text != null && text.length() > max) {
            throw at(fieldKey, "security.input.tooLong", new MessageArg(fieldKey), max);
        }
        return text;
    }

    /** A login e-mail, trimmed and lower-case. */
    public static String requireEmail(String email) {
        String normalised = requireLine(email, EMAIL_MAX, "security.input.field.email").toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(normalised).matches()) {
            throw at("security.input.field.email", "security.input.email");
        }
        return normalised;
    }

    /** The form field the refusal concerns, or null when it concerns the input as a whole. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /** The reason in the given language; arguments that name a field are translated too. */
    public String message(Locale locale) {
        Object[] resolved = arguments.stream()
                .map(argument -> argument instanceof MessageArg name ? Messages.get(locale, name.key()) : argument)
                .toArray();
        return Messages.get(locale, messageKey, resolved);
    }

    /** An argument that is itself a translation key (a field's name), translated when shown. */
    public record MessageArg(String key) {
    }
}
