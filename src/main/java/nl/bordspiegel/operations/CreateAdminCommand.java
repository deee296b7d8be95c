package nl.bordspiegel.operations;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ConfigurableApplicationContext;

import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.security.SetupLinks;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Vocabulary.Sector;

/**
 * {@code create-admin --school NAME --name NAME --email EMAIL [--sector PO|VO|MBO]}: the
 * first admin of a fresh installation, in a new school. The admin gets a one-time link to
 * choose their own password; no password is ever printed or passed on the command line.
 * Refused when the database already holds a school: its admins add people in the app.
 */
public final class CreateAdminCommand {

    public static final String NAME = "create-admin";
    /** The longest school and person name the forms accept. */
    private static final int NAME_MAX = 200;
    private static final String SCHOOL = "--school";
    private static final String PERSON = "--name";
    private static final String EMAIL = "--email";
    private static final String SECTOR = "--sector";

    private CreateAdminCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return create(NAME, true, args, out, err);
    }

    /**
     * A new school with its first admin; {@code firstSchoolOnly} refuses a database that
     * already holds one ({@code create-admin}), otherwise the school joins the others
     * ({@code create-school}). {@code command} names the command in every message.
     */
    static int create(String command, boolean firstSchoolOnly, List<String> args, PrintStream out, PrintStream err) {
        Commands.Arguments arguments;
        SchoolHistory school;
        try {
            arguments = Commands.Arguments.parse(args, List.of(SCHOOL, PERSON, EMAIL, SECTOR));
            school = firstSchool(arguments);
        } catch (IllegalArgumentException wrong) {
            return usage(command, err, wrong.getMessage());
        } catch (InvalidInputException invalid) {
            return Commands.fail(err, command, invalid.message(Locale.ENGLISH), Commands.BAD_INPUT);
        }
        ConfigurableApplicationContext context;
        try {
            context = firstSchoolOnly
                    ? Commands.openEmptyDatabase(command, arguments.spring(), "its admins add people under /beheer/mensen,"
                            + " and create-school adds another school (nothing created)", err)
                    : Commands.openDatabase(command, arguments.spring(), err);
        } catch (Commands.Refused refused) {
            return refused.exitCode();
        }
        try (context) {
            HistoryImporter importer = context.getBean(HistoryImporter.class);
            long schoolId = importer.importSchool(school, null);
            SchoolHistory.Person admin = school.people().get(0);
            String link = context.getBean(SetupLinks.class).linkFor(importer.personIdsByEmail(schoolId).get(admin.email()));
            out.println(link);
            err.println(command + ": created \"" + school.school().name() + "\" with admin " + admin.email()
                    + "; open the link above (once, within 3 days) to choose the password");
            return Commands.OK;
        }
    }

    private static SchoolHistory firstSchool(Commands.Arguments arguments) {
        for (String option : List.of(SCHOOL, PERSON, EMAIL)) {
            if (!arguments.options().containsKey(option)) {
                throw new IllegalArgumentException("missing " + option);
            }
        }
        if (!arguments.positional().isEmpty()) {
            throw new IllegalArgumentException("unexpected " + arguments.positional().get(0));
        }
        String schoolName = InvalidInputException.requireLine(arguments.options().get(SCHOOL), NAME_MAX, "security.input.field.name");
        String name = InvalidInputException.requireLine(arguments.options().get(PERSON), NAME_MAX, "security.input.field.name");
        String email = InvalidInputException.requireEmail(arguments.options().get(EMAIL));
        Sector sector;
        try {
            sector = Sector.valueOf(arguments.options().getOrDefault(SECTOR, "PO").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("--sector is PO, VO or MBO");
        }
        return new SchoolHistory(SchoolHistory.FORMAT, new SchoolHistory.School(schoolName, sector),
                List.of(new SchoolHistory.Person("admin", name, email, List.of(Role.ADMIN))),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    private static int usage(String command, PrintStream err, String problem) {
        return Commands.fail(err, command, problem + "; usage: java -jar bordspiegel.jar " + command + " --school NAME"
                + " --name NAME --email EMAIL [--sector PO|VO|MBO]", Commands.BAD_INPUT);
    }
}
