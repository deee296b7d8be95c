package nl.bordspiegel.history;

import static nl.bordspiegel.history.HistoryFiles.COMPLETE;
import static nl.bordspiegel.history.HistoryFiles.read;
import static nl.bordspiegel.history.HistoryFiles.schoolWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.historymodel.SchoolHistory;

class HistoryDatesTest {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Test
    void shiftMovesEveryDateByTheGivenDays() {
        SchoolHistory history = read(COMPLETE);

        List<LocalDate> before = datesIn(history);
        List<LocalDate> after = datesIn(HistoryDates.shift(history, 10));

        // The complete file holds a date in every date field of the format, 19 in all (with the added "closed").
        assertThat(before).hasSize(19);
        assertThat(after).containsExactlyElementsOf(before.stream().map(date -> date.plusDays(10)).toList());
    }

    @Test
    void shiftingBackRestoresTheHistory() {
        SchoolHistory history = read(COMPLETE);

        assertThat(HistoryDates.shift(HistoryDates.shift(history, -400), 400)).isEqualTo(history);
    }

    @Test
    void newestSessionDateCountsCancelledSessions() {
        assertThat(HistoryDates.newestSessionDate(read(COMPLETE))).contains(LocalDate.of(2026, 9, 14));
    }

    @Test
    void schoolWithoutSessionsHasNoNewestSessionDate() {
        assertThat(HistoryDates.newestSessionDate(read(schoolWith("")))).isEmpty();
    }

    /** Every date, in file order, as the writer puts it down: no date field can be forgotten here. */
    private static List<LocalDate> datesIn(SchoolHistory history) {
        return DATE.matcher(HistoryWriter.toJson(history)).results()
                .map(match -> LocalDate.parse(match.group()))
                .toList();
    }
}
