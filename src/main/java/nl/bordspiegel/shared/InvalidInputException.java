package nl.bordspiegel.shared;

import java.util.List;
import java.util.Locale;

/**
 * Input a user can correct: a too long name, a weak password, an impossible date. It carries
 * a translation key and its arguments, so a view shows the reason in the user's language,
 * and it is thrown before anything changes.
 */
public class InvalidInputException extends RuntimeException {

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
                .map(argument -> argument instanceof TextRules.MessageArg field ? Messages.get(locale, field.key()) : argument)
                .toArray();
        return Messages.get(locale, messageKey, resolved);
    }
}
