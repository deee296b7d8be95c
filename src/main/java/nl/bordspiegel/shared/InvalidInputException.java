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

    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
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
