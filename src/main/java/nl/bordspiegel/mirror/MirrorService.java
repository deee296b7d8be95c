package nl.bordspiegel.mirror;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.dataversion.VersionedCache;
import nl.bordspiegel.history.HistoryKeys;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.leadership.CycleProfile;
import nl.bordspiegel.leadership.LeadershipInference;
import nl.bordspiegel.leadership.LeadershipProfile;
import nl.bordspiegel.leadership.Pattern;
import nl.bordspiegel.leadership.Settings;
import nl.bordspiegel.leadership.Window;
import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.school.TeamPeople;
import nl.bordspiegel.school.TeamSummary;
import nl.bordspiegel.security.SignedInUser;

/**
 * The door to a leader's mirror itself: the inferred pattern, its evidence and trend, and the
 * self and team views. Privacy lives here, not in the views: all of it is read by that leader
 * alone, whatever roles the caller holds. The journal, sharing and nudges have services of
 * their own ({@link JournalService}, {@link SharingService}, {@link NudgeService}).
 */
@Service
@Transactional(readOnly = true)
public class MirrorService {

    /** Fewer answers than this could point at a teacher, so they are not shown at all. */
    public static final int TEAM_VIEW_MINIMUM = 3;
    /** The trend covers eight 6-week cycles: about a school year. */
    public static final int TREND_CYCLES = 8;

    private final MirrorAccess access;
    private final LeaderRecord record;
    private final SchoolDirectory directory;
    private final SelfViewRepository selfViews;
    private final TeamPerceptionRepository perceptions;
    /** The mirror is computed once per leader, window, day and change of the school's data. */
    private final VersionedCache cache;

    MirrorService(MirrorAccess access, LeaderRecord record, SchoolDirectory directory,
                  SelfViewRepository selfViews, TeamPerceptionRepository perceptions, VersionedCache cache) {
        this.cache = cache;
        this.access = access;
        this.record = record;
        this.directory = directory;
        this.selfViews = selfViews;
        this.perceptions = perceptions;
    }

    /** The leader's mirror over the chosen window, with the trend up to today. */
    public MirrorPage open(long leaderId, WindowChoice choice) {
        SignedInUser me = access.requireSelf(leaderId);
        LocalDate today = record.today();
        Settings settings = record.settings();
        return cache.get(me.schoolId(), List.of("mirror", leaderId, choice, today, settings),
                () -> compute(me, leaderId, choice, today, settings));
    }

    private MirrorPage compute(SignedInUser me, long leaderId, WindowChoice choice, LocalDate today, Settings settings) {
        Window window = choice.window(today);
        LocalDate trendStart = today.minusWeeks((long) LeadershipInference.CYCLE_WEEKS * TREND_CYCLES);
        LocalDate from = window.first().isBefore(trendStart) ? window.first() : trendStart;
        SchoolHistory school = record.school(me, from);
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

    public Optional<Pattern> selfView(long leaderId) {
        access.requireSelf(leaderId);
        return selfViews.findById(leaderId).map(SelfView::pattern);
    }

    @Transactional
    public void recogniseMyself(Pattern pattern) {
        SignedInUser me = access.requireLeader();
        selfViews.findById(me.personId()).ifPresentOrElse(view -> view.change(pattern, record.today()),
                () -> selfViews.save(new SelfView(me.personId(), pattern, record.today())));
    }

    /** How teachers see the leader: counts only, and none below {@link #TEAM_VIEW_MINIMUM} answers. */
    public TeamView teamView(long leaderId) {
        access.requireSelf(leaderId);
        List<TeamPerception> answers = perceptions.findByLeaderId(leaderId);
        if (answers.size() < TEAM_VIEW_MINIMUM) {
            return new TeamView(answers.size(), Map.of(), Map.of());
        }
        return new TeamView(answers.size(), count(answers, TeamPerception::recognised),
                count(answers, TeamPerception::wished));
    }

    /** The leaders of the signed-in teacher's teams, whom they may answer the two questions about. */
    public List<LeaderToAnswer> leadersIAnswerAbout() {
        SignedInUser me = access.requireTeacher();
        Map<Long, String> leaders = new TreeMap<>();
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
        SignedInUser me = access.requireTeacher();
        if (leadersIAnswerAbout().stream().noneMatch(l -> l.leaderId() == leaderId)) {
            throw new AccessDeniedException("Only teachers of a leader's teams answer about that leader");
        }
        TeamPerception answer = perceptions.findByLeaderIdAndTeacherId(leaderId, me.personId())
                .orElseGet(() -> new TeamPerception(leaderId, me.personId()));
        answer.answer(recognised, wished, record.today());
        perceptions.save(answer);
    }

    private List<TeamSessions> teamSessions(SchoolHistory school, String leader, Window window) {
        return school.teams().stream().filter(t -> t.leaders().contains(leader)).map(team -> {
            List<SchoolHistory.Session> held = LeaderRecord.heldSessions(school, team.key(), window);
            int attended = (int) held.stream().filter(s -> LeaderRecord.attended(s, leader)).count();
            int led = (int) held.stream().filter(s -> leader.equals(s.ledBy())).count();
            return new TeamSessions(HistoryKeys.id(team.key()), team.name(), held.size(), attended, led);
        }).sorted(Comparator.comparing(TeamSessions::teamName)).toList();
    }

    private static <T> Map<Pattern, Integer> count(List<T> answers, Function<T, Pattern> pick) {
        Map<Pattern, Integer> counts = new EnumMap<>(Pattern.class);
        for (Pattern pattern : Pattern.values()) {
            counts.put(pattern, 0);
        }
        answers.forEach(a -> counts.merge(pick.apply(a), 1, Integer::sum));
        return counts;
    }
}
