package nl.bordspiegel.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import nl.bordspiegel.history.HistoryExporter;
import nl.bordspiegel.history.HistoryWriter;

/**
 * {@code backup --out FILE} (also {@code export}): writes the configured database's school
 * as a {@code school-history/1} file (several schools: {@code FILE} gets {@code -<id>} before
 * its extension, one file each). Works while the app runs (H2 in AUTO_SERVER mode, or
 * PostgreSQL). A database that does not exist, or holds no school, is an error: nothing is
 * written and no database is created. Each file appears whole or not at all.
 */
public final class BackupCommand {

    public static final List<String> NAMES = List.of("backup", "export");
    private static final String OUT = "--out";

    private BackupCommand() {
    }

    public static int run(String name, List<String> args, PrintStream out, PrintStream err) {
        Commands.Arguments arguments;
        try {
            arguments = Commands.Arguments.parse(args, List.of(OUT));
        } catch (IllegalArgumentException unknown) {
            return usage(name, err, unknown.getMessage());
        }
        if (!arguments.options().containsKey(OUT) || !arguments.positional().isEmpty()) {
            return usage(name, err, "missing --out FILE");
        }
        Path file = Path.of(arguments.options().get(OUT)).toAbsolutePath();
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            return Commands.fail(err, name, "no folder " + file.getParent() + " (nothing written)", Commands.BAD_INPUT);
        }
        ConfigurableApplicationContext context;
        try {
            context = Commands.start(arguments.spring(), true);
        } catch (RuntimeException unavailable) {
            return Commands.fail(err, name, "cannot open the database (nothing written): "
                    + Commands.reason(unavailable), Commands.BAD_INPUT);
        }
        try (context) {
            HistoryExporter exporter = context.getBean(HistoryExporter.class);
            List<Long> schools = exporter.schoolIds();
            if (schools.isEmpty()) {
                return Commands.fail(err, name, "the database holds no school (nothing written)", Commands.BAD_INPUT);
            }
            for (long school : schools) {
                Path target = schools.size() == 1 ? file : numbered(file, school);
                writeWhole(target, exporter, school);
                err.println(name + ": wrote " + target);
            }
            return Commands.OK;
        } catch (IOException e) {
            return Commands.fail(err, name, "cannot write " + file + ": " + e.getMessage(), Commands.FAILED);
        }
    }

    /** Written next to the target and moved into place, so a failure never leaves half a file. */
    private static void writeWhole(Path target, HistoryExporter exporter, long school) throws IOException {
        Path partial = Files.createTempFile(target.toAbsolutePath().getParent(), ".backup-", ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(partial)) {
                HistoryWriter.write(exporter.export(school), stream);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    static Path numbered(Path file, long school) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String numbered = dot < 0 ? fileName + "-" + school
                : fileName.substring(0, dot) + "-" + school + fileName.substring(dot);
        return file.resolveSibling(numbered);
    }

    private static int usage(String name, PrintStream err, String problem) {
        return Commands.fail(err, name, problem + "; usage: java -jar bordspiegel.jar " + name
                + " --out FILE [--spring.profiles.active=postgres]", Commands.BAD_INPUT);
    }
}
