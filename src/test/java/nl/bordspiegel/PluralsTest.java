package nl.bordspiegel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.shared.Messages;

/** "Nog 1 sessies … ongeveer 1 weken" must not happen: one of a thing is singular, in both languages. */
class PluralsTest {

    private static final Pattern ONE_PLURAL = Pattern.compile("(?<![\\d,.])1 (?:nieuwe )?(sessies|weken|personen|minuten|cycli|acties|dagen|rijen|leraren|antwoorden|teams|"
            + "sessions|weeks|people|minutes|cycles|actions|days|rows|teachers|answers|teams|hours)\\b");
    private static final Pattern TWO_SINGULAR = Pattern.compile("(?<![\\d,.])2 (sessie|week|persoon|minuut|actie|dag|leraar|"
            + "session|week|person|minute|action|day|teacher)\\b");

    @Test
    void oneOfAThingIsSingularAndTwoArePlural() {
        List<String> wrong = new ArrayList<>();
        for (Locale locale : Messages.LOCALES) {
            var bundle = Messages.bundle(locale);
            for (String key : Collections.list(bundle.getKeys())) {
                check(locale, key, 1, ONE_PLURAL, wrong);
                check(locale, key, 2, TWO_SINGULAR, wrong);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theCheckCatchesAWrongPlural() {
        assertThat(ONE_PLURAL.matcher("Nog 1 sessies nodig").find()).isTrue();
        assertThat(ONE_PLURAL.matcher("Nog 1 sessie nodig").find()).isFalse();
        assertThat(TWO_SINGULAR.matcher("over 2 week").find()).isTrue();
    }

    private static void check(Locale locale, String key, int count, Pattern mistake, List<String> wrong) {
        Object[] arguments = new Object[8];
        java.util.Arrays.fill(arguments, count);
        String text;
        try {
            text = Messages.get(locale, key, arguments);
        } catch (IllegalArgumentException notAllNumbers) {
            if (String.valueOf(notAllNumbers.getMessage()).startsWith("Cannot format given Object")) {
                return; // A text that takes a date is checked where it is used.
            }
            throw new AssertionError(locale + " " + key + " is not a valid message pattern", notAllNumbers);
        }
        if (mistake.matcher(text).find()) {
            wrong.add(locale + " " + key + ": " + text);
        }
    }
}
