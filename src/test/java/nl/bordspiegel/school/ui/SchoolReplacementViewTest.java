package nl.bordspiegel.school.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;

import nl.bordspiegel.KaribuTest;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.school.SchoolAdministration;

/** The admin replaces the school from /beheer/schoolbestand: a preview first, then all or nothing. */
class SchoolReplacementViewTest extends KaribuTest {

    @Autowired HistoryImporter importer;
    @Autowired PasswordEncoder encoder;
    @Autowired SchoolAdministration administration;

    TestSchools.School school;
    String backup;

    @BeforeEach
    void schoolWithABackupAndATeamAddedSince() {
        school = TestSchools.create(importer, encoder);
        loginAs(school.admin());
        backup = administration.exportSchool();
        administration.createTeam("Team na de back-up");
    }

    @Test
    void aBadFileShowsItsPlaceCannotBeAppliedAndImportsNothing() {
        UI.getCurrent().navigate("beheer/schoolbestand");
        String broken = backup.replaceFirst("\"members\"\\s*:\\s*\\[\\s*\"", "\"members\": [\"nobody-");

        _get(SchoolFileView.class).previewReplacement(broken.getBytes(StandardCharsets.UTF_8));

        assertThat(pageText()).contains("Dit bestand kan de school niet vervangen. Fout bij teams[0].members");
        assertThat(_get(Button.class, spec -> spec.withText("School vervangen")).isEnabled()).isFalse();
        UI.getCurrent().navigate("beheer/teams");
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(2);
    }

    @Test
    void thePreviewNamesWhatGoesAndComesAndTheAdminSignsInAgainWithTheirOwnAccount() {
        UI.getCurrent().navigate("beheer/schoolbestand");

        _get(SchoolFileView.class).previewReplacement(backup.replace("Testschool", "Teruggezet")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(pageText()).contains("Verdwijnt: \"Testschool", "met 4 personen en 2 teams",
                "Komt ervoor in de plaats: \"Teruggezet", "met 4 personen, 1 team, 0 bordsessies",
                "Er is nog niets veranderd.");
        _click(_get(Button.class, spec -> spec.withText("School vervangen")));
        assertThat(pageText()).contains("De school is vervangen. Log opnieuw in");

        // The same e-mail address signs in again, now as the admin of the school from the file.
        loginAs(school.admin());
        UI.getCurrent().navigate("beheer/teams");
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(1);
    }
}
