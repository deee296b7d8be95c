package nl.bordspiegel.leadership;

import static nl.bordspiegel.leadership.HistoryBuilder.LEADER;
import static nl.bordspiegel.leadership.HistoryBuilder.weeksAgo;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.ABSENT;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.PARTIAL;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.PRESENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;
import nl.bordspiegel.shared.Vocabulary.TimeFeeling;

/** Every text the inference produces reads in Dutch (the default) and in English. */
class TranslationsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static Set<String> leadershipKeys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream().filter(k -> k.startsWith("leadership."))
                .collect(Collectors.toSet());
    }

    /** A leader with evidence in every dimension, plus the texts for no evidence and missing data. */
    private static List<Message> everyMessage() {
        HistoryBuilder school = new HistoryBuilder().leaderAlsoCoach()
                .session("a", weeksAgo(11), PARTIAL, "t1")
                .session("a", weeksAgo(10), ABSENT, "t1")
                .sessions(10, PRESENT, 8)
                .comment("a", LEADER, weeksAgo(1), CommentKind.QUESTION)
                .idea("a", "t1", weeksAgo(1), IdeaStatus.ADOPTED)
                .action("a", "t1", LEADER, weeksAgo(1))
                .vision(LEADER, weeksAgo(1), "t1")
                .time(LEADER, weeksAgo(1), 200)
                .coachUpdate(LEADER, weeksAgo(1))
                .checkIn(LEADER, weeksAgo(1), TimeFeeling.TOO_MUCH);
        List<Message> messages = new ArrayList<>();
        school.inferred().dimensions().forEach(d -> messages.add(d.evidence()));
        new HistoryBuilder().sessions(6, PRESENT, 0).inferred().dimensions().stream()
                .filter(d -> !d.hasEvidence()).forEach(d -> messages.add(d.evidence()));
        messages.addAll(new HistoryBuilder().sessions(4, PRESENT, 0).inferred().missing());
        messages.addAll(new HistoryBuilder().leaderFollowsNoTeam().inferred().missing());
        return messages;
    }

    @Test
    void dutchAndEnglishHaveTheSameLeadershipKeys() throws IOException {
        assertThat(leadershipKeys("translations_en.properties"))
                .isNotEmpty()
                .isEqualTo(leadershipKeys("translations.properties"));
    }

    @Test
    void everyPatternAndDimensionHasAName() throws IOException {
        Set<String> keys = leadershipKeys("translations.properties");

        Stream.of(Pattern.values()).forEach(p -> assertThat(keys).contains(p.messageKey()));
        Stream.of(Dimension.values()).forEach(d -> assertThat(keys).contains(d.messageKey()));
    }

    @Test
    void everyEvidenceAndMissingTextRendersInBothLanguages() {
        List<Message> messages = everyMessage();

        assertThat(messages).extracting(Message::key).contains("leadership.evidence.presence",
                "leadership.evidence.time", "leadership.evidence.responsibility", "leadership.evidence.development",
                "leadership.evidence.motivating", "leadership.evidence.vision", "leadership.noEvidence.responsibility",
                "leadership.noEvidence.motivating", "leadership.noEvidence.vision", "leadership.missing.sessions",
                "leadership.missing.noTeam");
        for (Message message : messages) {
            String dutch = render(message, DUTCH);
            String english = render(message, Locale.ENGLISH);
            assertThat(dutch).doesNotContain("{", "}").isNotEqualTo(english);
            assertThat(english).doesNotContain("{", "}");
        }
    }

    @Test
    void presenceReadsAsThePlainSentenceOfTheSpec() {
        Message presence = Message.of("leadership.evidence.presence", 11, 12, 0, 9);

        assertThat(render(presence, DUTCH)).isEqualTo("Je was bij 11 van de 12 gehouden sessies, en leidde er 9.");
        assertThat(render(presence, Locale.ENGLISH)).isEqualTo("You attended 11 of the 12 sessions held, and led 9 of them.");
        assertThat(render(Message.of("leadership.evidence.presence", 11, 12, 2, 9), Locale.ENGLISH))
                .isEqualTo("You attended 11 of the 12 sessions held, 2 of them in part, and led 9 of them.");
    }

    @Test
    void missingSessionsSayHowManyOfHowMany() {
        Message missing = Message.of("leadership.missing.sessions", 4, 6);

        assertThat(render(missing, Locale.ENGLISH)).isEqualTo("4 of the 6 sessions needed were held in your teams.");
        assertThat(render(missing, DUTCH)).isEqualTo("In je teams zijn 4 van de 6 benodigde sessies gehouden.");
    }

    @Test
    void numbersUseTheDecimalMarkOfTheLanguage() {
        Message time = Message.of("leadership.evidence.time", 2.5, 0.5, 29.5, 12, 0, 0);

        assertThat(render(time, DUTCH)).startsWith("Je besteedde gemiddeld 2,5 uur per week");
        assertThat(render(time, Locale.ENGLISH)).startsWith("You spent on average 2.5 hours a week");
    }

    @Test
    void dutchStaysTheDefaultOnAnEnglishJvm() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(render(Message.of("leadership.missing.noTeam"), DUTCH)).isEqualTo("Je volgt nog geen team.");
            assertThat(render(Message.of("leadership.missing.noTeam"), Locale.GERMAN)).isEqualTo("Je volgt nog geen team.");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static String render(Message message, Locale locale) {
        return nl.bordspiegel.shared.Messages.get(locale, message.key(), message.arguments().toArray());
    }
}
