package nl.bordspiegel.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The product's texts from {@code vaadin-i18n/translations*.properties}: Dutch is the base
 * file, English the {@code _en} file. Plain Java, so the command line and the pure
 * inference read the very same texts as the web views.
 */
public final class Messages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> LOCALES = List.of(DUTCH, Locale.ENGLISH);
    static final String BUNDLE = "vaadin-i18n/translations";

    // No fallback to the JVM's default locale: on an English machine Dutch must stay Dutch.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The text for {@code key}, or {@code !key!} so a missing key is visible (and tested). */
    public static String get(Locale locale, String key, Object... arguments) {
        try {
            String pattern = bundle(locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(arguments);
        } catch (MissingResourceException missing) {
            return "!" + key + "!";
        }
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /** English when asked for English, Dutch for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DUTCH;
    }
}
