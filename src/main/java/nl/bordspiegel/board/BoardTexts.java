package nl.bordspiegel.board;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.bordspiegel.shared.Messages;

/** Dates as the board's users read them: Dutch "ma 23-11-2026" in the Dutch UI. */
public final class BoardTexts {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy", Messages.DUTCH);
    private static final DateTimeFormatter DUTCH_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Messages.DUTCH);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private BoardTexts() {
    }

    /** A full date: 23-11-2026 in Dutch, 23 Nov 2026 in English; empty for none. */
    public static String date(Locale locale, LocalDate date) {
        if (date == null) {
            return "";
        }
        return (english(locale) ? ENGLISH_DATE : DUTCH_DATE).format(date);
    }

    /** A short day within the current weeks: "ma 23 nov". */
    public static String day(Locale locale, LocalDate date) {
        if (date == null) {
            return "";
        }
        return (english(locale) ? ENGLISH_DAY : DUTCH_DAY).format(date);
    }

    private static boolean english(Locale locale) {
        return Messages.supported(locale).equals(Locale.ENGLISH);
    }
}
