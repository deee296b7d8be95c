package nl.bordspiegel.shared.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import nl.bordspiegel.shared.Messages;

/** Gives Vaadin's {@code getTranslation} the product's two languages, Dutch first. */
@Component
class TranslationProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.get(locale, key, params);
    }
}
