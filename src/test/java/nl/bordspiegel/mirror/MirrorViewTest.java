package nl.bordspiegel.mirror;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.KaribuTest;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.shared.Vocabulary.TimeCategory;

/** The demo leaders each find a mirror that matches how they behave, with evidence to check. */
class MirrorViewTest extends KaribuTest {

    @Test
    void keyplayerLikeLeaderSeesKeyplayerWithEvidence() {
        openMirrorAs(DemoLogins.KEYPLAYER_LEADER);

        assertThat(patternName()).contains("Sleutelspeler");
        assertSixDimensionsWithNumbers();
        assertThat(text("mirror-prompts")).contains("Wat zou er gebeuren als een leraar volgende week leidt?");
    }

    @Test
    void teamplayerLikeLeaderSeesTeamplayerWithEvidence() {
        openMirrorAs(DemoLogins.TEAMPLAYER_LEADER);

        assertThat(patternName()).contains("Teamspeler");
        assertSixDimensionsWithNumbers();
    }

    @Test
    void facilitatorLikeLeaderSeesFacilitatorWithEvidence() {
        openMirrorAs(DemoLogins.FACILITATOR_LEADER);

        assertThat(patternName()).contains("Ondersteuner");
        assertSixDimensionsWithNumbers();
        assertThat(text("mirror-prompts")).contains("Hoe blijf je op de hoogte");
    }

    @Test
    void newLeaderSeesWhatIsMissingAndNoPattern() {
        openMirrorAs(DemoLogins.NEW_LEADER);

        assertThat(text("mirror-pattern")).contains("te weinig vastgelegd", "benodigde sessies", "Nog ");
        _assertNone(H3.class, spec -> spec.withId("mirror-pattern-name"));
        _assertNone(Svg.class, spec -> spec.withId("mirror-share-chart"));
        _assertNone(Div.class, spec -> spec.withId("mirror-evidence"));
        assertThat(text("mirror-inferred-view")).contains("nog geen patroon");
    }

    @Test
    void evidenceLinksToTheHistoryOfEachCountedTeam() {
        openMirrorAs(DemoLogins.KEYPLAYER_LEADER);

        List<String> links = _find(Anchor.class).stream().map(Anchor::getHref)
                .filter(href -> href.startsWith("bord/")).toList();
        assertThat(links).hasSize(2).allMatch(href -> href.matches("bord/\\d+/geschiedenis"));
    }

    @Test
    void shareAndTrendChartsAreDrawn() {
        openMirrorAs(DemoLogins.TEAMPLAYER_LEADER);

        assertThat(_get(Svg.class, spec -> spec.withId("mirror-share-chart")).getElement().getProperty("innerHTML"))
                .contains("data-pattern='TEAMPLAYER'");
        assertThat(_get(Svg.class, spec -> spec.withId("mirror-trend-chart")).getElement().getProperty("innerHTML"))
                .contains("<polyline");
    }

    @Test
    void changingTheWindowRecomputesTheMirror() {
        openMirrorAs(DemoLogins.KEYPLAYER_LEADER);
        String twelveWeeks = text("mirror-pattern");

        HasValueUtilsKt._setValue(_get(Select.class, spec -> spec.withId("mirror-window")), WindowChoice.WEEKS_6);

        assertThat(text("mirror-pattern")).isNotEqualTo(twelveWeeks);
    }

    @Test
    void practicesAreGroupedAndTheLittleOnesAreQuestions() {
        openMirrorAs(DemoLogins.FACILITATOR_LEADER);

        assertThat(text("mirror-practices")).contains("Weinig van te zien", "Niet vast te leggen");
        assertThat(text("mirror-practices")).containsPattern("Betrokken: [^\\n]*\\?");
    }

