package nl.bordspiegel.analyze;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import nl.bordspiegel.leadership.Window;

/** The parsed arguments of {@code analyze FILE [--at yyyy-MM-dd] [--weeks N] [--leader KEY] [--lang nl|en]}. */
record AnalyzeOptions(Path file, LocalDate at, int weeks, String leader, Locale language) {

    /** Bad arguments: the message is the one line printed on standard error. */
    static final class BadArguments extends RuntimeException {
        BadArguments(String message) {
            super(message);
        }
    }

    static AnalyzeOptions parse(List<String> args, LocalDate today) {
        Path file = null;
        LocalDate at = today;
        int weeks = Window.DEFAULT_WEEKS;
        String leader = null;
        Locale language = Locale.forLanguageTag("nl");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--at" -> at = date(value(args, ++i, arg));
                case "--weeks" -> weeks = weeks(value(args, ++i, arg));
                case "--leader" -> leader = value(args, ++i, arg);
                case "--lang" -> language = language(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new BadArguments("unknown option " + arg + " (see --help)");
                    }
                    if (file != null) {
                        throw new BadArguments("one FILE only, got \"" + file + "\" and \"" + arg + "\"");
                    }
                    file = Path.of(arg);
                }
            }
        }
        if (file == null) {
            throw new BadArguments("missing FILE (see --help)");
        }
        return new AnalyzeOptions(file, at, weeks, leader, language);
    }

    Window window() {
        return new Window(at, weeks);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new BadArguments(option + ": missing value");
        }
        return args.get(index);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadArguments("--at: not a date \"" + text + "\" (expected yyyy-MM-dd)");
        }
    }

    private static int weeks(String text) {
        try {
            int weeks = Integer.parseInt(text);
            if (weeks >= 1 && weeks <= 520) {
                return weeks;
            }
        } catch (NumberFormatException e) {
            // Falls through to the one message for every bad value.
        }
        throw new BadArguments("--weeks: not a number of weeks from 1 to 520 \"" + text + "\"");
    }

    private static Locale language(String text) {
        return switch (text) {
            case "nl", "en" -> Locale.forLanguageTag(text);
            default -> throw new BadArguments("--lang: expected nl or en, got \"" + text + "\"");
        };
    }
}
