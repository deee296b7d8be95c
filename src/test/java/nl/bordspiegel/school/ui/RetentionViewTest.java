package nl.bordspiegel.school.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;

import nl.bordspiegel.KaribuTest;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.school.DataRetention;
import nl.bordspiegel.school.SchoolAdministration;
import nl.bordspiegel.school.SchoolSettings;

class RetentionViewTest extends KaribuTest {

    @Autowired HistoryImporter importer;
    @Autowired PasswordEncoder encoder;
    @Autowired SchoolAdministration administration;
    @Autowired DataRetention retention;
    @Autowired JdbcTemplate jdbc;

    TestSchools.School school;

    @BeforeEach
    void aSchool() {
        school = TestSchools.create(importer, encoder);
    }

    @Test
    void adminSeesWhatGoesAndDeletesItAfterConfirming() {
        loginAs(school.admin());
        administration.changeSettings(new SchoolSettings(60, 180, null, null, 1));
        LocalDate cutOff = retention.preview().cutOff();
        long team = jdbc.queryForObject("select id from team where school_id = ?", Long.class, school.id());
        long teacher = jdbc.queryForObject("select id from person where email = ?", Long.class, school.teacher());
        jdbc.update("insert into idea (team_id, author_id, proposed_on, text, status) values (?, ?, ?, 'Oud idee', 'ADOPTED')",
                team, teacher, cutOff.minusDays(1));
        UI.getCurrent().navigate("beheer/instellingen");
        assertThat(_find(Button.class, spec -> spec.withText("Verwijderen"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Bekijk wat weg gaat")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("retention-limit")).getText())
                .contains(cutOff.toString(), "1 schooljaren");
        List<String> counts = _find(ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(counts).contains("Ideeën: 1", "Bordsessies: 0", "Auditregels: 0");

        _click(_get(Button.class, spec -> spec.withText("Verwijderen")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(dialog)).contains("1 regels", cutOff.toString());
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("retention-message")).getText())
                .isEqualTo("Verwijderd: 1 regels van vóór " + cutOff + ".");
        assertThat(jdbc.queryForObject("select count(*) from idea where team_id = ? and text = 'Oud idee'", Long.class,
                team)).isZero();
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains("Ideeën: 0");
    }

    @Test
    void withoutARetentionPeriodThePreviewSaysNothingGoes() {
        loginAs(school.admin());
        UI.getCurrent().navigate("beheer/instellingen");

        _click(_get(Button.class, spec -> spec.withText("Bekijk wat weg gaat")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("retention-limit")).getText())
                .contains("bewaart alle gegevens");
        assertThat(_find(Button.class, spec -> spec.withText("Verwijderen"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Anonimiseren"))).isEmpty();
    }
}
