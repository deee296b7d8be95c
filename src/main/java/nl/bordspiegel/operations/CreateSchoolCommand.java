package nl.bordspiegel.operations;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code create-school --school NAME --name NAME --email EMAIL [--sector PO|VO|MBO]}: one more
 * school, with its first admin, on a deployment that serves several (a school board's). The
 * platform administrator (the board's IT staff) runs it; from then on that school's admins do
 * the rest in the app and see only their own school. The same as {@code create-admin}, except
 * that other schools may already be there.
 */
public final class CreateSchoolCommand {

    public static final String NAME = "create-school";

    private CreateSchoolCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return CreateAdminCommand.create(NAME, false, args, out, err);
    }
}
