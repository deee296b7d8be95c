package nl.bordspiegel.leadership;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A user-facing text as an i18n key plus its arguments, so one result can be shown in
 * Dutch and in English. Arguments are numbers (choices take 0 or 1 for no or yes).
 */
public record Message(String key, List<Object> arguments) {

    static final String BUNDLE = "vaadin-i18n/translations";

    /*
     * Without this, a Dutch request on a JVM whose default locale is English would get the
     * English file: Dutch lives in the base file, and the default locale is tried first.
     */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Message {
        arguments = List.copyOf(arguments);
    }

    static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }

    /** The text in the given language; Dutch for any language without its own file. */
    public String in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
        return new MessageFormat(bundle.getString(key), locale).format(arguments.toArray());
    }
}
