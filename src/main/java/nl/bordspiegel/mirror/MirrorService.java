package nl.bordspiegel.mirror;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.bordspiegel.dataversion.VersionedCache;
import nl.bordspiegel.history.HistoryExporter;
import nl.bordspiegel.history.HistoryKeys;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.leadership.CycleProfile;
import nl.bordspiegel.leadership.LeadershipInference;
import nl.bordspiegel.leadership.LeadershipProfile;
import nl.bordspiegel.leadership.Message;
import nl.bordspiegel.leadership.Pattern;
import nl.bordspiegel.leadership.Settings;
import nl.bordspiegel.leadership.Window;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.school.TeamPeople;
import nl.bordspiegel.school.TeamSummary;
import nl.bordspiegel.school.TimeNorms;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;

/**
 * The only door to a leader's mirror. Privacy lives here, not in the views: a leader's
 * profile, journal, self view and team view are read by that leader alone, whatever roles
 * the caller holds; the one exception is a snapshot the leader shared with a named coach,
 * readable by that coach until it is withdrawn.
 */
@Service
@Transactional(readOnly = true)
public class MirrorService {

    /** Fewer answers than this could point at a teacher, so they are not shown at all. */
    public static final int TEAM_VIEW_MINIMUM = 3;
    /** The trend covers eight 6-week cycles: about a school year. */
    public static final int TREND_CYCLES = 8;
    /** Weeks without being at a team's session before a nudge mentions it. */
    static final int ABSENT_WEEKS = 4;
    /** The last this-many attended sessions are checked for a teacher in the lead. */
    static final int RECENT_SESSIONS = 6;
    /** Weeks without a journal entry before the home page invites reflection. */
    static final int REFLECTION_WEEKS = 6;
    /** How far back nudges look: one default window. */
    static final int NUDGE_LOOKBACK_WEEKS = Window.DEFAULT_WEEKS;

    private final HistoryExporter history;
    private final SchoolDirectory directory;
    private final CurrentUser currentUser;
    private final JournalRepository journal;
    private final SelfViewRepository selfViews;
    private final TeamPerceptionRepository perceptions;
    private final SharedSnapshotRepository snapshots;
    private final DismissedNudgeRepository dismissed;
    private final Clock clock;
    /** Mirror and nudges are computed once per leader, window, day and change of the school's data. */
    private final VersionedCache cache;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    MirrorService(HistoryExporter history, SchoolDirectory directory, CurrentUser currentUser, JournalRepository journal,
                  SelfViewRepository selfViews, TeamPerceptionRepository perceptions,
                  SharedSnapshotRepository snapshots, DismissedNudgeRepository dismissed, Clock clock,
                  VersionedCache cache) {
        this.cache = cache;
        this.history = history;
        this.directory = directory;
        this.currentUser = currentUser;
        this.journal = journal;
        this.selfViews = selfViews;
        this.perceptions = perceptions;
        this.snapshots = snapshots;
        this.dismissed = dismissed;
        this.clock = clock;
    }

    // ---- the mirror itself --------------------------------------------------------------

    /** The leader's mirror over the chosen window, with the trend up to today. */
    public MirrorPage open(long leaderId, WindowChoice choice) {
        SignedInUser me = requireSelf(leaderId);
        LocalDate today = today();
        Settings settings = settings();
        return cache.get(me.schoolId(), List.of("mirror", leaderId, choice, today, settings),
                () -> compute(me, leaderId, choice, today, settings));
    }

    private MirrorPage compute(SignedInUser me, long leaderId, WindowChoice choice, LocalDate today, Settings settings) {
        Window window = choice.window(today);
        LocalDate trendStart = today.minusWeeks((long) LeadershipInference.CYCLE_WEEKS * TREND_CYCLES);
        LocalDate from = window.first().isBefore(trendStart) ? window.first() : trendStart;
        SchoolHistory school = history.export(me.schoolId(), from);
        LeadershipInference inference = new LeadershipInference(settings);
        String key = HistoryKeys.person(leaderId);
        LeadershipProfile profile = inference.infer(school, key, window);
        List<CycleProfile> trend = inference.trend(school, key, today, TREND_CYCLES);
        List<TeamSessions> teams = teamSessions(school, key, window);
        int held = teams.stream().mapToInt(TeamSessions::held).sum();
        int attended = teams.stream().mapToInt(TeamSessions::attended).sum();
        int led = teams.stream().mapToInt(TeamSessions::led).sum();
        int teamsAttended = (int) teams.stream().filter(t -> t.attended() > 0).count();
        return new MirrorPage(choice, window, profile, teams, trend, Reflection.moved(trend, settings),
                Reflection.practices(profile, teamsAttended), Reflection.prompts(profile, held, attended, led, settings));
    }

