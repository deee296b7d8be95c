package nl.bordspiegel.mirror;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.dataversion.VersionedCache;
import nl.bordspiegel.history.HistoryKeys;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.leadership.Window;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.Role;

/** The one gentle hint on a leader's home page, from the leader's own record only. */
@Service
@Transactional(readOnly = true)
public class NudgeService {

    /** Weeks without being at a team's session before a nudge mentions it. */
    static final int ABSENT_WEEKS = 4;
    /** The last this-many attended sessions are checked for a teacher in the lead. */
    static final int RECENT_SESSIONS = 6;
    /** Weeks without a journal entry before the home page invites reflection. */
    static final int REFLECTION_WEEKS = 6;
    /** How far back nudges look: one default window. */
    static final int NUDGE_LOOKBACK_WEEKS = Window.DEFAULT_WEEKS;

    private final MirrorAccess access;
    private final LeaderRecord record;
    private final JournalRepository journal;
    private final DismissedNudgeRepository dismissed;
    /** The record's nudges are computed once per leader, day and change of the school's data. */
    private final VersionedCache cache;

    NudgeService(MirrorAccess access, LeaderRecord record, JournalRepository journal,
                 DismissedNudgeRepository dismissed, VersionedCache cache) {
        this.cache = cache;
        this.access = access;
        this.record = record;
        this.journal = journal;
        this.dismissed = dismissed;
    }

    /** At most one gentle hint from the signed-in leader's own record; empty for anyone else. */
    public Optional<Nudge> currentNudge() {
        Optional<SignedInUser> user = access.leader();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        SignedInUser me = user.get();
        LocalDate today = record.today();
        List<Nudge> candidates = new ArrayList<>(cache.get(me.schoolId(), List.of("nudges", me.personId(), today),
                () -> recordNudges(me, today)));
        reflectionNudge(me.personId()).ifPresent(candidates::add);
        return candidates.stream()
                .filter(n -> !dismissed.existsByLeaderIdAndNudgeKey(me.personId(), n.key()))
                .findFirst();
    }

    @Transactional
    public void dismissNudge(String nudgeKey) {
        SignedInUser me = access.requireLeader();
        if (!dismissed.existsByLeaderIdAndNudgeKey(me.personId(), nudgeKey)) {
            dismissed.save(new DismissedNudge(me.personId(), nudgeKey, record.today()));
        }
    }

    /** The nudges read from the school's record; journal and dismissals are asked each time. */
    private List<Nudge> recordNudges(SignedInUser me, LocalDate today) {
        Window lookback = new Window(today, NUDGE_LOOKBACK_WEEKS);
        SchoolHistory school = record.school(me, lookback.first());
        String leader = HistoryKeys.person(me.personId());
        List<Nudge> nudges = new ArrayList<>(absentNudges(school, leader, lookback));
        teachersLedNone(school, leader, lookback).ifPresent(nudges::add);
        return List.copyOf(nudges);
    }

    private List<Nudge> absentNudges(SchoolHistory school, String leader, Window lookback) {
        LocalDate today = lookback.at();
        List<Nudge> nudges = new ArrayList<>();
        for (SchoolHistory.Team team : school.teams()) {
            if (!team.leaders().contains(leader)) {
                continue;
            }
            List<SchoolHistory.Session> held = LeaderRecord.heldSessions(school, team.key(), lookback);
            Optional<LocalDate> lastThere = held.stream().filter(s -> LeaderRecord.attended(s, leader))
                    .map(SchoolHistory.Session::date).max(Comparator.naturalOrder());
            LocalDate since = lastThere.orElse(lookback.first());
            boolean heldSince = held.stream().anyMatch(s -> s.date().isAfter(since));
            long weeks = ChronoUnit.WEEKS.between(since, today);
            if (heldSince && weeks >= ABSENT_WEEKS) {
                nudges.add(new Nudge("absent:" + team.key() + ":" + lastThere.map(LocalDate::toString).orElse("none"),
                        Reflection.message("mirror.nudge.absent", team.name(), weeks)));
            }
        }
        return nudges;
    }

    private Optional<Nudge> teachersLedNone(SchoolHistory school, String leader, Window lookback) {
        Set<String> scope = school.teams().stream().filter(t -> t.leaders().contains(leader))
                .map(SchoolHistory.Team::key).collect(Collectors.toSet());
        Set<String> teachers = school.people().stream()
                .filter(p -> (p.has(Role.TEACHER) || p.has(Role.COACH)) && !p.has(Role.LEADER))
                .map(SchoolHistory.Person::key).collect(Collectors.toSet());
        List<SchoolHistory.Session> recent = school.sessions().stream()
                .filter(s -> scope.contains(s.team()) && !s.cancelled() && lookback.contains(s.date())
                        && LeaderRecord.attended(s, leader))
                .sorted(Comparator.comparing(SchoolHistory.Session::date).reversed())
                .limit(RECENT_SESSIONS).toList();
        if (recent.size() < RECENT_SESSIONS || recent.stream().anyMatch(s -> teachers.contains(s.ledBy()))) {
            return Optional.empty();
        }
        return Optional.of(new Nudge("teachersLedNone:" + recent.get(0).date(),
                Reflection.message("mirror.nudge.teachersLedNone", RECENT_SESSIONS)));
    }

    private Optional<Nudge> reflectionNudge(long leaderId) {
        Optional<LocalDate> last = journal.findFirstByLeaderIdOrderByWrittenOnDesc(leaderId)
                .map(e -> e.view().writtenOn());
        if (last.isPresent() && last.get().isAfter(record.today().minusWeeks(REFLECTION_WEEKS))) {
            return Optional.empty();
        }
        return Optional.of(new Nudge("reflection:" + last.map(LocalDate::toString).orElse("never"),
                Reflection.message(last.isPresent() ? "mirror.nudge.reflection" : "mirror.nudge.firstReflection",
                        REFLECTION_WEEKS)));
    }
}
