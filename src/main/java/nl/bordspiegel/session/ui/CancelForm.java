package nl.bordspiegel.session.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.shared.InputErrors;

/** A week's session that does not take place, with its reason. Fires {@link CancelEvent}. */
class CancelForm extends Details {

    private final TextField reason = new TextField(getTranslation("session.cancel.reason"));
    private final InputErrors.Form form = InputErrors.form(null).field("reason", reason);

    CancelForm() {
        setSummaryText(getTranslation("session.cancel.title"));
        reason.setId("session-cancel-reason");
        reason.setWidth("24em");
        Button cancel = new Button(getTranslation("session.cancel"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("session.cancel.reasonRequired"));
                return;
            }
            fireEvent(new CancelEvent(this, reason.getValue()));
        });
        cancel.setId("session-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout form = new HorizontalLayout(reason, cancel);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(form);
    }

    /** The form a cancel runs through: a refused reason (too long) is explained on the field, the text stays. */
    InputErrors.Form form() {
        return form;
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    static class CancelEvent extends ComponentEvent<CancelForm> {
        private final String reason;

        CancelEvent(CancelForm source, String reason) {
            super(source, false);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }
}
