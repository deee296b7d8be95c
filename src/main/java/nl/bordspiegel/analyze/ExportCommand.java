package nl.bordspiegel.analyze;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.bordspiegel.history.HistoryExporter;
import nl.bordspiegel.history.HistoryWriter;

/**
 * {@code export --out FILE}: writes the configured database's school as a
 * {@code school-history/1} file (several schools: {@code FILE} gets {@code -<id>} before
 * its extension, one file each). Starts no web server and never imports the demo school.
 */
public final class ExportCommand {

    public static final String NAME = "export";

    private ExportCommand() {
    }

    public static int run(Class<?> application, List<String> args) {
        if (args.size() != 2 || !args.get(0).equals("--out")) {
            System.err.println("export: usage: java -jar bordspiegel.jar export --out FILE");
            return AnalyzeCommand.BAD_INPUT;
        }
        Path out = Path.of(args.get(1));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("bordspiegel.demo.enabled=false", "spring.main.banner-mode=off")
                .run()) {
            HistoryExporter exporter = context.getBean(HistoryExporter.class);
            List<Long> schools = exporter.schoolIds();
            for (long school : schools) {
                Path file = schools.size() == 1 ? out : numbered(out, school);
                try (OutputStream stream = Files.newOutputStream(file)) {
                    HistoryWriter.write(exporter.export(school), stream);
                }
                System.err.println("export: wrote " + file);
            }
            return AnalyzeCommand.OK;
        } catch (IOException e) {
            System.err.println("export: cannot write " + out + ": " + e.getMessage());
            return AnalyzeCommand.BAD_INPUT;
        }
    }

    static Path numbered(Path file, long school) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot < 0 ? name + "-" + school : name.substring(0, dot) + "-" + school + name.substring(dot);
        return file.resolveSibling(numbered);
    }
}
