package nl.bordspiegel.mirror;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.bordspiegel.history.HistoryExporter;
import nl.bordspiegel.history.HistoryKeys;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.leadership.LeadershipInference;
import nl.bordspiegel.leadership.LeadershipProfile;
import nl.bordspiegel.leadership.Settings;
import nl.bordspiegel.leadership.Window;
import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.school.TimeNorms;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;

/**
 * What the mirror services read a leader's record from: the school's history, the school's
 * time norms and today. No access checks here: each service checks before it asks.
 */
@Component
class LeaderRecord {

    private final HistoryExporter history;
    private final SchoolDirectory directory;
    private final Clock clock;

    LeaderRecord(HistoryExporter history, SchoolDirectory directory, Clock clock) {
        this.history = history;
        this.directory = directory;
        this.clock = clock;
    }

    SchoolHistory school(SignedInUser me, LocalDate from) {
        return history.export(me.schoolId(), from);
    }

    Settings settings() {
        TimeNorms norms = directory.myTimeNorms();
        return new Settings(norms.littleMinutesPerWeek() / 60.0, norms.muchMinutesPerWeek() / 60.0);
    }

    /** The pattern of the default 12-week window, as a journal entry or a snapshot keeps it. */
    LeadershipProfile currentProfile(SignedInUser me) {
        Window window = WindowChoice.WEEKS_12.window(today());
        return new LeadershipInference(settings())
                .infer(school(me, window.first()), HistoryKeys.person(me.personId()), window);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static List<SchoolHistory.Session> heldSessions(SchoolHistory school, String team, Window window) {
        return school.sessions().stream()
                .filter(s -> s.team().equals(team) && !s.cancelled() && window.contains(s.date())).toList();
    }

    /** As the inference counts it: present or partly present, and leading means being there. */
    static boolean attended(SchoolHistory.Session session, String leader) {
        AttendanceMark mark = session.attendance().getOrDefault(leader, AttendanceMark.ABSENT);
        return mark != AttendanceMark.ABSENT || leader.equals(session.ledBy());
    }
}
