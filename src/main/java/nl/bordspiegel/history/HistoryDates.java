package nl.bordspiegel.history;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.historymodel.SchoolHistory.Action;
import nl.bordspiegel.historymodel.SchoolHistory.CheckIn;
import nl.bordspiegel.historymodel.SchoolHistory.CoachUpdate;
import nl.bordspiegel.historymodel.SchoolHistory.Comment;
import nl.bordspiegel.historymodel.SchoolHistory.Goal;
import nl.bordspiegel.historymodel.SchoolHistory.Idea;
import nl.bordspiegel.historymodel.SchoolHistory.Measurement;
import nl.bordspiegel.historymodel.SchoolHistory.Session;
import nl.bordspiegel.historymodel.SchoolHistory.Success;
import nl.bordspiegel.historymodel.SchoolHistory.TimeEntry;
import nl.bordspiegel.historymodel.SchoolHistory.VisionItem;

/** Moves a history through time, so that the demo school always looks as if it ran last week. */
public final class HistoryDates {

    private HistoryDates() {
    }

    /** A copy with every date moved by {@code days} (negative moves back); everything else stays. */
    public static SchoolHistory shift(SchoolHistory history, long days) {
        Function<LocalDate, LocalDate> move = date -> date == null ? null : date.plusDays(days);
        return new SchoolHistory(history.format(), history.school(), history.people(), history.teams(),
                map(history.goals(), goal -> new Goal(goal.key(), goal.team(), goal.title(), goal.measure(), goal.target(),
                        map(goal.measurements(), measurement ->
                                new Measurement(move.apply(measurement.date()), measurement.value())))),
                map(history.sessions(), session -> new Session(session.team(), move.apply(session.date()),
                        session.durationMinutes(), session.ledBy(), session.cancelled(), session.cancelReason(),
                        session.attendance())),
                map(history.ideas(), idea -> new Idea(idea.key(), idea.team(), idea.author(), move.apply(idea.date()),
                        idea.text(), idea.status())),
                map(history.actions(), action -> new Action(action.team(), action.title(), action.owner(),
                        action.createdBy(), action.fromIdea(), move.apply(action.created()), move.apply(action.due()),
                        action.status(), move.apply(action.closed()))),
                map(history.comments(), comment -> new Comment(comment.team(), comment.author(),
                        move.apply(comment.date()), comment.kind(), comment.text())),
                map(history.successes(), success -> new Success(success.team(), success.author(),
                        move.apply(success.date()), success.text())),
                map(history.visionItems(), item -> new VisionItem(item.title(), item.author(), item.coAuthors(),
                        move.apply(item.date()))),
                map(history.timeEntries(), entry -> new TimeEntry(entry.person(), move.apply(entry.date()),
                        entry.minutes(), entry.category())),
                map(history.coachUpdates(), update -> new CoachUpdate(update.author(), update.to(),
                        move.apply(update.date()), update.text(), update.team())),
                map(history.checkIns(), checkIn -> new CheckIn(checkIn.person(), move.apply(checkIn.date()),
                        checkIn.timeFeeling())));
    }

    /** Cancelled sessions count too: they were planned in that week all the same. */
    public static Optional<LocalDate> newestSessionDate(SchoolHistory history) {
        return history.sessions().stream().map(Session::date).max(Comparator.naturalOrder());
    }

    private static <T> List<T> map(List<T> values, Function<T, T> change) {
        return values.stream().map(change).toList();
    }
}
