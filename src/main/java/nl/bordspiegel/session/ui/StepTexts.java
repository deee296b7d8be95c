package nl.bordspiegel.session.ui;

import com.vaadin.flow.component.Component;

import nl.bordspiegel.session.AgendaItem;
import nl.bordspiegel.session.AgendaKind;

/** A step's name as the team sees it: its own title, or the translated default. */
final class StepTexts {

    private StepTexts() {
    }

    static String name(Component in, AgendaItem step) {
        return step.title() != null ? step.title() : defaultName(in, step.kind());
    }

    static String defaultName(Component in, AgendaKind kind) {
        return in.getTranslation("session.step." + kind);
    }
}
