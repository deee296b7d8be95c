package nl.bordspiegel.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign in with e-mail and password. A failure never tells whether the e-mail exists. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(loginTexts());
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")), form);
    }

    private LoginI18n loginTexts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setError(failed);
        keepEmailAfterFailure(failed);
    }

    /**
     * The form posts to Spring Security, which answers a wrong password with a fresh page:
     * the browser tab remembers the e-mail (never the password) so the person only retypes
     * what was wrong.
     */
    private void keepEmailAfterFailure(boolean failed) {
        form.getElement().executeJs("""
                const key = 'bordspiegel-login-email';
                this.addEventListener('login', e => sessionStorage.setItem(key, e.detail.username || ''));
                const field = this.querySelector('[name=username]')
                    || (this.shadowRoot && this.shadowRoot.querySelector('[name=username]'));
                const kept = sessionStorage.getItem(key);
                if ($0 && kept && field) { field.value = kept; }
                """, failed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
