package nl.bordspiegel.mirror;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;

import nl.bordspiegel.leadership.Window;

/** The periods a leader can look back over; 12 weeks is the model's default. */
public enum WindowChoice {
    WEEKS_6(6), WEEKS_12(12), WEEKS_26(26), SCHOOL_YEAR(0);

    /** Dutch school years start in August (the summer holiday ends mid-August to early September). */
    static final Month SCHOOL_YEAR_START = Month.AUGUST;

    private final int weeks;

    WindowChoice(int weeks) {
        this.weeks = weeks;
    }

    public Window window(LocalDate today) {
        if (this != SCHOOL_YEAR) {
            return new Window(today, weeks);
        }
        LocalDate start = LocalDate.of(today.getMonth().compareTo(SCHOOL_YEAR_START) >= 0
                ? today.getYear() : today.getYear() - 1, SCHOOL_YEAR_START, 1);
        long days = ChronoUnit.DAYS.between(start, today) + 1;
        return new Window(today, (int) Math.max(1, (days + 6) / 7));
    }

    public String messageKey() {
        return "mirror.window." + name();
    }
}
