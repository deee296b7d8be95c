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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.TestPostgres;

/**
 * Durability: the application writes to a board in a loop and is killed with SIGKILL (kill -9)
 * at a random moment, {@value #CYCLES} times on the same H2 data folder; after each kill the
 * database is opened again and every write that had been confirmed must be there. Prints
 * {@code DURABILITY cycles=... confirmed=... lost=...}; fails when anything confirmed was lost.
 * The app runs from the packaged jar (production mode), with this test's writer added to its
 * class path. The same loop runs on PostgreSQL. Excluded from normal runs (about 10 minutes per
 * database on 2 cores). Run it with
 * {@code ./mvnw -B -q package -DskipTests && ./mvnw -B test -Dtest=DurabilityBenchmark -Dsurefire.excludes=none -Dsurefire.failIfNoSpecifiedTests=false}
 * (one database: {@code -Dtest='DurabilityBenchmark#confirmedWritesSurviveKillMinusNineOnPostgres'}).
 */
class DurabilityBenchmark {

    static final int CYCLES = 20;
    private static final Path JAR = Path.of("target", "bordspiegel.jar");
    private static final long SEED = 16;

    @Test
    void confirmedWritesSurviveKillMinusNine() throws Exception {
        Path data = Files.createTempDirectory("bordspiegel-durability");
        long lost = killLoop("H2", data, List.of(), () -> DriverManager.getConnection("jdbc:h2:file:"
                + data.toAbsolutePath() + "/bordspiegel;AUTO_SERVER=TRUE;IFEXISTS=TRUE", "sa", ""));
        assertThat(lost).isZero();
    }

    /**
     * The same loop on PostgreSQL (a throwaway Debian cluster, as the PostgreSQL test run makes
     * one; or {@code BORDSPIEGEL_TEST_POSTGRES_URL}): the app is killed, the server keeps running,
     * so this proves that a write is confirmed only once PostgreSQL committed it.
     */
    @Test
    void confirmedWritesSurviveKillMinusNineOnPostgres() throws Exception {
        Path data = Files.createTempDirectory("bordspiegel-durability-pg");
        TestPostgres.Database database = TestPostgres.server().createDatabase();
        long lost = killLoop("PostgreSQL", data, List.of(database.url(), database.user(), database.password()),
                () -> DriverManager.getConnection(database.url(), database.user(), database.password()));
        assertThat(lost).isZero();
    }

    /** {@value #CYCLES} kills at random moments; prints and returns how many confirmed writes were lost. */
    private static long killLoop(String database, Path data, List<String> databaseArgs, Database open)
            throws Exception {
        assertThat(JAR).as("build the jar first: ./mvnw package -DskipTests").exists();
        Random random = new Random(SEED);
        long confirmedTotal = 0;
        long lostTotal = 0;
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            String run = "c" + cycle;
            List<String> confirmed = killDuringWrites(data, run, databaseArgs, 100 + random.nextInt(1400));
            Set<String> present = stored(open, run);
            long lost = confirmed.stream().filter(text -> !present.contains(text)).count();
            System.out.printf("DURABILITY %s cycle=%d confirmed=%d lost=%d%n", database, cycle, confirmed.size(), lost);
            confirmedTotal += confirmed.size();
            lostTotal += lost;
        }
        System.out.printf("DURABILITY cycles=%d confirmed=%d lost=%d (%s, kill -9)%n", CYCLES, confirmedTotal,
                lostTotal, database);
        assertThat(confirmedTotal).isPositive();
        return lostTotal;
    }

    /** Opens the database the writer wrote to, after the writer is dead. */
    private interface Database {
        Connection open() throws java.sql.SQLException;
    }

    /** Starts the writer on the data folder, lets it write for a while after it is ready, then SIGKILL. */
    private static List<String> killDuringWrites(Path data, String run, List<String> databaseArgs, int writeMillis)
            throws Exception {
        // Spring Boot's PropertiesLauncher: the jar as it ships, plus the writer from the test classes.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR.toAbsolutePath().toString(),
                "-Dloader.path=" + Path.of("target", "test-classes").toAbsolutePath(),
                "-Dloader.main=" + DurabilityWriter.class.getName(),
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                data.toAbsolutePath().toString(), run));
        command.addAll(databaseArgs);
        Process app = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
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
        // Generous: on a busy build machine the app alone took over three minutes to start.
        assertThat(writing.await(10, TimeUnit.MINUTES)).as("the app started writing").isTrue();
        Thread.sleep(writeMillis);
        // destroyForcibly is SIGKILL on Linux: no shutdown hook, no flush, like kill -9.
        app.destroyForcibly().waitFor();
        reader.join();
        return confirmed;
    }

    private static Set<String> stored(Database database, String run) throws Exception {
        Set<String> texts = new HashSet<>();
        try (Connection db = database.open();
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
