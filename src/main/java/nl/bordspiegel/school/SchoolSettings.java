package nl.bordspiegel.school;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import nl.bordspiegel.shared.InvalidInputException;

/**
 * What a school decides for itself: how much leader time per week counts as little and as
 * a lot, the current school year, and how many whole school years of data it keeps
 * ({@code null}: everything).
 */
public record SchoolSettings(int littleTimeMinutes, int muchTimeMinutes, LocalDate schoolYearStart,
                             LocalDate schoolYearEnd, Integer retentionYears) {

    /** More than a full working week of leader time on teams is not a threshold but a typo. */
    public static final int MOST_MINUTES_PER_WEEK = 40 * 60;
    /** A school year runs about 11 months; more than 13 is an impossible year. */
    public static final int LONGEST_YEAR_DAYS = 400;
    public static final int MOST_RETENTION_YEARS = 20;

    void requireValid() {
        if (littleTimeMinutes < 0 || muchTimeMinutes > MOST_MINUTES_PER_WEEK) {
            throw new InvalidInputException("admin.settings.timeRange", MOST_MINUTES_PER_WEEK / 60);
        }
        if (muchTimeMinutes <= littleTimeMinutes) {
            throw new InvalidInputException("admin.settings.timeOrder");
        }
        if ((schoolYearStart == null) != (schoolYearEnd == null)) {
            throw new InvalidInputException("admin.settings.yearBoth");
        }
        if (schoolYearStart != null && (!schoolYearEnd.isAfter(schoolYearStart)
                || ChronoUnit.DAYS.between(schoolYearStart, schoolYearEnd) > LONGEST_YEAR_DAYS)) {
            throw new InvalidInputException("admin.settings.yearOrder", LONGEST_YEAR_DAYS);
        }
        if (retentionYears != null && (retentionYears < 1 || retentionYears > MOST_RETENTION_YEARS)) {
            throw new InvalidInputException("admin.settings.retention", MOST_RETENTION_YEARS);
        }
    }
}
