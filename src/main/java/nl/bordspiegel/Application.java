package nl.bordspiegel;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import nl.bordspiegel.analyze.AnalyzeCommand;
import nl.bordspiegel.analyze.ExportCommand;
import nl.bordspiegel.shared.SchoolZone;

/**
 * Starts the web application, or runs a command: {@code analyze} (no Spring at all, so it
 * answers fast) or {@code export} (Spring without a web server, for the database).
 */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        if (!arguments.isEmpty() && arguments.get(0).equals(AnalyzeCommand.NAME)) {
            System.exit(AnalyzeCommand.run(arguments.subList(1, arguments.size()), System.out, System.err,
                    LocalDate.now(SchoolZone.clockFromEnvironment())));
        }
        if (!arguments.isEmpty() && arguments.get(0).equals(ExportCommand.NAME)) {
            System.exit(ExportCommand.run(arguments.subList(1, arguments.size())));
        }
        SpringApplication.run(Application.class, args);
    }
}