    // ---- journal -------------------------------------------------------------------------

    public List<JournalView> journal(long leaderId) {
        requireSelf(leaderId);
        return journal.findByLeaderIdOrderByWrittenOnDescIdDesc(leaderId).stream().map(JournalEntry::view).toList();
    }

    /** Keeps a reflection with today's date and the pattern of the default 12-week window. */
    @Transactional
    public JournalView write(String prompt, String text) {
        SignedInUser me = requireLeader();
        LeadershipProfile now = currentProfile(me);
        return journal.save(new JournalEntry(me.personId(), today(), prompt, text, now.primary(), now.mixedWith()))
                .view();
    }

    // ---- self view, team view ------------------------------------------------------------

    public Optional<Pattern> selfView(long leaderId) {
        requireSelf(leaderId);
        return selfViews.findById(leaderId).map(SelfView::pattern);
    }

    @Transactional
    public void recogniseMyself(Pattern pattern) {
        SignedInUser me = requireLeader();
        selfViews.findById(me.personId()).ifPresentOrElse(view -> view.change(pattern, today()),
                () -> selfViews.save(new SelfView(me.personId(), pattern, today())));
    }

    /** How teachers see the leader: counts only, and none below {@link #TEAM_VIEW_MINIMUM} answers. */
    public TeamView teamView(long leaderId) {
        requireSelf(leaderId);
        List<TeamPerception> answers = perceptions.findByLeaderId(leaderId);
        if (answers.size() < TEAM_VIEW_MINIMUM) {
            return new TeamView(answers.size(), Map.of(), Map.of());
        }
        return new TeamView(answers.size(), count(answers, TeamPerception::recognised),
                count(answers, TeamPerception::wished));
    }

    /** The leaders of the signed-in teacher's teams, whom they may answer the two questions about. */
    public List<LeaderToAnswer> leadersIAnswerAbout() {
        SignedInUser me = requireTeacher();
        Map<Long, String> leaders = new java.util.TreeMap<>();
        for (TeamSummary team : directory.myTeams()) {
            TeamPeople people = directory.team(team.id());
            if (people.members().stream().anyMatch(p -> p.id() == me.personId())) {
                people.leaders().stream().filter(l -> l.id() != me.personId())
                        .forEach(l -> leaders.put(l.id(), l.name()));
            }
        }
        return leaders.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(e -> {
                    Optional<TeamPerception> mine = perceptions.findByLeaderIdAndTeacherId(e.getKey(), me.personId());
                    return new LeaderToAnswer(e.getKey(), e.getValue(), mine.map(TeamPerception::recognised).orElse(null),
                            mine.map(TeamPerception::wished).orElse(null));
                }).toList();
    }

    /** A teacher's answers about a leader of one of their teams; answering again replaces them. */
    @Transactional
    public void answerAbout(long leaderId, Pattern recognised, Pattern wished) {
        SignedInUser me = requireTeacher();
        if (leadersIAnswerAbout().stream().noneMatch(l -> l.leaderId() == leaderId)) {
            throw new AccessDeniedException("Only teachers of a leader's teams answer about that leader");
        }
        TeamPerception answer = perceptions.findByLeaderIdAndTeacherId(leaderId, me.personId())
                .orElseGet(() -> new TeamPerception(leaderId, me.personId()));
        answer.answer(recognised, wished, today());
        perceptions.save(answer);
    }

    // ---- sharing -------------------------------------------------------------------------

    public List<PersonSummary> coachesToShareWith() {
        SignedInUser me = requireLeader();
        return directory.coachesOfMySchool().stream().filter(c -> c.id() != me.personId()).toList();
    }

