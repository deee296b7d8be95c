package nl.bordspiegel.timelog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.dataversion.DataVersions;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Vocabulary.TimeCategory;
import nl.bordspiegel.shared.Vocabulary.TimeFeeling;

/**
 * The door to a leader's logged time and check-ins. A leader's time is theirs alone: every
 * read and write is refused unless it is about the signed-in leader, whatever the caller's
 * other roles (a coach or an admin included).
 */
@Service
@Transactional(readOnly = true)
public class TimeLog {

    /** The check-in comes back once per 6-week improvement cycle. */
    public static final int CHECK_IN_EVERY_WEEKS = 6;
    /** What "a few clicks" offers: the usual lengths of a leader's programme tasks. */
    public static final List<Integer> QUICK_MINUTES = List.of(15, 30, 60, 90, 120);
    /** Time is logged afterwards within the current 6-week cycle: older time no longer counts as "recent". */
    public static final int LOG_BACK_WEEKS = CHECK_IN_EVERY_WEEKS;

    private final TimeEntryRepository entries;
    private final CheckInRepository checkIns;
    private final CurrentUser currentUser;
    private final Clock clock;
    /** The mirror counts logged time: a change here is a change of the school's data. */
    private final DataVersions versions;

    TimeLog(TimeEntryRepository entries, CheckInRepository checkIns, CurrentUser currentUser, Clock clock,
            DataVersions versions) {
        this.versions = versions;
        this.entries = entries;
        this.checkIns = checkIns;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Logs time spent today: the few-clicks way. */
    @Transactional
    public LoggedTime logToday(TimeCategory category, int minutes) {
        return log(category, minutes, today());
    }

    /** Logs time for today or an earlier day of the current cycle (from {@link #earliestDay()}). */
    @Transactional
    public LoggedTime log(TimeCategory category, int minutes, LocalDate date) {
        SignedInUser me = requireLeader();
        versions.bump(me.schoolId());
        return entries.save(new TimeEntry(me.personId(), loggable(date), minutes, category)).view();
    }

    /** Corrects one of the leader's own entries: what she did, how long, and on which day of the cycle. */
    @Transactional
    public LoggedTime change(long entryId, TimeCategory category, int minutes, LocalDate date) {
        TimeEntry entry = mine(entryId);
        entry.change(loggable(date), minutes, category);
        versions.bump(currentUser.require().schoolId());
        return entry.view();
    }

    /** The first day time can be logged for: the start of the current cycle. */
    public LocalDate earliestDay() {
        return today().minusWeeks(LOG_BACK_WEEKS).plusDays(1);
    }

    /** The leader's own entries from {@code from} to today, newest first. */
    public List<LoggedTime> entries(long leaderId, LocalDate from) {
        requireSelf(leaderId);
        return entries.findByPersonIdAndDateBetweenOrderByDateDescIdDesc(leaderId, from, today()).stream()
                .map(TimeEntry::view).toList();
    }

    /** Deletes one of the leader's own entries; the returned copy is what an undo logs again. */
    @Transactional
    public LoggedTime remove(long entryId) {
        TimeEntry entry = mine(entryId);
        LoggedTime removed = entry.view();
        entries.delete(entry);
        versions.bump(currentUser.require().schoolId());
        return removed;
    }

    @Transactional
    public void checkIn(TimeFeeling feeling) {
        SignedInUser me = requireLeader();
        checkIns.save(new CheckIn(me.personId(), today(), feeling));
        versions.bump(me.schoolId());
    }

    public Optional<TimeFeeling> latestFeeling(long leaderId) {
        requireSelf(leaderId);
        return checkIns.findFirstByPersonIdOrderByDateDescIdDesc(leaderId).map(CheckIn::feeling);
    }

    /** Whether the signed-in leader has not checked in for a whole cycle (or never). */
    public boolean checkInDue() {
        SignedInUser me = requireLeader();
        return checkIns.findFirstByPersonIdOrderByDateDescIdDesc(me.personId())
                .map(last -> !last.date().isAfter(today().minusWeeks(CHECK_IN_EVERY_WEEKS)))
                .orElse(true);
    }

    private TimeEntry mine(long entryId) {
        SignedInUser me = requireLeader();
        return entries.findById(entryId).filter(e -> e.personId() == me.personId())
                .orElseThrow(() -> new AccessDeniedException("Not your time entry"));
    }

    private LocalDate loggable(LocalDate date) {
        if (date == null) {
            throw InvalidInputException.at("date", "timelog.input.noDate");
        }
        if (date.isAfter(today())) {
            throw InvalidInputException.at("date", "timelog.input.ahead");
        }
        if (date.isBefore(earliestDay())) {
            throw InvalidInputException.at("date", "timelog.input.tooEarly", LOG_BACK_WEEKS);
        }
        return date;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private SignedInUser requireLeader() {
        SignedInUser me = currentUser.require();
        if (!me.has(Role.LEADER)) {
            throw new AccessDeniedException("Only a school leader logs programme time");
        }
        return me;
    }

    /** Privacy rule: a leader's time log is read by that leader only. */
    private void requireSelf(long leaderId) {
        SignedInUser me = requireLeader();
        if (me.personId() != leaderId) {
            throw new AccessDeniedException("A leader's time log is private");
        }
    }
}
