package nl.bordspiegel.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Durability: the application writes to a board in a loop and is killed with SIGKILL (kill -9)
 * at a random moment, {@value #CYCLES} times on the same H2 data folder; after each kill the
 * database is opened again and every write that had been confirmed must be there. Prints
 * {@code DURABILITY cycles=... confirmed=... lost=...}; fails when anything confirmed was lost.
 * The app runs from the packaged jar (production mode), with this test's writer added to its
 * class path. Excluded from normal runs (about 10 minutes on 2 cores). Run it with
 * {@code ./mvnw -B -q package -DskipTests && ./mvnw -B test -Dtest=DurabilityBenchmark -Dsurefire.excludes=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DurabilityBenchmark {

    static final int CYCLES = 20;
    private static final Path JAR = Path.of("target", "bordspiegel.jar");
    private static final long SEED = 16;

    @Test
    void confirmedWritesSurviveKillMinusNine() throws Exception {
        assertThat(JAR).as("build the jar first: ./mvnw package -DskipTests").exists();
        Path data = Files.createTempDirectory("bordspiegel-durability");
        Random random = new Random(SEED);
        long confirmedTotal = 0;
        long lostTotal = 0;
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            String run = "c" + cycle;
            List<String> confirmed = killDuringWrites(data, run, 100 + random.nextInt(1400));
            Set<String> present = stored(data, run);
            long lost = confirmed.stream().filter(text -> !present.contains(text)).count();
            System.out.printf("DURABILITY cycle=%d confirmed=%d lost=%d%n", cycle, confirmed.size(), lost);
            confirmedTotal += confirmed.size();
            lostTotal += lost;
        }
        System.out.printf("DURABILITY cycles=%d confirmed=%d lost=%d (H2, kill -9)%n", CYCLES, confirmedTotal, lostTotal);
        assertThat(confirmedTotal).isPositive();
        assertThat(lostTotal).isZero();
    }

    /** Starts the writer on the data folder, lets it write for a while after it is ready, then SIGKILL. */
    private static List<String> killDuringWrites(Path data, String run, int writeMillis) throws Exception {
        // Spring Boot's PropertiesLauncher: the jar as it ships, plus the writer from the test classes.
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR.toAbsolutePath().toString(),
                "-Dloader.path=" + Path.of("target", "test-classes").toAbsolutePath(),
                "-Dloader.main=" + DurabilityWriter.class.getName(),
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                data.toAbsolutePath().toString(), run).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> confirmed = new CopyOnWriteArrayList<>();
        CountDownLatch writing = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("CONFIRMED ")) {
                        confirmed.add(line.substring("CONFIRMED ".length()));
                        writing.countDown();
                    }
                }
            } catch (java.io.IOException killed) {
                // The process died: what it confirmed so far is what counts.
            }
        });
        reader.start();
        assertThat(writing.await(3, TimeUnit.MINUTES)).as("the app started writing").isTrue();
        Thread.sleep(writeMillis);
        // destroyForcibly is SIGKILL on Linux: no shutdown hook, no flush, like kill -9.
        app.destroyForcibly().waitFor();
        reader.join();
        return confirmed;
    }

    private static Set<String> stored(Path data, String run) throws Exception {
        Set<String> texts = new HashSet<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath()
                + "/bordspiegel;AUTO_SERVER=TRUE;IFEXISTS=TRUE", "sa", "");
             PreparedStatement query = db.prepareStatement("select text from success where text like ?")) {
            query.setString(1, "duurzaam " + run + "-%");
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    texts.add(rs.getString(1));
                }
            }
        }
        return texts;
    }
}
