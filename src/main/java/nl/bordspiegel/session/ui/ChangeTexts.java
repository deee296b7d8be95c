package nl.bordspiegel.session.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import nl.bordspiegel.board.BoardChangeLine;
import nl.bordspiegel.board.BoardTexts;

/**
 * A recorded change in the reader's words. The board log stores "card title: VALUE", with
 * the value as the program knows it (a status constant, a measured number); the reader
 * should see "Klaar" and "83" or "83,5", never "DONE" or "83.0". Older records read the same.
 */
final class ChangeTexts {

    private static final String SEPARATOR = ": ";

    private ChangeTexts() {
    }

    static String describe(BoardChangeLine change, SessionSummaryPanel.Texts texts, Locale locale) {
        String description = change.description();
        int split = description.lastIndexOf(SEPARATOR);
        if (split < 0) {
            return description;
        }
        String title = description.substring(0, split);
        String value = description.substring(split + SEPARATOR.length());
        String shown = switch (change.kind()) {
            case ACTION_STATUS -> texts.get("board.action.status." + value);
            case GOAL_CLOSED -> texts.get("board.goal.outcome." + value);
            case ACTION_REVIEWED -> reviewed(value, texts, locale);
            case MEASUREMENT_ADDED -> number(value, locale);
            default -> value;
        };
        return title + SEPARATOR + shown;
    }

    /** "DONE", "DROPPED" or "NEW_DATE 2026-12-16". */
    private static String reviewed(String value, SessionSummaryPanel.Texts texts, Locale locale) {
        String[] parts = value.split(" ", 2);
        if (parts.length == 2) {
            try {
                return texts.get("session.reviewed." + parts[0], BoardTexts.day(locale, LocalDate.parse(parts[1])));
            } catch (DateTimeParseException notADate) {
                return value;
            }
        }
        return texts.get("session.reviewed." + value, "");
    }

    private static String number(String value, Locale locale) {
        try {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            return format.format(Double.parseDouble(value));
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }
}
