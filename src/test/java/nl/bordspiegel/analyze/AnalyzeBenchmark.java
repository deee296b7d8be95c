package nl.bordspiegel.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bordspiegel.Application;
import nl.bordspiegel.history.HistoryWriter;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.leadership.LeaderBehaviour;
import nl.bordspiegel.leadership.SyntheticSchool;

/**
 * How long {@code analyze} takes on a school of 30 teams over 3 years: as a fresh JVM (what a
 * user waits for) and warm in-process. A report, not a test with a time limit. Run with
 * {@code ./mvnw -q test -Dtest=AnalyzeBenchmark}.
 */
class AnalyzeBenchmark {

    private static final int RUNS = 5;
    private static final Path JAR = Path.of("target/bordspiegel.jar");

    @TempDir
    Path dir;

    @Test
    void analyzeThirtyTeamsOverThreeYears() throws Exception {
        SyntheticSchool school = SyntheticSchool.of(2026, 30, 3)
                .leader("k1", LeaderBehaviour.keyplayer())
                .leader("t1", LeaderBehaviour.teamplayer())
                .leader("f1", LeaderBehaviour.facilitator());
        SchoolHistory history = school.build();
        Path file = dir.resolve("school.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            HistoryWriter.write(history, out);
        }
        List<String> args = List.of(file.toString(), "--at", school.end().toString());

        List<String> classes = List.of("-cp", System.getProperty("java.class.path"), Application.class.getName());
        List<Long> freshJvm = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            freshJvm.add(timeFreshJvm(classes, args));
        }
        // The packaged jar, as a user runs it, when `./mvnw package` has made one.
        List<Long> jar = new ArrayList<>();
        if (Files.exists(JAR)) {
            for (int run = 0; run < RUNS; run++) {
                jar.add(timeFreshJvm(List.of("-jar", JAR.toString()), args));
            }
        }
        List<Long> warm = new ArrayList<>();
        for (int run = 0; run < RUNS * 2; run++) {
            long start = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = AnalyzeCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                    school.end());
            assertThat(status).isZero();
            warm.add((System.nanoTime() - start) / 1_000_000);
        }

        System.out.printf("analyze benchmark: %d teams x %d years, %d sessions, %d people, file %d KiB%n",
                30, 3, history.sessions().size(), history.people().size(), Files.size(file) / 1024);
        System.out.printf("  fresh JVM (java -cp ... analyze): median %d ms, runs %s%n", median(freshJvm), freshJvm);
        if (!jar.isEmpty()) {
            System.out.printf("  java -jar target/bordspiegel.jar analyze: median %d ms, runs %s%n", median(jar), jar);
        }
        System.out.printf("  warm, in-process:                 median %d ms, runs %s%n", median(warm), warm);
    }

    /**
     * The big school against the demo school, warm and in-process, as a ratio: how the inference
     * grows with a school's size and age (issue 13). The demo file is the one the app imports.
     */
    @Test
    void analyzeTheBigSchoolAgainstTheDemoSchool() throws Exception {
        SyntheticSchool big = SyntheticSchool.of(2026, 30, 3)
                .leader("k1", LeaderBehaviour.keyplayer())
                .leader("t1", LeaderBehaviour.teamplayer())
                .leader("f1", LeaderBehaviour.facilitator());
        Path bigFile = dir.resolve("big.json");
        try (OutputStream out = Files.newOutputStream(bigFile)) {
            HistoryWriter.write(big.build(), out);
        }
        Path demoFile = Path.of("src/main/resources/demo/demo-school.json");
        // At the demo's own last week, as the app shows it (it moves the demo's dates to last week).
        java.time.LocalDate demoEnd;
        try (var reader = Files.newBufferedReader(demoFile)) {
            demoEnd = nl.bordspiegel.history.HistoryReader.read(reader).sessions().stream()
                    .map(SchoolHistory.Session::date).max(java.time.LocalDate::compareTo).orElseThrow();
        }
        long demo = warmMedian(List.of(demoFile.toString(), "--at", demoEnd.toString()), demoEnd);
        long bigMedian = warmMedian(List.of(bigFile.toString(), "--at", big.end().toString()), big.end());
        System.out.printf("BENCHMARK analyze (%d cores): demo school median %d ms, 30 teams x 3 years median %d ms,"
                + " ratio %.1f%n", Runtime.getRuntime().availableProcessors(), demo, bigMedian,
                (double) bigMedian / Math.max(1, demo));
    }

    private static long warmMedian(List<String> args, java.time.LocalDate today) {
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < RUNS * 4; run++) {
            long start = System.nanoTime();
            int status = AnalyzeCommand.run(args, new PrintStream(new ByteArrayOutputStream(), true,
                    StandardCharsets.UTF_8), System.err, today);
            assertThat(status).isZero();
            // The first runs warm the JIT up; the median of the rest is the figure.
            if (run >= RUNS) {
                times.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        return median(times);
    }

    private static long timeFreshJvm(List<String> launch, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(launch);
        command.add(AnalyzeCommand.NAME);
        command.addAll(args);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor()).as(new String(output, StandardCharsets.UTF_8)).isZero();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
