package nl.bordspiegel.operations;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import nl.bordspiegel.history.HistoryImporter;

/** What the operator's commands share: exit codes, options, and starting Spring on the database. */
final class Commands {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    private Commands() {
    }

    /** The command's own {@code --name value} options, and the rest ({@code --spring...=x}) for Spring. */
    record Arguments(Map<String, String> options, List<String> positional, List<String> spring) {

        static Arguments parse(List<String> args, List<String> optionNames) {
            Map<String, String> options = new HashMap<>();
            List<String> positional = new ArrayList<>();
            List<String> spring = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (optionNames.contains(arg) && i + 1 < args.size()) {
                    options.put(arg, args.get(++i));
                } else if (arg.startsWith("--") && arg.contains("=")) {
                    spring.add(arg);
                } else if (arg.startsWith("--")) {
                    throw new IllegalArgumentException("unknown option " + arg);
                } else {
                    positional.add(arg);
                }
            }
            return new Arguments(options, positional, spring);
        }
    }

    /**
     * Spring on the configured database. With {@code mustExist}, an H2 file database that
     * does not exist is an error instead of a new empty database (H2's IFEXISTS).
     */
    static ConfigurableApplicationContext start(List<String> springArgs, boolean mustExist) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(CommandContext.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN",
                        // The command says in one line why it could not start; no stack trace for the operator.
                        "logging.level.org.springframework.boot.SpringApplication=OFF");
        if (mustExist) {
            builder.listeners((ApplicationListener<ApplicationEvent>) event -> {
                if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
                    onlyExistingH2(prepared.getEnvironment());
                }
            });
        }
        return builder.run(springArgs.toArray(String[]::new));
    }

    /** A command that could not go on; the reason is already on the error stream. */
    static final class Refused extends Exception {

        private final int exitCode;

        Refused(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }

    /** The installation's database, or a refusal (already reported) when it cannot be opened. */
    static ConfigurableApplicationContext openDatabase(String command, List<String> springArgs, PrintStream err)
            throws Refused {
        try {
            return start(springArgs, false);
        } catch (RuntimeException unavailable) {
            fail(err, command, "cannot open the database: " + reason(unavailable), FAILED);
            throw new Refused(FAILED);
        }
    }

    /**
     * Spring on the configured database for a command that fills a fresh installation
     * ({@code create-admin}, {@code restore}): refused, with nothing written, when the database
     * cannot be opened or already holds a school ({@code whenNotEmpty} says what to do instead).
     */
    static ConfigurableApplicationContext openEmptyDatabase(String command, List<String> springArgs, String whenNotEmpty,
                                                            PrintStream err) throws Refused {
        ConfigurableApplicationContext context = openDatabase(command, springArgs, err);
        if (context.getBean(HistoryImporter.class).databaseHasSchools()) {
            context.close();
            fail(err, command, "the database already holds a school; " + whenNotEmpty, BAD_INPUT);
            throw new Refused(BAD_INPUT);
        }
        return context;
    }

    private static void onlyExistingH2(ConfigurableEnvironment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:file:") && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS")) {
            environment.getPropertySources().addFirst(new MapPropertySource("existing-database-only",
                    Map.of("spring.datasource.url", url + ";IFEXISTS=TRUE")));
        }
    }

    /** The innermost reason of a failed start, in one line. */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    static int fail(PrintStream err, String command, String message, int code) {
        err.println(command + ": " + message);
        return code;
    }
}