    /** Freezes the 12-week mirror and the chosen journal entries for one coach of the school. */
    @Transactional
    public ShareView share(long coachId, Collection<Long> journalEntryIds) {
        SignedInUser me = requireLeader();
        PersonSummary coach = coachesToShareWith().stream().filter(c -> c.id() == coachId).findAny()
                .orElseThrow(() -> new AccessDeniedException("Share only with a coach of your school"));
        Set<Long> chosen = new HashSet<>(journalEntryIds);
        List<Snapshot.SharedEntry> entries = journal(me.personId()).stream().filter(e -> chosen.contains(e.id()))
                .map(e -> new Snapshot.SharedEntry(e.writtenOn(), e.prompt(), e.text(), e.pattern(), e.mixedWith()))
                .toList();
        MirrorPage page = open(me.personId(), WindowChoice.WEEKS_12);
        LeadershipProfile profile = page.profile();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Snapshot snapshot = new Snapshot(0, me.name(), now, page.window().first(), page.window().at(),
                profile.status(), profile.primary(), profile.mixedWith(), profile.confidence(), profile.profile(),
                profile.dimensions().stream().map(d -> new Snapshot.Evidence(d.dimension(), Reflection.fitsBest(d),
                        d.evidence())).toList(), profile.missing(), entries);
        SharedSnapshot saved = snapshots.save(new SharedSnapshot(me.personId(), coachId, now, write(snapshot)));
        return new ShareView(saved.id(), coach.name(), saved.sharedAt(), null);
    }

    public List<ShareView> myShares(long leaderId) {
        requireSelf(leaderId);
        List<SharedSnapshot> mine = snapshots.findByLeaderIdOrderBySharedAtDesc(leaderId);
        Map<Long, PersonSummary> coaches = directory.peopleOfMySchool(
                mine.stream().map(SharedSnapshot::coachId).collect(Collectors.toSet()));
        return mine.stream().map(s -> new ShareView(s.id(), name(coaches, s.coachId()), s.sharedAt(),
                s.withdrawnAt())).toList();
    }

    @Transactional
    public void withdraw(long snapshotId) {
        SignedInUser me = requireLeader();
        SharedSnapshot snapshot = snapshots.findById(snapshotId).filter(s -> s.leaderId() == me.personId())
                .orElseThrow(() -> new AccessDeniedException("Not your snapshot"));
        snapshot.withdraw(LocalDateTime.now(clock));
    }

    /** The snapshots shared with the signed-in coach and not withdrawn, newest first. */
    public List<Snapshot> sharedWithMe() {
        SignedInUser me = requireCoach();
        return snapshots.findByCoachIdAndWithdrawnAtIsNullOrderBySharedAtDesc(me.personId()).stream()
                .map(this::read).toList();
    }

    /** One snapshot, for the coach it was shared with only, and only until it is withdrawn. */
    public Snapshot snapshot(long snapshotId) {
        SignedInUser me = requireCoach();
        return snapshots.findById(snapshotId)
                .filter(s -> s.coachId() == me.personId() && !s.withdrawn())
                .map(this::read)
                .orElseThrow(() -> new AccessDeniedException("This snapshot is not shared with you"));
    }

    // ---- nudges --------------------------------------------------------------------------

    /** At most one gentle hint from the signed-in leader's own record; empty for anyone else. */
    public Optional<Nudge> currentNudge() {
        Optional<SignedInUser> user = currentUser.get().filter(u -> u.has(Role.LEADER));
        if (user.isEmpty()) {
            return Optional.empty();
        }
        SignedInUser me = user.get();
        LocalDate today = today();
        List<Nudge> candidates = new ArrayList<>(cache.get(me.schoolId(), List.of("nudges", me.personId(), today),
                () -> recordNudges(me, today)));
        reflectionNudge(me.personId()).ifPresent(candidates::add);
        return candidates.stream()
                .filter(n -> !dismissed.existsByLeaderIdAndNudgeKey(me.personId(), n.key()))
                .findFirst();
    }

    @Transactional
    public void dismissNudge(String nudgeKey) {
        SignedInUser me = requireLeader();
        if (!dismissed.existsByLeaderIdAndNudgeKey(me.personId(), nudgeKey)) {
            dismissed.save(new DismissedNudge(me.personId(), nudgeKey, today()));
        }
    }

    /** The nudges read from the school's record; journal and dismissals are asked each time. */
    private List<Nudge> recordNudges(SignedInUser me, LocalDate today) {
        Window lookback = new Window(today, NUDGE_LOOKBACK_WEEKS);
        SchoolHistory school = history.export(me.schoolId(), lookback.first());
        List<Nudge> nudges = new ArrayList<>(absentNudges(school, HistoryKeys.person(me.personId()), lookback));
        teachersLedNone(school, HistoryKeys.person(me.personId()), lookback).ifPresent(nudges::add);
        return List.copyOf(nudges);
    }

