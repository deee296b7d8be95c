package nl.bordspiegel.mirror.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

import nl.bordspiegel.shared.InputErrors;

/**
 * An event of a form in one of the mirror's panels: the page's handler runs the change
 * through it, so a refusal lands on the form's own field and what was typed stays.
 */
abstract class PanelFormEvent<C extends Component> extends ComponentEvent<C> {

    private final InputErrors.Form form;

    PanelFormEvent(C source, InputErrors.Form form) {
        super(source, false);
        this.form = form;
    }

    boolean submit(Runnable change) {
        return form.submit(change);
    }
}
