package nl.bordspiegel.leadership;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.historymodel.SchoolHistory.Action;
import nl.bordspiegel.historymodel.SchoolHistory.CheckIn;
import nl.bordspiegel.historymodel.SchoolHistory.Idea;
import nl.bordspiegel.historymodel.SchoolHistory.Person;
import nl.bordspiegel.historymodel.SchoolHistory.Session;
import nl.bordspiegel.historymodel.SchoolHistory.Team;
import nl.bordspiegel.historymodel.SchoolHistory.VisionItem;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;
import nl.bordspiegel.shared.Vocabulary.TimeFeeling;

/**
 * What the history shows of one leader in one window, as counts. Everything is counted or
 * summed in whole numbers, so the order of the input can never change a result.
 * {@code latestTimeFeeling} is null when the leader did not check in during the window.
 */
record Observations(
        int weeks,
        boolean followsTeam,
        int sessionsHeld,
        int present,
        int partial,
        int led,
        int inquiries,
        int actionsInScope,
        int actionsForOthers,
        int actionsOwned,
        int adoptedIdeas,
        int adoptedFromTeachers,
        int adoptedFromLeader,
        int presentMinutes,
        int partialMinutes,
        int loggedMinutes,
        boolean alsoCoach,
        int visionItems,
        int visionCoWritten,
        int coachUpdates,
        TimeFeeling latestTimeFeeling) {

    /** The programme's sessions last about 15 minutes; used when a session has no duration. */
    static final int USUAL_SESSION_MINUTES = 15;

    static Observations of(SchoolHistory history, String leader, Window window) {
        Person person = history.people().stream()
                .filter(p -> p.key().equals(leader))
                .findAny()
                .orElseThrow(() -> new IllegalArgumentException("unknown person \"" + leader + "\""));
        Set<String> scope = history.teams().stream()
                .filter(team -> team.leaders().contains(leader))
                .map(Team::key)
                .collect(Collectors.toSet());
        Set<String> teachers = history.people().stream()
                .filter(Observations::isTeacher)
                .map(Person::key)
                .collect(Collectors.toSet());

        List<Session> held = history.sessions().stream()
                .filter(s -> scope.contains(s.team()) && window.contains(s.date()) && !s.cancelled())
                .toList();
        List<Session> present = held.stream().filter(s -> markOf(s, leader) == AttendanceMark.PRESENT).toList();
        List<Session> partial = held.stream().filter(s -> markOf(s, leader) == AttendanceMark.PARTIAL).toList();

        List<Action> actions = history.actions().stream()
                .filter(a -> scope.contains(a.team()) && window.contains(a.created()))
                .toList();
        List<Idea> ideas = history.ideas().stream()
                .filter(i -> scope.contains(i.team()) && window.contains(i.date()))
                .toList();
        List<Idea> adopted = ideas.stream().filter(i -> i.status() == IdeaStatus.ADOPTED).toList();
        long comments = history.comments().stream()
                .filter(c -> scope.contains(c.team()) && window.contains(c.date()) && leader.equals(c.author()))
                .count();

        // Vision items count by their date in the window like everything else: a vision
        // written years ago shows how the leader worked then, and history outside the
        // window must never change what the mirror says about this period.
        List<VisionItem> vision = history.visionItems().stream()
                .filter(v -> window.contains(v.date()) && writers(v).anyMatch(leader::equals))
                .toList();

        return new Observations(
                window.weeks(),
                !scope.isEmpty(),
                held.size(),
                present.size(),
                partial.size(),
                (int) held.stream().filter(s -> leader.equals(s.ledBy())).count(),
                (int) (comments + ideas.stream().filter(i -> leader.equals(i.author())).count()),
                actions.size(),
                count(actions, a -> leader.equals(a.createdBy()) && a.owner() != null && !leader.equals(a.owner())),
                count(actions, a -> leader.equals(a.owner())),
                adopted.size(),
                count(adopted, i -> teachers.contains(i.author())),
                count(adopted, i -> leader.equals(i.author())),
                minutes(present),
                minutes(partial),
                history.timeEntries().stream()
                        .filter(t -> leader.equals(t.person()) && window.contains(t.date()))
                        .mapToInt(t -> t.minutes())
                        .sum(),
                person.has(Role.COACH) || history.teams().stream().anyMatch(t -> t.coaches().contains(leader)),
                vision.size(),
                count(vision, v -> writers(v).anyMatch(teachers::contains)),
                (int) history.coachUpdates().stream()
                        .filter(u -> u.to().contains(leader) && window.contains(u.date()))
                        .count(),
                latestTimeFeeling(history, leader, window));
    }

    /** School coaches are teachers trained as coach; a leader is never counted as a teacher. */
    private static boolean isTeacher(Person person) {
        return (person.has(Role.TEACHER) || person.has(Role.COACH)) && !person.has(Role.LEADER);
    }

    /** Author and co-authors alike: a leader co-writing a teacher's item is co-creation too. */
    private static Stream<String> writers(VisionItem item) {
        return Stream.concat(Stream.of(item.author()), item.coAuthors().stream());
    }

    /** Leading a session means being there, whatever the attendance mark says. */
    private static AttendanceMark markOf(Session session, String leader) {
        AttendanceMark mark = session.attendance().getOrDefault(leader, AttendanceMark.ABSENT);
        return mark == AttendanceMark.ABSENT && leader.equals(session.ledBy()) ? AttendanceMark.PRESENT : mark;
    }

    private static int minutes(List<Session> sessions) {
        return sessions.stream()
                .mapToInt(s -> s.durationMinutes() == null ? USUAL_SESSION_MINUTES : s.durationMinutes())
                .sum();
    }

    private static <T> int count(List<T> items, Predicate<T> test) {
        return (int) items.stream().filter(test).count();
    }

    /** On a day with two check-ins the strongest feeling wins, so input order never decides. */
    private static TimeFeeling latestTimeFeeling(SchoolHistory history, String leader, Window window) {
        return history.checkIns().stream()
                .filter(c -> leader.equals(c.person()) && window.contains(c.date()) && c.timeFeeling() != null)
                .max(Comparator.comparing(CheckIn::date).thenComparing(CheckIn::timeFeeling))
                .map(CheckIn::timeFeeling)
                .orElse(null);
    }

    int attended() {
        return present + partial;
    }

    boolean feelsTooMuch() {
        return latestTimeFeeling == TimeFeeling.TOO_MUCH;
    }

    /** Partial presence counts as half a session. */
    double attendanceRate() {
        return share(2 * present + partial, 2 * sessionsHeld);
    }

    double ledShare() {
        return share(led, attended());
    }

    double inquiryPerSession() {
        return share(inquiries, attended());
    }

    /** Contributions per session held, attended or not: how much the teams hear from the leader. */
    double inquiryPerSessionHeld() {
        return share(inquiries, sessionsHeld);
    }

    double directiveShare() {
        return share(actionsForOthers, actionsInScope);
    }

    double ownedShare() {
        return share(actionsOwned, actionsInScope);
    }

    /**
     * Of the adopted ideas from teachers and from the leader, the teachers' share. Ideas from
     * other leaders are left out of both sides: they say nothing about how this leader motivates.
     */
    double bottomUpShare() {
        return share(adoptedFromTeachers, adoptedFromTeachers + adoptedFromLeader);
    }

    /** Of what the leader put forward in sessions, the part that was an action for someone else. */
    double directiveContributionShare() {
        return share(actionsForOthers, actionsForOthers + inquiries);
    }

    /** Partial presence counts half of the session's minutes. */
    double sessionHours() {
        return (presentMinutes + partialMinutes / 2.0) / 60;
    }

    double loggedHours() {
        return loggedMinutes / 60.0;
    }

    double hoursPerWeek() {
        return (sessionHours() + loggedHours()) / weeks;
    }

    double visionCoCreation() {
        return share(visionCoWritten, visionItems);
    }

    double coachUpdatesPerWeek() {
        return (double) coachUpdates / weeks;
    }

    /** 0 when there is nothing to divide by, like the spec's ledShare; dimensions check the counts. */
    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
