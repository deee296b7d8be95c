package nl.bordspiegel.leadership;

import java.util.List;

/**
 * A user-facing text as an i18n key plus its arguments, so one result can be shown in
 * Dutch and in English. Arguments are numbers (choices take 0 or 1 for no or yes). The core
 * only names the text; whoever shows it (the mirror, the {@code analyze} command) renders it.
 */
public record Message(String key, List<Object> arguments) {

    public Message {
        arguments = List.copyOf(arguments);
    }

    static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }
}
