package nl.bordspiegel;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import nl.bordspiegel.analyze.AnalyzeCommand;
import nl.bordspiegel.operations.BackupCommand;
import nl.bordspiegel.operations.CreateAdminCommand;
import nl.bordspiegel.operations.CreateSchoolCommand;
import nl.bordspiegel.operations.RestoreCommand;
import nl.bordspiegel.shared.SchoolZone;

/**
 * Starts the web application, or runs a command: {@code analyze} (no Spring at all, so it
 * answers fast), or the operator's {@code create-admin}, {@code create-school}, {@code backup} (or {@code export})
 * and {@code restore} (Spring without a web server, for the database).
 */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        String command = arguments.isEmpty() ? "" : arguments.get(0);
        List<String> rest = arguments.isEmpty() ? List.of() : arguments.subList(1, arguments.size());
        if (command.equals(AnalyzeCommand.NAME)) {
            System.exit(AnalyzeCommand.run(rest, System.out, System.err, LocalDate.now(SchoolZone.clockFromEnvironment())));
        }
        if (BackupCommand.NAMES.contains(command)) {
            System.exit(BackupCommand.run(command, rest, System.out, System.err));
        }
        if (command.equals(RestoreCommand.NAME)) {
            System.exit(RestoreCommand.run(rest, System.out, System.err));
        }
        if (command.equals(CreateAdminCommand.NAME)) {
            System.exit(CreateAdminCommand.run(rest, System.out, System.err));
        }
        if (command.equals(CreateSchoolCommand.NAME)) {
            System.exit(CreateSchoolCommand.run(rest, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
