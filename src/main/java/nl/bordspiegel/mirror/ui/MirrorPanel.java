package nl.bordspiegel.mirror.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

import nl.bordspiegel.leadership.Message;
import nl.bordspiegel.leadership.Pattern;

/**
 * One panel of the mirror page: a titled section that shows what it is given and fires
 * events for what the leader does. Panels know no service; {@link MirrorView} composes them.
 */
abstract class MirrorPanel extends Div {

    MirrorPanel(String id, String titleKey) {
        setId(id);
        addClassName("mirror-section");
        add(new H2(getTranslation(titleKey)));
    }

    String patternName(Pattern pattern) {
        return getTranslation(pattern.messageKey());
    }

    String patternLabel(Pattern primary, Pattern mixedWith) {
        return mixedWith == null ? patternName(primary)
                : getTranslation("leadership.mixed", patternName(primary), patternName(mixedWith));
    }

    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
    }

    /** The inference names its texts; the screen renders them in the user's language. */
    String text(Message message) {
        return getTranslation(message.key(), message.arguments().toArray());
    }
}
