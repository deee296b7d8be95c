package nl.bordspiegel.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import nl.bordspiegel.history.HistoryFormatException;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.history.HistoryReader;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.security.SetupLinks;

/**
 * {@code restore FILE}: brings a {@code school-history/1} file into a fresh installation,
 * with its dates as they are. Nobody gets a known password: every person gets a one-time
 * set-password link, printed one per line (name, e-mail, link) for the operator to hand
 * out. The file is checked before the database is touched; a database that already holds
 * a school is refused (an admin replaces their own school under /beheer/schoolbestand).
 */
public final class RestoreCommand {

    public static final String NAME = "restore";

    private RestoreCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Commands.Arguments arguments;
        try {
            arguments = Commands.Arguments.parse(args, List.of());
        } catch (IllegalArgumentException unknown) {
            return usage(err, unknown.getMessage());
        }
        if (arguments.positional().size() != 1) {
            return usage(err, "name one school file");
        }
        Path file = Path.of(arguments.positional().get(0));
        SchoolHistory history;
        try {
            history = HistoryReader.read(file);
        } catch (NoSuchFileException missing) {
            return Commands.fail(err, NAME, "no such file " + file + " (nothing restored)", Commands.BAD_INPUT);
        } catch (HistoryFormatException invalid) {
            return Commands.fail(err, NAME, file + ": " + invalid.place() + ": " + invalid.problem()
                    + " (nothing restored)", Commands.BAD_INPUT);
        } catch (IOException unreadable) {
            return Commands.fail(err, NAME, "cannot read " + file + ": " + unreadable.getMessage(), Commands.BAD_INPUT);
        }
        ConfigurableApplicationContext context;
        try {
            context = Commands.openEmptyDatabase(NAME, arguments.spring(), "restore goes into a fresh installation;"
                    + " an admin replaces a school under /beheer/schoolbestand (nothing restored)", err);
        } catch (Commands.Refused refused) {
            return refused.exitCode();
        }
        try (context) {
            HistoryImporter importer = context.getBean(HistoryImporter.class);
            long school = importer.importSchool(history, null);
            SetupLinks links = context.getBean(SetupLinks.class);
            Map<String, Long> people = importer.personIdsByEmail(school);
            out.println("name\te-mail\tset-password link (one use, valid 3 days)");
            history.people().forEach(person -> {
                Long id = people.get(person.email().toLowerCase(java.util.Locale.ROOT));
                if (id != null) {
                    out.println(person.name() + "\t" + person.email() + "\t" + links.linkFor(id));
                }
            });
            err.println(NAME + ": restored \"" + history.school().name() + "\": " + history.people().size()
                    + " people, " + history.teams().size() + " teams, " + history.sessions().size() + " sessions");
            return Commands.OK;
        } catch (HistoryFormatException conflict) {
            return Commands.fail(err, NAME, file + ": " + conflict.place() + ": " + conflict.problem()
                    + " (nothing restored)", Commands.BAD_INPUT);
        }
    }

    private static int usage(PrintStream err, String problem) {
        return Commands.fail(err, NAME, problem + "; usage: java -jar bordspiegel.jar restore FILE"
                + " [--spring.profiles.active=postgres]", Commands.BAD_INPUT);
    }
}
