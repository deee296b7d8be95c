package nl.bordspiegel.leadership;

import java.util.List;
import java.util.Locale;

import nl.bordspiegel.shared.Messages;

/**
 * A user-facing text as an i18n key plus its arguments, so one result can be shown in
 * Dutch and in English. Arguments are numbers (choices take 0 or 1 for no or yes).
 */
public record Message(String key, List<Object> arguments) {

    public Message {
        arguments = List.copyOf(arguments);
    }

    static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }

    /** The text in the given language; Dutch for any language without its own file. */
    public String in(Locale locale) {
        return Messages.get(locale, key, arguments.toArray());
    }
}
