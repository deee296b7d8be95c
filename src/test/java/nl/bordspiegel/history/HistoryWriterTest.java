package nl.bordspiegel.history;

import static nl.bordspiegel.history.HistoryFiles.COMPLETE;
import static nl.bordspiegel.history.HistoryFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.historymodel.SchoolHistory.Person;
import nl.bordspiegel.historymodel.SchoolHistory.School;
import nl.bordspiegel.historymodel.SchoolHistory.Session;
import nl.bordspiegel.historymodel.SchoolHistory.Team;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;
import nl.bordspiegel.shared.Vocabulary.Sector;

class HistoryWriterTest {

    @Test
    void writtenHistoryReadsBackEqual() {
        SchoolHistory history = read(COMPLETE);

        assertThat(read(HistoryWriter.toJson(history))).isEqualTo(history);
    }

    @Test
    void writingTheSameHistoryTwiceGivesTheSameText() {
        String once = HistoryWriter.toJson(read(COMPLETE));

        assertThat(HistoryWriter.toJson(read(once))).isEqualTo(once);
    }

    @Test
    void streamGetsTheSameTextAsUtf8() throws Exception {
        SchoolHistory history = read(COMPLETE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        HistoryWriter.write(history, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(HistoryWriter.toJson(history));
    }

    @Test
    void fieldsComeInTheDocumentedOrderAndAbsentOptionalsAreLeftOut() {
        SchoolHistory history = new SchoolHistory(SchoolHistory.FORMAT, new School("OBS De Linde", Sector.PO),
                List.of(new Person("p1", "Anna de Vries", "anna@linde.example", List.of(Role.TEACHER)),
                        new Person("l1", "Bram Jansen", "bram@linde.example", List.of(Role.LEADER))),
                List.of(new Team("t1", "Groep 1-2", List.of("p1"), List.of("l1"), List.of())),
                List.of(),
                List.of(new Session("t1", LocalDate.of(2026, 9, 7), null, null, false, null,
                        Map.of("p1", AttendanceMark.PRESENT, "l1", AttendanceMark.PARTIAL))),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(HistoryWriter.toJson(history)).isEqualToNormalizingNewlines("""
                {
                  "format" : "school-history/1",
                  "school" : {
                    "name" : "OBS De Linde",
                    "sector" : "PO"
                  },
                  "people" : [ {
                    "key" : "p1",
                    "name" : "Anna de Vries",
                    "email" : "anna@linde.example",
                    "roles" : [ "TEACHER" ]
                  }, {
                    "key" : "l1",
                    "name" : "Bram Jansen",
                    "email" : "bram@linde.example",
                    "roles" : [ "LEADER" ]
                  } ],
                  "teams" : [ {
                    "key" : "t1",
                    "name" : "Groep 1-2",
                    "members" : [ "p1" ],
                    "leaders" : [ "l1" ],
                    "coaches" : [ ]
                  } ],
                  "goals" : [ ],
                  "sessions" : [ {
                    "team" : "t1",
                    "date" : "2026-09-07",
                    "cancelled" : false,
                    "attendance" : {
                      "l1" : "PARTIAL",
                      "p1" : "PRESENT"
                    }
                  } ],
                  "ideas" : [ ],
                  "actions" : [ ],
                  "comments" : [ ],
                  "successes" : [ ],
                  "visionItems" : [ ],
                  "timeEntries" : [ ],
                  "coachUpdates" : [ ],
                  "checkIns" : [ ]
                }""");
    }
}
