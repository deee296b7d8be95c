package nl.bordspiegel.school.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import nl.bordspiegel.KaribuTest;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.history.HistoryImporter;

class AdminViewsTest extends KaribuTest {

    @Autowired HistoryImporter importer;
    @Autowired PasswordEncoder encoder;

    TestSchools.School school;

    @BeforeEach
    void aSchool() {
        school = TestSchools.create(importer, encoder);
    }

    @Test
    void adminFindsBeheerInTheMenuAndOthersDoNot() {
        loginAs(school.admin());
        assertThat(menuLabels()).contains("Start", "Beheer", "Wachtwoord wijzigen");

        loginAs(school.coach());
        assertThat(menuLabels()).contains("Start", "Wachtwoord wijzigen").doesNotContain("Beheer");
    }

    @Test
    void teacherCannotOpenTheAdminPages() {
        loginAs(school.teacher());

        UI.getCurrent().navigate("beheer/mensen");

        // Vaadin refuses before the view is made and shows the calm refusal page instead.
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(PeopleView.class::isInstance);
        assertThat(pageText()).contains("Deze pagina is er niet voor jou");
    }

    @Test
    void adminAddsAPersonAndSeesItInTheListAndTheAuditLog() {
        loginAs(school.admin());
        UI.getCurrent().navigate("beheer/mensen");
        String email = "nina@" + TestSchools.uniqueTag() + ".example";

        _setValue(_get(TextField.class, spec -> spec.withLabel("Naam")), "Nina Nieuw");
        _setValue(_get(TextField.class, spec -> spec.withLabel("E-mailadres")), email);
        _click(_get(Button.class, spec -> spec.withText("Persoon toevoegen")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("admin-message")).getText()).isEqualTo("Opgeslagen.");
        assertThat(rows(_get(Grid.class))).anySatisfy(row -> assertThat(row).contains("Nina Nieuw", email));

        UI.getCurrent().navigate("beheer/audit");
        assertThat(rows(_get(Grid.class)).get(0)).contains("Ada Beheer", "persoon toegevoegd");
    }

    @Test
    void aScriptAsNameIsRefusedWithAReasonAndShownNowhere() {
        loginAs(school.admin());
        UI.getCurrent().navigate("beheer/mensen");
        int before = GridKt._size(_get(Grid.class));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Naam")), "<script>alert(1)</script>");
        _setValue(_get(TextField.class, spec -> spec.withLabel("E-mailadres")), "x@" + TestSchools.uniqueTag() + ".example");
        _click(_get(Button.class, spec -> spec.withText("Persoon toevoegen")));

        TextField name = _get(TextField.class, spec -> spec.withLabel("Naam"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Naam mag geen < of > of stuurtekens bevatten.");
        assertThat(name.getValue()).as("the form keeps what was typed").isEqualTo("<script>alert(1)</script>");
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(before);
    }

    @Test
    void csvPreviewShowsProblemsByLineAndOnlyACleanFileCanBeApplied() {
        loginAs(school.admin());
        UI.getCurrent().navigate("beheer/import");
        String tag = TestSchools.uniqueTag();
        Button apply = _get(Button.class, spec -> spec.withText("Bevestigen en toepassen"));

        _setValue(_get(TextArea.class), "naam;e-mail;rollen;teams\nAnna;anna@" + tag + ".example;leraar;Groep 3\n"
                + "Bert;bert@" + tag + ".example;directeur;Groep 3\n");
        _click(_get(Button.class, spec -> spec.withText("Controleren")));

        assertThat(_find(ListItem.class).stream().map(ListItem::getText).toList())
                .containsExactly("Regel 3: Onbekende rol directeur (gebruik leraar, schoolcoach, schoolleider of beheerder).");
        assertThat(apply.isEnabled()).isFalse();
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(2);

        _setValue(_get(TextArea.class), "naam;e-mail;rollen;teams\nAnna;anna@" + tag + ".example;leraar;Groep 3\n"
                + "Bert;bert@" + tag + ".example;schoolleider;Groep 3\n");
        assertThat(apply.isEnabled()).as("a changed text needs a new check").isFalse();
        _click(_get(Button.class, spec -> spec.withText("Controleren")));
        assertThat(apply.isEnabled()).isTrue();
        _click(apply);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("admin-message")).getText())
                .isEqualTo("2 personen toegevoegd.");
        UI.getCurrent().navigate("beheer/teams");
        assertThat(rows(_get(Grid.class))).anySatisfy(row -> assertThat(row).contains("Groep 3", "Anna", "Bert"));
    }

    @Test
    void settingsRefuseAnImpossibleSchoolYear() {
        loginAs(school.admin());
        UI.getCurrent().navigate("beheer/instellingen");

        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("Eerste dag")),
                java.time.LocalDate.of(2026, 8, 24));
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withLabel("Laatste dag")),
                java.time.LocalDate.of(2025, 7, 10));
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("admin-message")).getText())
                .startsWith("De laatste dag moet na de eerste dag liggen");
    }

    @Test
    void theSchoolFilePageOffersTheDownloadAndRefusesImportIntoAFullSchool() {
        loginAs(school.admin());
        UI.getCurrent().navigate("beheer/schoolbestand");

        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Schoolbestand downloaden")))
                .isNotNull();
        // The one upload there replaces the school after a preview (SchoolReplacementViewTest); none imports into it.
        assertThat(_find(com.vaadin.flow.component.upload.Upload.class)).hasSize(1);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText).toList())
                .contains("Importeren kan alleen in een lege school: zonder teams en met alleen beheerders.");
    }

    @Test
    void aStaffCsvSavedByDutchExcelKeepsZoeInThePreview() {
        loginAs(school.admin());
        UI.getCurrent().navigate("beheer/import");
        String csv = "naam;e-mail;rollen\nZoë Öztürk;zoe@" + TestSchools.uniqueTag() + ".example;leraar\n";

        _get(StaffImportView.class).uploaded(csv.getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("admin-message")).getText())
                .isEqualTo("Gelezen als Windows-1252 (CSV van Excel). Controleer de namen in het voorbeeld.");
        _click(_get(Button.class, spec -> spec.withText("Controleren")));
        assertThat(rows(_get(Grid.class))).anySatisfy(row -> assertThat(row).contains("Zoë Öztürk"));
    }

    @Test
    void aSchoolFileWithInvalidUtf8IsRefusedWithItsPlaceAndNothingIsImported() {
        String admin = "beheer@" + TestSchools.uniqueTag() + ".example";
        try {
            importer.importSchool(nl.bordspiegel.history.HistoryReader.read(
                    new java.io.StringReader(TestSchools.emptySchoolJson(admin))), encoder.encode(TestSchools.PASSWORD));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        loginAs(admin);
        UI.getCurrent().navigate("beheer/schoolbestand");
        byte[] file = "{ \"format\": \"school-history/1\",\n  \"school\": { \"name\": \"X\" } }"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        file[36] = (byte) 0xC3;

        _get(SchoolFileView.class).importFile(file);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("admin-message")).getText())
                .isEqualTo("Dit bestand is geen geldige UTF-8-tekst: fout op regel 2, kolom 5. Er is niets geïmporteerd.");
        UI.getCurrent().navigate("beheer/teams");
        assertThat(GridKt._size(_get(Grid.class))).isZero();
    }

    private static List<String> menuLabels() {
        return List.copyOf(navigation().keySet());
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(Grid<?> grid) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormattedRow((Grid<Object>) grid, i)).toList();
    }
}
