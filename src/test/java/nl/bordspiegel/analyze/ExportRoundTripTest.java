package nl.bordspiegel.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.bordspiegel.history.HistoryExporter;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.history.HistoryReader;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.leadership.LeaderBehaviour;
import nl.bordspiegel.leadership.SyntheticSchool;

/** A history imported without date shifting and exported again analyses to the very same result. */
@SpringBootTest
@ActiveProfiles("test")
class ExportRoundTripTest {

    @Autowired
    HistoryImporter importer;

    @Autowired
    HistoryExporter exporter;

    @Test
    void demoSchoolAnalysesTheSameAfterImportAndExport() throws Exception {
        SchoolHistory demo;
        try (InputStream in = new ClassPathResource("demo/demo-school.json").getInputStream()) {
            demo = HistoryReader.read(in);
        }

        assertSameAnalysis(withEmailsPrefixed(demo, "roundtrip-"), LocalDate.of(2026, 11, 27));
    }

    @Test
    void generatedSchoolAnalysesTheSameAfterImportAndExport() {
        SyntheticSchool school = SyntheticSchool.of(11, 3, 1)
                .leader("k1", LeaderBehaviour.keyplayer())
                .leader("f1", LeaderBehaviour.facilitator());

        assertSameAnalysis(withEmailsPrefixed(school.build(), "generated-"), school.end());
    }

    private void assertSameAnalysis(SchoolHistory original, LocalDate at) {
        SchoolHistory exported = exporter.export(importer.importSchool(original, null));

        for (int weeks : new int[] {6, 12, 26}) {
            AnalyzeOptions options = new AnalyzeOptions(null, at, weeks, null, Locale.ENGLISH);
            assertThat(leadersByName(AnalyzeCommand.analyse(exported, options)))
                    .isEqualTo(leadersByName(AnalyzeCommand.analyse(original, options)))
                    .isNotEmpty();
        }
    }

    /** The analysis without the file-local keys, which export renames. */
    private static List<JsonNode> leadersByName(String analysis) {
        try {
            List<JsonNode> leaders = new ArrayList<>();
            new ObjectMapper().readTree(analysis).get("leaders").forEach(leader -> {
                ((ObjectNode) leader).remove("key");
                leaders.add(leader);
            });
            leaders.sort(Comparator.comparing(leader -> leader.get("name").asText()));
            return leaders;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Login e-mails are unique in the database, which already holds the demo school. */
    private static SchoolHistory withEmailsPrefixed(SchoolHistory history, String prefix) {
        List<SchoolHistory.Person> people = history.people().stream().map(person -> new SchoolHistory.Person(
                person.key(), person.name(), prefix + person.email(), person.roles())).toList();
        return new SchoolHistory(history.format(), history.school(), people, history.teams(), history.goals(),
                history.sessions(), history.ideas(), history.actions(), history.comments(), history.successes(),
                history.visionItems(), history.timeEntries(), history.coachUpdates(), history.checkIns());
    }
}
