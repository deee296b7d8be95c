package nl.bordspiegel.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;

import nl.bordspiegel.KaribuTest;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.security.PasswordService;

class PasswordViewsTest extends KaribuTest {

    @Autowired HistoryImporter importer;
    @Autowired PasswordEncoder encoder;
    @Autowired PasswordService passwords;
    @Autowired UserDetailsService accounts;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aWeakNewPasswordIsRefusedAndAStrongOneSaved() {
        TestSchools.School school = TestSchools.create(importer, encoder);
        loginAs(school.leader());
        UI.getCurrent().navigate("wachtwoord");

        fill(TestSchools.PASSWORD, "wachtwoord12", "wachtwoord12");
        PasswordField next = _get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord"));
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).isEqualTo("Dit wachtwoord is te bekend of te eenvoudig. Kies een ander.");
        assertThat(next.getValue()).as("the form keeps what was typed").isEqualTo("wachtwoord12");

        fill(TestSchools.PASSWORD, "zeilboot op het meer", "zeilboot op het meer");
        assertThat(message()).isEqualTo("Je wachtwoord is gewijzigd.");
        assertThat(encoder.matches("zeilboot op het meer", jdbc.queryForObject(
                "select password_hash from person where email = ?", String.class, school.leader()))).isTrue();
    }

    @Test
    void aNewColleagueSetsTheirPasswordOnceThroughTheLink() {
        TestSchools.School school = TestSchools.create(importer, encoder);
        // A new colleague: no password yet.
        jdbc.update("update person set password_hash = null where email = ?", school.teacher());
        long teacher = jdbc.queryForObject("select id from person where email = ?", Long.class, school.teacher());
        TestSchools.signIn(context, school.admin());
        String token = passwords.createSetPasswordToken(teacher);
        SecurityContextHolder.clearContext();

        UI.getCurrent().navigate("wachtwoord-instellen/" + token);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord")), "zeilboot op het meer");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord nog een keer")), "zeilboot op het meer");
        _click(_get(Button.class, spec -> spec.withText("Wachtwoord opslaan")));
        assertThat(message()).isEqualTo("Je wachtwoord is ingesteld. Je kunt nu inloggen.");

        UI.getCurrent().navigate("wachtwoord-instellen/" + token);
        assertThat(message()).startsWith("Deze link werkt niet meer");
    }

    @Test
    void aResetLinkForSomeoneWithAPasswordWaitsUntilTheyAllowItThemselves() {
        TestSchools.School school = TestSchools.create(importer, encoder);
        long leader = jdbc.queryForObject("select id from person where email = ?", Long.class, school.leader());
        TestSchools.signIn(context, school.admin());
        String token = passwords.createSetPasswordToken(leader);
        SecurityContextHolder.clearContext();

        UI.getCurrent().navigate("wachtwoord-instellen/" + token);
        assertThat(message()).startsWith("Deze link werkt pas als de persoon zelf");
        assertThat(_find(PasswordField.class)).allMatch(field -> !field.isVisible());

        loginAs(school.leader());
        UI.getCurrent().navigate("wachtwoord");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText).toList())
                .contains("Ada Beheer heeft een link gemaakt om jouw wachtwoord opnieuw in te stellen."
                        + " Sta dit alleen toe als jij daarom gevraagd hebt.");
        _click(_get(Button.class, spec -> spec.withText("Toestaan")));

        assertThat(passwords.linkState(token)).isEqualTo(nl.bordspiegel.security.PasswordService.LinkState.USABLE);
    }

    private void fill(String current, String next, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Huidig wachtwoord")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord")), next);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Nieuw wachtwoord nog een keer")), repeat);
        _click(_get(Button.class, spec -> spec.withText("Wachtwoord opslaan")));
    }

    private static String message() {
        return _get(Paragraph.class, spec -> spec.withClasses("password-message")).getText();
    }
}
