package nl.bordspiegel.analyze;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.bordspiegel.history.HistoryFormatException;
import nl.bordspiegel.history.HistoryReader;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.leadership.LeadershipInference;
import nl.bordspiegel.shared.Role;

/**
 * {@code analyze FILE [--at yyyy-MM-dd] [--weeks N] [--leader KEY] [--lang nl|en]}: the
 * leadership inference on a history file, as JSON on standard output. It starts no
 * server, touches no database and never shifts dates. Exit status 0, or 2 with one line on
 * standard error and nothing on standard output.
 */
public final class AnalyzeCommand {

    public static final String NAME = "analyze";
    static final int OK = 0;
    static final int BAD_INPUT = 2;

    private static final String HELP = """
            Usage: java -jar bordspiegel.jar analyze FILE [--at yyyy-MM-dd] [--weeks N] [--leader KEY] [--lang nl|en]

            Infers each school leader's leadership pattern from a school-history/1 file and prints JSON.
              FILE          the school-history/1 JSON file
              --at DATE     the last day of the window (default: today)
              --weeks N     the window's length in weeks (default: 12)
              --leader KEY  only this person (default: every person with the LEADER role)
              --lang nl|en  the language of the evidence sentences (default: nl)
            Exit status: 0 on success, 2 on bad arguments or an invalid file (the error on standard error).
            """;

    private AnalyzeCommand() {
    }

    /** Runs the command; returns the exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err, LocalDate today) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(HELP);
            return OK;
        }
        try {
            AnalyzeOptions options = AnalyzeOptions.parse(args, today);
            SchoolHistory history = HistoryReader.read(options.file());
            out.println(analyse(history, options));
            return OK;
        } catch (AnalyzeOptions.BadArguments | HistoryFormatException e) {
            err.println("analyze: " + e.getMessage());
        } catch (NoSuchFileException e) {
            err.println("analyze: no such file " + e.getFile());
        } catch (IOException e) {
            err.println("analyze: cannot read the file: " + e.getMessage());
        }
        return BAD_INPUT;
    }

    static String analyse(SchoolHistory history, AnalyzeOptions options) {
        LeadershipInference inference = new LeadershipInference();
        AnalysisJson json = new AnalysisJson(new ObjectMapper(), options.window(), options.language());
        for (SchoolHistory.Person leader : leaders(history, options.leader())) {
            json.add(leader, inference.infer(history, leader.key(), options.window()));
        }
        return json.text();
    }

    /** The leaders to analyse, by key, so the output does not depend on the file's order. */
    private static List<SchoolHistory.Person> leaders(SchoolHistory history, String only) {
        if (only != null) {
            return List.of(history.people().stream().filter(person -> person.key().equals(only)).findFirst()
                    .orElseThrow(() -> new AnalyzeOptions.BadArguments("--leader: unknown person \"" + only + "\"")));
        }
        return history.people().stream().filter(person -> person.has(Role.LEADER))
                .sorted(Comparator.comparing(SchoolHistory.Person::key)).toList();
    }
}