    @Test
    void journalEntryIsKeptWithTheDateAndThePatternOfThatMoment() {
        openMirrorAs(DemoLogins.TEAMPLAYER_LEADER);
        _click(_find(Button.class, spec -> spec.withText("Hierover schrijven")).get(0));

        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withId("mirror-journal-text")),
                "Volgende week laat ik Sanne de sessie leiden.");
        _click(_get(Button.class, spec -> spec.withId("mirror-journal-save")));

        String journal = text("mirror-journal");
        assertThat(journal).contains("Volgende week laat ik Sanne de sessie leiden.", "Teamspeler");
        openMirrorAs(DemoLogins.TEAMPLAYER_LEADER);
        assertThat(text("mirror-journal")).contains("Volgende week laat ik Sanne de sessie leiden.");
    }

    @Test
    void anEmptyReflectionIsRefusedAtItsField() {
        openMirrorAs(DemoLogins.TEAMPLAYER_LEADER);
        TextArea text = _get(TextArea.class, spec -> spec.withId("mirror-journal-text"));

        HasValueUtilsKt._setValue(text, "   ");
        _click(_get(Button.class, spec -> spec.withId("mirror-journal-save")));

        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Schrijf eerst iets.");
    }

    @Test
    void aJournalEntryIsRewrittenAndItsDeletionUndone() {
        openMirrorAs(DemoLogins.TEAMPLAYER_LEADER);
        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withId("mirror-journal-text")),
                "Eerste versie van mijn gedachte.");
        _click(_get(Button.class, spec -> spec.withId("mirror-journal-save")));

        Div entry = newestEntry();
        _click(_get(entry, Button.class, spec -> spec.withText("Aanpassen")));
        HasValueUtilsKt._setValue(_get(entry, TextArea.class, spec -> spec.withClasses("mirror-journal-rewrite")),
                "Tweede versie van mijn gedachte.");
        _click(_get(entry, Button.class, spec -> spec.withText("Bewaren")));
        assertThat(text("mirror-journal")).contains("Tweede versie van mijn gedachte.")
                .doesNotContain("Eerste versie van mijn gedachte.");

        _click(_get(newestEntry(), Button.class, spec -> spec.withText("Verwijderen")));
        assertThat(text("mirror-journal")).doesNotContain("Tweede versie van mijn gedachte.");

        _click(_get(Button.class, spec -> spec.withId("mirror-undo")));
        assertThat(text("mirror-journal")).contains("Tweede versie van mijn gedachte.");
    }

    @Test
    void timeIsLoggedForAnEarlierDayThenCorrectedAndItsDeletionUndone() {
        openMirrorAs(DemoLogins.FACILITATOR_LEADER);
        DatePicker day = _get(DatePicker.class, spec -> spec.withId("mirror-time-date"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<TimeCategory> category = _get(RadioButtonGroup.class, spec -> spec.withId("mirror-time-category"));
        HasValueUtilsKt._setValue(category, TimeCategory.OTHER);
        HasValueUtilsKt._setValue(day, day.getMax().minusDays(3));
        _click(_get(Button.class, spec -> spec.withText("120 min")));

        Component entry = timeEntry("Anders", "120 min").orElseThrow();
        _click(_get(entry, Button.class, spec -> spec.withText("Aanpassen")));
        HasValueUtilsKt._setValue(_get(entry, IntegerField.class, spec -> spec.withLabel("Minuten")), 75);
        _click(_get(entry, Button.class, spec -> spec.withText("Bewaren")));
        assertThat(timeEntry("Anders", "120 min")).isEmpty();
        Component corrected = timeEntry("Anders", "75 min").orElseThrow();

        _click(_get(corrected, Button.class, spec -> spec.withText("Verwijderen")));
        assertThat(timeEntry("Anders", "75 min")).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("mirror-undo")));
        assertThat(timeEntry("Anders", "75 min")).isPresent();
    }

    @Test
    void timeIsNotLoggedAheadAndTheDayIsMarked() {
        openMirrorAs(DemoLogins.FACILITATOR_LEADER);
        DatePicker day = _get(DatePicker.class, spec -> spec.withId("mirror-time-date"));
        String before = text("mirror-time-entries");

        HasValueUtilsKt._setValue(day, day.getMin().minusDays(1));
        _click(_get(Button.class, spec -> spec.withText("30 min")));

        assertThat(day.isInvalid()).isTrue();
        assertThat(text("mirror-time-entries")).isEqualTo(before);
    }

    @Test
    void timeIsLoggedInTwoClicksAndTheCheckInIsAnswered() {
        openMirrorAs(DemoLogins.FACILITATOR_LEADER);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<TimeCategory> category = _get(RadioButtonGroup.class, spec -> spec.withId("mirror-time-category"));

        HasValueUtilsKt._setValue(category, TimeCategory.LESSON_VISIT);
        _click(_get(Button.class, spec -> spec.withText("90 min")));

        assertThat(text("mirror-time-entries")).contains("Lesbezoek", "90 min");
        List<Button> feelings = _find(Button.class, spec -> spec.withText("Goed zo"));
        if (!feelings.isEmpty()) {
            _click(feelings.get(0));
        }
        assertThat(text("mirror-check-in")).contains("Bij je laatste check-in", "Over een cyclus");
    }

    @Test
    void snapshotIsSharedWithANamedCoachAndWithdrawn() {
        openMirrorAs(DemoLogins.KEYPLAYER_LEADER);
        @SuppressWarnings("unchecked")
        Select<PersonSummary> coach = _get(Select.class, spec -> spec.withId("mirror-share-coach"));
        PersonSummary karin = coach.getListDataView().getItems().filter(p -> p.name().startsWith("Karin"))
                .findFirst().orElseThrow();

        HasValueUtilsKt._setValue(coach, karin);
        _click(_get(Button.class, spec -> spec.withId("mirror-share")));

        assertThat(text("mirror-shares")).contains("Gedeeld met Karin Hendriks");
        _click(_find(Button.class, spec -> spec.withText("Intrekken")).get(0));
        assertThat(text("mirror-shares")).contains("ingetrokken");
    }

    @Test
    void coachReadsASharedSnapshotOnTheSharedPage() {
        openMirrorAs(DemoLogins.FACILITATOR_LEADER);
        @SuppressWarnings("unchecked")
        Select<PersonSummary> coach = _get(Select.class, spec -> spec.withId("mirror-share-coach"));
        HasValueUtilsKt._setValue(coach, coach.getListDataView().getItems()
                .filter(p -> p.name().startsWith("Karin")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        CheckboxGroup<JournalView> entries = _get(CheckboxGroup.class, spec -> spec.withId("mirror-share-entries"));
        HasValueUtilsKt._setValue(entries, Set.of());
        _click(_get(Button.class, spec -> spec.withId("mirror-share")));

        loginAs(DemoLogins.COACH);
        UI.getCurrent().navigate("spiegel/gedeeld");

        assertThat(pageText()).contains("Carla Huisman", "Ondersteuner");
    }

    @Test
    void selfViewIsKeptNextToTheInferredView() {
        openMirrorAs(DemoLogins.KEYPLAYER_LEADER);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<nl.bordspiegel.leadership.Pattern> self = _get(RadioButtonGroup.class,
                spec -> spec.withId("mirror-self-view"));

        HasValueUtilsKt._setValue(self, nl.bordspiegel.leadership.Pattern.TEAMPLAYER);
        openMirrorAs(DemoLogins.KEYPLAYER_LEADER);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<nl.bordspiegel.leadership.Pattern> again = _get(RadioButtonGroup.class,
                spec -> spec.withId("mirror-self-view"));
        assertThat(again.getValue()).isEqualTo(nl.bordspiegel.leadership.Pattern.TEAMPLAYER);
        assertThat(text("mirror-inferred-view")).contains("Sleutelspeler");
        assertThat(text("mirror-team-view")).contains("Vanaf 3 antwoorden");
    }

    @Test
    void teacherAnswersTheTwoQuestionsAboutTheirLeaders() {
        loginAs(DemoLogins.TEACHER);
        UI.getCurrent().navigate("spiegel/team-beeld");

        assertThat(pageText()).contains("Monique van den Berg", "Carla Huisman");
        assertThat(_find(RadioButtonGroup.class)).extracting(RadioButtonGroup::getLabel)
                .contains("In welk patroon herken je deze schoolleider?", "Welk patroon zou je meer willen zien?");
    }

    @Test
    void everyoneReadsTheAboutPageThatNamesTheStudyAndRanksNothing() {
        loginAs(DemoLogins.ADMIN);
        UI.getCurrent().navigate("over-het-model");

        assertThat(pageText()).contains("22 schoolleiders", "NRO",
                "Geen van de patronen is beter dan een ander", "Teamspeler", "Sleutelspeler", "Ondersteuner");
    }

    @Test
    void leaderHomeShowsOneNudgeThatCanBeDismissed() {
        loginAs(DemoLogins.FACILITATOR_LEADER);
        List<Div> nudges = _find(Div.class, spec -> spec.withClasses("home-nudge"));
        assertThat(nudges).hasSize(1);
        String first = nudges.get(0).getElement().getTextRecursively();

        _click(_get(Button.class, spec -> spec.withText("Niet meer tonen")));
        loginAs(DemoLogins.FACILITATOR_LEADER);

        assertThat(_find(Div.class, spec -> spec.withClasses("home-nudge")))
                .allMatch(n -> !n.getElement().getTextRecursively().equals(first));
    }

    private static Div newestEntry() {
        return _find(Div.class, spec -> spec.withClasses("mirror-journal-entry")).get(0);
    }

    /** The listed time entry whose text holds all the parts. */
    private static java.util.Optional<Component> timeEntry(String... parts) {
        Component list = _get(Component.class, spec -> spec.withId("mirror-time-entries"));
        return list.getChildren().filter(item -> {
            String text = item.getElement().getTextRecursively();
            return java.util.Arrays.stream(parts).allMatch(text::contains);
        }).findFirst();
    }

    private void openMirrorAs(String email) {
        loginAs(email);
        UI.getCurrent().navigate("spiegel");
    }

    private static String patternName() {
        return _get(H3.class, spec -> spec.withId("mirror-pattern-name")).getText();
    }

    private static void assertSixDimensionsWithNumbers() {
        List<Paragraph> sentences = _find(Paragraph.class, spec -> spec.withClasses("mirror-evidence-sentence"));
        assertThat(sentences).hasSize(6);
        assertThat(sentences.get(0).getText()).matches("Je was bij \\d+ van de \\d+ gehouden sessies.*");
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
