package nl.bordspiegel.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.coach.CoachOverview.SessionRow;

class MissingWeeksTest {

    private static final LocalDate THIS_MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void weeksBeforeATeamsFirstSessionAreNotMissed() {
        LocalDate first = THIS_MONDAY.minusWeeks(2);
        List<SessionRow> sessions = List.of(held(first.plusDays(1)), held(THIS_MONDAY.minusWeeks(1).plusDays(1)));

        assertThat(CoachOverview.missingWeeks(sessions, THIS_MONDAY, first)).isZero();
    }

    @Test
    void unrecordedWeeksSinceTheFirstSessionAreMissedButThisWeekIsNot() {
        LocalDate first = THIS_MONDAY.minusWeeks(5);
        List<SessionRow> sessions = List.of(held(first.plusDays(2)), held(THIS_MONDAY.minusWeeks(2).plusDays(2)));

        // Weeks -4, -3 and -1 have no record; week 0 is not over.
        assertThat(CoachOverview.missingWeeks(sessions, THIS_MONDAY, first)).isEqualTo(3);
    }

    private static SessionRow held(LocalDate day) {
        return new SessionRow(1, day, "CLOSED", 7L);
    }
}
