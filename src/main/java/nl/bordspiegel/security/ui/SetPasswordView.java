package nl.bordspiegel.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import nl.bordspiegel.security.PasswordPolicy;
import nl.bordspiegel.security.PasswordService;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.InvalidInputException;

/** Where a one-time link from the admin leads: set your password once, then sign in. */
@Route(value = "wachtwoord-instellen", autoLayout = false)
@AnonymousAllowed
class SetPasswordView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final String REPEAT = "repeat";

    private final PasswordService passwords;
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Paragraph message = new Paragraph();
    private final InputErrors.Form form = InputErrors.form(message)
            .field(PasswordPolicy.FIELD, next).field(REPEAT, repeat);
    private final Button save = new Button();
    private String token;

    SetPasswordView(PasswordService passwords) {
        this.passwords = passwords;
        addClassName("set-password-view");
        setAlignItems(Alignment.CENTER);
        next.setLabel(getTranslation("security.password.new"));
        next.setHelperText(getTranslation("security.password.rules", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("security.password.repeat"));
        next.setMaxLength(200);
        repeat.setMaxLength(200);
        save.setText(getTranslation("security.password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        message.addClassName("password-message");
        add(new H1(getTranslation("security.link.title")), next, repeat, save, message);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        switch (passwords.linkState(token)) {
            case USABLE -> { }
            case AWAITS_CONFIRMATION -> showDone(getTranslation("security.link.awaitsConfirmation"));
            case UNUSABLE -> showDone(getTranslation("security.link.unusable"));
        }
    }

    private void save() {
        if (!next.getValue().equals(repeat.getValue())) {
            form.show(InvalidInputException.at(REPEAT, "security.password.different"));
            return;
        }
        if (form.submit(() -> passwords.setPasswordWithToken(token, next.getValue()))) {
            showDone(getTranslation("security.link.done"));
        }
    }

    private void showDone(String text) {
        next.setVisible(false);
        repeat.setVisible(false);
        save.setVisible(false);
        message.setText(text);
        add(new Anchor("login", getTranslation("login.submit")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.link.title") + " · " + getTranslation("app.name");
    }
}