    private List<Nudge> absentNudges(SchoolHistory school, String leader, Window lookback) {
        LocalDate today = lookback.at();
        List<Nudge> nudges = new ArrayList<>();
        for (SchoolHistory.Team team : school.teams()) {
            if (!team.leaders().contains(leader)) {
                continue;
            }
            List<SchoolHistory.Session> held = heldSessions(school, team.key(), lookback);
            Optional<LocalDate> lastThere = held.stream().filter(s -> attended(s, leader))
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
                        && attended(s, leader))
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
        if (last.isPresent() && last.get().isAfter(today().minusWeeks(REFLECTION_WEEKS))) {
            return Optional.empty();
        }
        return Optional.of(new Nudge("reflection:" + last.map(LocalDate::toString).orElse("never"),
                Reflection.message(last.isPresent() ? "mirror.nudge.reflection" : "mirror.nudge.firstReflection",
                        REFLECTION_WEEKS)));
    }

    // ---- helpers -------------------------------------------------------------------------

    private LeadershipProfile currentProfile(SignedInUser me) {
        Window window = WindowChoice.WEEKS_12.window(today());
        return new LeadershipInference(settings())
                .infer(history.export(me.schoolId(), window.first()), HistoryKeys.person(me.personId()), window);
    }

    private List<TeamSessions> teamSessions(SchoolHistory school, String leader, Window window) {
        return school.teams().stream().filter(t -> t.leaders().contains(leader)).map(team -> {
            List<SchoolHistory.Session> held = heldSessions(school, team.key(), window);
            int attended = (int) held.stream().filter(s -> attended(s, leader)).count();
            int led = (int) held.stream().filter(s -> leader.equals(s.ledBy())).count();
            return new TeamSessions(HistoryKeys.id(team.key()), team.name(), held.size(), attended, led);
        }).sorted(Comparator.comparing(TeamSessions::teamName)).toList();
    }

    private static List<SchoolHistory.Session> heldSessions(SchoolHistory school, String team, Window window) {
        return school.sessions().stream()
                .filter(s -> s.team().equals(team) && !s.cancelled() && window.contains(s.date())).toList();
    }

    /** As the inference counts it: present or partly present, and leading means being there. */
    private static boolean attended(SchoolHistory.Session session, String leader) {
        AttendanceMark mark = session.attendance().getOrDefault(leader, AttendanceMark.ABSENT);
        return mark != AttendanceMark.ABSENT || leader.equals(session.ledBy());
    }

    private Settings settings() {
        TimeNorms norms = directory.myTimeNorms();
        return new Settings(norms.littleMinutesPerWeek() / 60.0, norms.muchMinutesPerWeek() / 60.0);
    }

    private static <T> Map<Pattern, Integer> count(List<T> answers, java.util.function.Function<T, Pattern> pick) {
        Map<Pattern, Integer> counts = new EnumMap<>(Pattern.class);
        for (Pattern pattern : Pattern.values()) {
            counts.put(pattern, 0);
        }
        answers.forEach(a -> counts.merge(pick.apply(a), 1, Integer::sum));
        return counts;
    }

    private String write(Snapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A snapshot could not be written", e);
        }
    }

    private Snapshot read(SharedSnapshot stored) {
        try {
            return json.readValue(stored.content(), Snapshot.class).withId(stored.id());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Snapshot " + stored.id() + " could not be read", e);
        }
    }

    private static String name(Map<Long, PersonSummary> people, long id) {
        PersonSummary person = people.get(id);
        return person == null ? "?" : person.name();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private SignedInUser requireLeader() {
        SignedInUser me = currentUser.require();
        if (!me.has(Role.LEADER)) {
            throw new AccessDeniedException("The mirror is for school leaders");
        }
        return me;
    }

    /** The privacy rule: a leader's mirror is read by that leader only (coach and admin roles give no access). */
    private SignedInUser requireSelf(long leaderId) {
        SignedInUser me = requireLeader();
        if (me.personId() != leaderId) {
            throw new AccessDeniedException("A leader's mirror is private");
        }
        return me;
    }

    private SignedInUser requireCoach() {
        SignedInUser me = currentUser.require();
        if (!me.has(Role.COACH)) {
            throw new AccessDeniedException("Shared snapshots are for school coaches");
        }
        return me;
    }

    private SignedInUser requireTeacher() {
        SignedInUser me = currentUser.require();
        if (!me.has(Role.TEACHER) && !me.has(Role.COACH)) {
            throw new AccessDeniedException("The team view is answered by teachers");
        }
        return me;
    }
}
