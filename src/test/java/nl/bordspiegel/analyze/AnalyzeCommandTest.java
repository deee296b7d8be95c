package nl.bordspiegel.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.bordspiegel.history.HistoryReader;
import nl.bordspiegel.history.HistoryWriter;
import nl.bordspiegel.historymodel.SchoolHistory;

class AnalyzeCommandTest {

    private static final LocalDate AT = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheDocumentedJsonForEveryLeader() throws IOException {
        Path file = write(school(10));

        int status = analyze(file.toString(), "--at", "2026-12-01");

        assertThat(status).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("at").asText()).isEqualTo("2026-12-01");
        assertThat(json.get("weeks").asInt()).isEqualTo(12);
        assertThat(json.get("leaders")).hasSize(2);
        JsonNode leader = json.get("leaders").get(0);
        assertThat(leader.get("key").asText()).isEqualTo("l1");
        assertThat(leader.get("status").asText()).isEqualTo("OK");
        assertThat(leader.get("primary").asText()).isEqualTo("KEYPLAYER");
        assertThat(leader.get("profile").fieldNames()).toIterable()
                .containsExactly("TEAMPLAYER", "KEYPLAYER", "FACILITATOR");
        double sum = 0;
        for (JsonNode share : leader.get("profile")) {
            sum += share.asDouble();
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(leader.get("signals").get("sessionsHeld").asInt()).isEqualTo(10);
        assertThat(leader.get("signals").get("ledShare").asDouble()).isEqualTo(1.0);
        assertThat(leader.get("dimensions")).hasSize(6);
        assertThat(leader.get("dimensions").get(0).get("dimension").asText()).isEqualTo("PRESENCE");
        assertThat(leader.get("dimensions").get(0).get("evidence").asText()).contains("10");
    }

    @Test
    void leaderWhoFollowsNoTeamHasInsufficientDataAndNoPrimary() throws IOException {
        Path file = write(school(10));

        analyze(file.toString(), "--at", "2026-12-01", "--leader", "l2");

        JsonNode leader = new ObjectMapper().readTree(out.toString()).get("leaders").get(0);
        assertThat(leader.get("status").asText()).isEqualTo("INSUFFICIENT_DATA");
        assertThat(leader.get("primary").isNull()).isTrue();
        assertThat(leader.get("missing")).isNotEmpty();
    }

    @Test
    void tooFewSessionsInTheWindowIsInsufficientData() throws IOException {
        Path file = write(school(5));

        analyze(file.toString(), "--at", "2026-12-01", "--leader", "l1");

        JsonNode leader = new ObjectMapper().readTree(out.toString()).get("leaders").get(0);
        assertThat(leader.get("status").asText()).isEqualTo("INSUFFICIENT_DATA");
        assertThat(leader.get("missing").get(0).asText()).contains("5", "6");
    }

    @Test
    void shufflingTheFileDoesNotChangeTheOutput() throws IOException {
        String original = school(10);
        analyze(write(original).toString(), "--at", "2026-12-01");
        String first = out.toString();
        out.reset();

        analyze(write(reversed(HistoryReader.read(new java.io.StringReader(original)))).toString(),
                "--at", "2026-12-01");

        assertThat(out.toString()).isEqualTo(first);
    }

    @Test
    void evidenceComesInEnglishWhenAsked() throws IOException {
        Path file = write(school(10));

        analyze(file.toString(), "--at", "2026-12-01", "--leader", "l1", "--lang", "en");

        assertThat(out.toString()).contains("You attended");
    }

    @Test
    void invalidFileExitsWithTwoAndNamesThePlace() throws IOException {
        Path file = write(school(10).replace("\"ledBy\": \"l1\"", "\"ledBy\": \"p9\""));

        int status = analyze(file.toString());

        assertThat(status).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("analyze: sessions[0].ledBy").contains("\"p9\"");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void badArgumentsExitWithTwoAndPrintNothingOnStandardOutput() throws IOException {
        Path file = write(school(10));

        assertThat(analyze(file.toString(), "--at", "2026-13-01")).isEqualTo(2);
        assertThat(analyze(file.toString(), "--weeks", "zero")).isEqualTo(2);
        assertThat(analyze(file.toString(), "--leader", "nobody")).isEqualTo(2);
        assertThat(analyze(file.toString(), "--frobnicate")).isEqualTo(2);
        assertThat(analyze()).isEqualTo(2);
        assertThat(analyze(dir.resolve("missing.json").toString())).isEqualTo(2);

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).hasSize(6).allMatch(line -> line.startsWith("analyze: "));
    }

    @Test
    void helpExplainsTheOptions() {
        assertThat(analyze("--help")).isZero();

        assertThat(out.toString()).contains("--at", "--weeks", "--leader", "--lang");
    }

    private int analyze(String... args) {
        return AnalyzeCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), AT);
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(dir, "school", ".json");
        Files.writeString(file, json);
        return file;
    }

    /**
     * A team of three teachers followed by l1, who attends and leads every one of
     * {@code sessions} weekly sessions up to the end of November; l2 follows no team.
     */
    static String school(int sessions) {
        StringJoiner list = new StringJoiner(",\n");
        for (int week = 0; week < sessions; week++) {
            list.add("""
                    { "team": "t1", "date": "%s", "durationMinutes": 15, "ledBy": "l1",
                      "attendance": { "p1": "PRESENT", "p2": "PRESENT", "p3": "ABSENT", "l1": "PRESENT" } }"""
                    .formatted(AT.minusDays(2 + 7L * week)));
        }
        return """
                { "format": "school-history/1",
                  "school": { "name": "Testschool", "sector": "PO" },
                  "people": [
                    { "key": "p1", "name": "Anna", "email": "anna@test.example", "roles": ["TEACHER"] },
                    { "key": "p2", "name": "Bas", "email": "bas@test.example", "roles": ["TEACHER"] },
                    { "key": "p3", "name": "Cor", "email": "cor@test.example", "roles": ["TEACHER"] },
                    { "key": "l1", "name": "Lies", "email": "lies@test.example", "roles": ["LEADER"] },
                    { "key": "l2", "name": "Loes", "email": "loes@test.example", "roles": ["LEADER"] }
                  ],
                  "teams": [ { "key": "t1", "name": "Groep 1-2", "members": ["p1", "p2", "p3"], "leaders": ["l1"] } ],
                  "sessions": [ %s ],
                  "ideas": [ { "key": "i1", "team": "t1", "author": "l1", "date": "%s", "text": "Leeshoek", "status": "ADOPTED" } ],
                  "actions": [ { "team": "t1", "title": "Leeshoek inrichten", "owner": "p1", "createdBy": "l1",
                                 "fromIdea": "i1", "created": "%s", "status": "OPEN" } ],
                  "timeEntries": [ { "person": "l1", "date": "%s", "minutes": 240, "category": "COACHING" } ]
                }""".formatted(list, AT.minusDays(9), AT.minusDays(9), AT.minusDays(3));
    }

    private static String reversed(SchoolHistory history) {
        return HistoryWriter.toJson(new SchoolHistory(history.format(), history.school(), reverse(history.people()),
                reverse(history.teams()), reverse(history.goals()), reverse(history.sessions()),
                reverse(history.ideas()), reverse(history.actions()), reverse(history.comments()),
                reverse(history.successes()), reverse(history.visionItems()), reverse(history.timeEntries()),
                reverse(history.coachUpdates()), reverse(history.checkIns())));
    }

    private static <T> List<T> reverse(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
