package nl.bordspiegel.history;

import static nl.bordspiegel.history.HistoryFiles.COMPLETE;
import static nl.bordspiegel.history.HistoryFiles.read;
import static nl.bordspiegel.history.HistoryFiles.schoolWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.historymodel.SchoolHistory.Action;
import nl.bordspiegel.historymodel.SchoolHistory.CoachUpdate;
import nl.bordspiegel.historymodel.SchoolHistory.Goal;
import nl.bordspiegel.historymodel.SchoolHistory.Measurement;
import nl.bordspiegel.historymodel.SchoolHistory.Person;
import nl.bordspiegel.historymodel.SchoolHistory.School;
import nl.bordspiegel.historymodel.SchoolHistory.Session;
import nl.bordspiegel.historymodel.SchoolHistory.Team;
import nl.bordspiegel.historymodel.SchoolHistory.VisionItem;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;
import nl.bordspiegel.shared.Vocabulary.Sector;

class HistoryReaderTest {

    @Test
    void completeFileReadsEveryField() {
        SchoolHistory history = read(COMPLETE);

        assertThat(history.format()).isEqualTo("school-history/1");
        assertThat(history.school()).isEqualTo(new School("OBS De Linde", Sector.PO));
        assertThat(history.people()).hasSize(4).contains(
                new Person("l1", "Bram Jansen", "bram@linde.example", List.of(Role.LEADER, Role.COACH)));
        assertThat(history.teams()).first()
                .isEqualTo(new Team("t1", "Groep 1-2", List.of("p1", "p2"), List.of("l1"), List.of("c1")));
        assertThat(history.goals()).containsExactly(
                new Goal("g1", "t1", "Meer leesplezier", "% leerlingen dat dagelijks leest", 80.0, List.of(
                        new Measurement(LocalDate.of(2026, 9, 14), 55), new Measurement(LocalDate.of(2026, 9, 21), 61.5))),
                new Goal("g2", "t2", "Rustige overgangen", "rustige overgangen per dag", null, List.of()));
        assertThat(history.sessions()).startsWith(
                new Session("t1", LocalDate.of(2026, 9, 7), 15, "l1", false, null, Map.of(
                        "p1", AttendanceMark.PRESENT, "p2", AttendanceMark.ABSENT, "l1", AttendanceMark.PARTIAL)),
                new Session("t1", LocalDate.of(2026, 9, 14), null, null, true, "Studiedag", Map.of()));
        assertThat(history.actions()).containsExactly(
                new Action("t1", "Boeken uitzoeken", "p1", "l1", "i1",
                        LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 21), ActionStatus.DONE, LocalDate.of(2026, 9, 18)),
                new Action("t1", "Ouders informeren", null, "p2", null,
                        LocalDate.of(2026, 9, 8), null, ActionStatus.OPEN));
        assertThat(history.visionItems()).last()
                .isEqualTo(new VisionItem("Samen leren", "l1", List.of(), LocalDate.of(2026, 8, 31)));
        assertThat(history.coachUpdates()).last().extracting(CoachUpdate::team).isNull();
        assertThat(List.of(history.ideas(), history.comments(), history.successes(), history.timeEntries(),
                history.checkIns())).allSatisfy(section -> assertThat(section).isNotEmpty());
    }

    @Test
    void absentSectionsReadAsEmpty() {
        SchoolHistory history = read(schoolWith(""));

        assertThat(history.teams()).hasSize(1);
        assertThat(List.of(history.goals(), history.sessions(), history.ideas(), history.actions(),
                history.comments(), history.successes(), history.visionItems(), history.timeEntries(),
                history.coachUpdates(), history.checkIns())).allSatisfy(section -> assertThat(section).isEmpty());
    }

    @Test
    void fieldsTheFormatDoesNotKnowAreIgnored() {
        SchoolHistory history = read(schoolWith("""
                "exportedBy": "Bordspiegel 2.0",
                "checkIns": [ { "person": "l1", "date": "2026-09-30", "timeFeeling": "RIGHT", "mood": 4 } ]
                """));

        assertThat(history.checkIns()).hasSize(1);
    }

    @Test
    void fileAndStreamReadLikeText(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("history.json"), COMPLETE);

        assertThat(HistoryReader.read(file)).isEqualTo(read(COMPLETE));
        assertThat(HistoryReader.read(new ByteArrayInputStream(COMPLETE.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(read(COMPLETE));
    }

    @Test
    void unknownPersonInAttendanceNamesThePlace() {
        assertRejected(schoolWith("""
                "sessions": [
                  { "team": "t1", "date": "2026-09-07", "attendance": { "p1": "PRESENT" } },
                  { "team": "t1", "date": "2026-09-14", "attendance": { "p1": "PRESENT", "p9": "ABSENT" } }
                ]
                """), "sessions[1].attendance", "unknown person \"p9\"");
    }

    @Test
    void unknownIdeaBehindAnActionNamesThePlace() {
        assertRejected(schoolWith("""
                "actions": [ { "team": "t1", "title": "Leeshoek", "createdBy": "l1", "fromIdea": "i7",
                               "created": "2026-09-07", "status": "OPEN" } ]
                """), "actions[0].fromIdea", "unknown idea \"i7\"");
    }

    @Test
    void unknownTeamOfAGoalNamesThePlace() {
        assertRejected(schoolWith("""
                "goals": [ { "key": "g1", "team": "t2", "title": "Leesplezier", "measure": "%" } ]
                """), "goals[0].team", "unknown team \"t2\"");
    }

    @Test
    void teamLeaderWithoutTheLeaderRoleNamesThePlace() {
        assertRejected("""
                { "format": "school-history/1", "school": { "name": "OBS De Linde", "sector": "PO" },
                  "people": [ { "key": "p1", "name": "Anna", "email": "anna@linde.example", "roles": ["TEACHER"] } ],
                  "teams": [ { "key": "t1", "name": "Groep 1-2", "members": [], "leaders": ["p1"], "coaches": [] } ] }
                """, "teams[0].leaders[0]", "\"p1\" does not hold role LEADER");
    }

    @Test
    void unknownStatusNamesThePlaceAndTheAllowedValues() {
        assertRejected(schoolWith("""
                "ideas": [ { "key": "i1", "team": "t1", "author": "p1", "date": "2026-09-07", "text": "Leeshoek",
                             "status": "MAYBE" } ]
                """), "ideas[0].status", "unknown value \"MAYBE\" (one of NEW, ADOPTED, PARKED, DROPPED)");
    }

    @Test
    void impossibleDateNamesThePlace() {
        assertRejected(schoolWith("""
                "actions": [ { "team": "t1", "title": "Leeshoek", "createdBy": "l1", "created": "2026-09-07",
                               "due": "2026-13-01", "status": "OPEN" } ]
                """), "actions[0].due", "not a date \"2026-13-01\"");
    }

    @Test
    void missingEmailNamesThePlace() {
        assertRejected("""
                { "format": "school-history/1", "school": { "name": "OBS De Linde", "sector": "PO" },
                  "people": [
                    { "key": "p1", "name": "Anna", "email": "anna@linde.example", "roles": ["TEACHER"] },
                    { "key": "p2", "name": "Daan", "email": "daan@linde.example", "roles": ["TEACHER"] },
                    { "key": "p3", "name": "Eva", "roles": ["TEACHER"] }
                  ],
                  "teams": [] }
                """, "people[2].email", "missing");
    }

    @Test
    void missingTeamsSectionNamesIt() {
        assertRejected("""
                { "format": "school-history/1", "school": { "name": "OBS De Linde", "sector": "PO" }, "people": [] }
                """, "teams", "missing");
    }

    @Test
    void duplicateTeamKeyNamesThePlace() {
        assertRejected("""
                { "format": "school-history/1", "school": { "name": "OBS De Linde", "sector": "PO" },
                  "people": [],
                  "teams": [ { "key": "t1", "name": "Groep 1-2" }, { "key": "t1", "name": "Groep 3-4" } ] }
                """, "teams[1].key", "duplicate key \"t1\"");
    }

    @Test
    void sameEmailInOtherCaseIsADuplicate() {
        assertRejected("""
                { "format": "school-history/1", "school": { "name": "OBS De Linde", "sector": "PO" },
                  "people": [
                    { "key": "p1", "name": "Anna", "email": "anna@linde.example", "roles": ["TEACHER"] },
                    { "key": "p2", "name": "Anna", "email": "Anna@Linde.example", "roles": ["LEADER"] }
                  ],
                  "teams": [] }
                """, "people[1].email", "duplicate email \"Anna@Linde.example\"");
    }

    @Test
    void otherFormatIsRejectedBeforeAnythingElse() {
        assertRejected("""
                { "format": "x", "people": "not even a list" }
                """, "format", "expected \"school-history/1\" but was \"x\"");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertRejected("""
                {
                  "format": "school-history/1"
                  "school": { "name": "OBS De Linde", "sector": "PO" }
                }
                """, "line 3, column 3",
                "malformed JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries");
    }

    @Test
    void fieldGivenTwiceIsMalformed() {
        assertRejected("""
                { "format": "school-history/1", "format": "school-history/1" }
                """, "line 1, column 41", "malformed JSON: Duplicate field 'format'");
    }

    @Test
    void textWhereANumberBelongsNamesThePlace() {
        assertRejected(schoolWith("""
                "goals": [ { "key": "g1", "team": "t1", "title": "Leesplezier", "measure": "%", "target": "80" } ]
                """), "goals[0].target", "expected a number but was text \"80\"");
    }

    @Test
    void fractionalMinutesAreRejected() {
        assertRejected(schoolWith("""
                "sessions": [ { "team": "t1", "date": "2026-09-07", "durationMinutes": 12.5 } ]
                """), "sessions[0].durationMinutes", "expected a whole number but was 12.5");
    }

    @Test
    void negativeMinutesAreRejected() {
        assertRejected(schoolWith("""
                "timeEntries": [ { "person": "l1", "date": "2026-09-08", "minutes": -30, "category": "COACHING" } ]
                """), "timeEntries[0].minutes", "negative (-30)");
    }

    @Test
    void overlongTextIsRejected() {
        assertRejected(schoolWith("""
                "successes": [ { "team": "t1", "author": "p1", "date": "2026-09-07", "text": "%s" } ]
                """.formatted("a".repeat(2001))), "successes[0].text", "too long (2001 characters, at most 2000)");
    }

    @Test
    void coachUpdateToNobodyIsRejected() {
        assertRejected(schoolWith("""
                "coachUpdates": [ { "author": "l1", "to": [], "date": "2026-09-10", "text": "Loopt goed" } ]
                """), "coachUpdates[0].to", "empty (at least one needed)");
    }

    @Test
    void firstProblemInTheFileWins() {
        assertRejected(schoolWith("""
                "sessions": [ { "team": "t9", "date": "2026-09-07" } ],
                "ideas": [ { "key": "i1", "team": "t1", "author": "p1", "date": "never", "text": "x", "status": "NEW" } ]
                """), "sessions[0].team", "unknown team \"t9\"");
    }

    private static void assertRejected(String json, String place, String problem) {
        Throwable thrown = catchThrowable(() -> read(json));

        assertThat(thrown).isInstanceOf(HistoryFormatException.class).hasMessage(place + ": " + problem);
        HistoryFormatException rejection = (HistoryFormatException) thrown;
        assertThat(rejection.place()).isEqualTo(place);
        assertThat(rejection.problem()).isEqualTo(problem);
    }
}
