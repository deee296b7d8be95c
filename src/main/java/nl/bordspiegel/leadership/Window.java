package nl.bordspiegel.leadership;

import java.time.LocalDate;
import java.util.Objects;

/** The {@code weeks * 7} days ending on {@code at}, both ends inclusive. */
public record Window(LocalDate at, int weeks) {

    /** The spec's default: the 12 weeks up to today. */
    public static final int DEFAULT_WEEKS = 12;

    public Window {
        Objects.requireNonNull(at, "at");
        if (weeks < 1) {
            throw new IllegalArgumentException("a window spans at least one week, not " + weeks);
        }
    }

    public LocalDate first() {
        return at.minusDays(weeks * 7L - 1);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(first()) && !date.isAfter(at);
    }

    /** The window of the same length that ends the day before this one starts. */
    public Window previous() {
        return new Window(first().minusDays(1), weeks);
    }
}
