package nl.bordspiegel.board;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a goal's card shows of its measurements: the last few in date order, how many the goal
 * has in all, and its first value (the direction the goal moves). Read in one bounded query
 * for all goals of a board ({@link GoalRepository#findLastMeasurements}), so a card costs the
 * same in a goal's third year as in its first week.
 */
record LastMeasurements(List<GoalCard.MeasurementPoint> shown, int total, Double firstValue) {

    static final LastMeasurements NONE = new LastMeasurements(List.of(), 0, null);

    LastMeasurements {
        shown = List.copyOf(shown);
    }

    int older() {
        return total - shown.size();
    }

    /** The rows of {@link GoalRepository#findLastMeasurements}, by goal id. */
    static Map<Long, LastMeasurements> byGoal(List<Object[]> rows) {
        Map<Long, List<Object[]>> grouped = new HashMap<>();
        for (Object[] row : rows) {
            grouped.computeIfAbsent(((Number) row[0]).longValue(), goal -> new ArrayList<>()).add(row);
        }
        Map<Long, LastMeasurements> byGoal = new HashMap<>();
        grouped.forEach((goal, goalRows) -> byGoal.put(goal, new LastMeasurements(
                goalRows.stream().map(row -> new GoalCard.MeasurementPoint(day(row[1]), ((Number) row[2]).doubleValue()))
                        .toList(),
                ((Number) goalRows.get(0)[3]).intValue(), ((Number) goalRows.get(0)[4]).doubleValue())));
        return byGoal;
    }

    private static LocalDate day(Object value) {
        // Hibernate hands a native query's date column over as java.sql.Date or LocalDate, by dialect.
        return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }
}
