package nl.bordspiegel.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import nl.bordspiegel.security.PasswordPolicy;
import nl.bordspiegel.security.PasswordService;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.InvalidInputException;

/** Change your own password: the current one first, then the new one twice. */
@Route("wachtwoord")
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private static final String REPEAT = "repeat";

    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Paragraph message = new Paragraph();
    private final InputErrors.Form form = InputErrors.form(message)
            .field(PasswordService.CURRENT_FIELD, current).field(PasswordPolicy.FIELD, next).field(REPEAT, repeat);

    ChangePasswordView(PasswordService passwords) {
        addClassName("password-view");
        current.setLabel(getTranslation("security.password.current"));
        next.setLabel(getTranslation("security.password.new"));
        next.setHelperText(getTranslation("security.password.rules", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("security.password.repeat"));
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setMaxLength(200);
            field.setWidth("24em");
        }
        message.addClassName("password-message");
        Button save = new Button(getTranslation("security.password.save"), click -> {
            if (!next.getValue().equals(repeat.getValue())) {
                form.show(InvalidInputException.at(REPEAT, "security.password.different"));
                return;
            }
            if (form.submit(() -> passwords.changeMyPassword(current.getValue(), next.getValue()))) {
                current.clear();
                next.clear();
                repeat.clear();
                message.setText(getTranslation("security.password.changed"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("security.password.title")));
        passwords.pendingResetOfMine().ifPresent(admin -> add(pendingReset(passwords, admin)));
        add(current, next, repeat, save, message);
    }

    /** An admin's reset link waits for this person: only they decide whether it may work. */
    private Div pendingReset(PasswordService passwords, String admin) {
        Div box = new Div();
        box.addClassName("pending-reset");
        Paragraph question = new Paragraph(getTranslation("security.reset.pending", admin));
        Button allow = new Button(getTranslation("security.reset.allow"));
        Button refuse = new Button(getTranslation("security.reset.refuse"));
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        allow.addClickListener(click -> {
            passwords.allowPendingReset();
            box.removeAll();
            box.add(new Paragraph(getTranslation("security.reset.allowed")));
        });
        refuse.addClickListener(click -> {
            passwords.refusePendingReset();
            box.removeAll();
            box.add(new Paragraph(getTranslation("security.reset.refused")));
        });
        box.add(question, new HorizontalLayout(allow, refuse));
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.password.title") + " · " + getTranslation("app.name");
    }
}
