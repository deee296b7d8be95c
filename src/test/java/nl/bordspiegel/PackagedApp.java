package nl.bordspiegel;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

/**
 * The packaged jar ({@code target/bordspiegel.jar}) running as a child process on its own port and
 * data folder, production mode, the clock pinned to the tests' day and ticking, the demo import on;
 * so a benchmark measures only the app's own process, not Playwright's client in the test JVM. The
 * benchmarks that use it run after {@code package} (failsafe does).
 */
public record PackagedApp(Process process, int port) implements AutoCloseable {

    public static final Path JAR = Path.of("target", "bordspiegel.jar").toAbsolutePath();
    /** The journeys' day (application-test.properties), so a school looks as it does in the tests. */
    public static final LocalDateTime TODAY = LocalDateTime.parse("2026-12-09T10:15");

    /**
     * Starts the jar on {@code data} with the JVM options {@code jvmOptions} (blank for none) and the
     * extra {@code arguments}, its output in {@code log}, and waits until it serves the login page. The
     * first start imports the demo into the empty folder; later starts find it there.
     */
    public static PackagedApp start(Path data, Path log, String jvmOptions, List<String> arguments) throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("No " + JAR + ": run the benchmark with verify, after package");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!jvmOptions.isBlank()) {
            command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", JAR.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--bordspiegel.data-dir=" + data, "--bordspiegel.demo.enabled=true",
                "--bordspiegel.clock.pinned=" + TODAY, "--bordspiegel.clock.ticking=true",
                "--bordspiegel.public-url=http://127.0.0.1:" + port + "/"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        PackagedApp app = new PackagedApp(process, port);
        app.awaitLoginPage(log);
        return app;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    public long pid() {
        return process.pid();
    }

    /** Ready when the login page answers; a big school's first import takes a while on a busy machine. */
    private void awaitLoginPage(Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(url("login"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (login.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The app was not ready within 15 minutes; see " + log);
    }

    /** The app imports its demo after it starts to serve pages: waits until the measured team is there and marked demo (so the demo password works). */
    public long importedTeam(Path data, String school) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        while (System.nanoTime() < deadline && process.isAlive()) {
            OptionalLong team = teamId(data, school);
            if (team.isPresent()) {
                return team.getAsLong();
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("No team " + BenchmarkSchools.teamName(school) + " in " + school
                + " within 15 minutes of the start");
    }

    /** The measured team's id, read from the running app's database (H2's AUTO_SERVER lets a second process in). */
    private static OptionalLong teamId(Path data, String school) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data + "/bordspiegel;AUTO_SERVER=TRUE;IFEXISTS=TRUE",
                "sa", "");
             PreparedStatement query = db.prepareStatement("select team.id from team join school on school.id = team.school_id"
                     + " where team.name = ? and school.demo order by team.id desc limit 1")) {
            query.setString(1, BenchmarkSchools.teamName(school));
            try (ResultSet team = query.executeQuery()) {
                return team.next() ? OptionalLong.of(team.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The login form's post, as a browser sends it; the redirect is not followed, so no page (and no UI) is made. */
    public void signInWithoutAPage(BrowserContext browser, String email, String password) {
        APIResponse response = browser.request().post(url("login"), RequestOptions.create().setMaxRedirects(0)
                .setForm(FormData.create().set("username", email).set("password", password)));
        String location = response.headers().getOrDefault("location", "");
        if (response.status() != 302 || location.contains("error")) {
            throw new IllegalStateException(email + " could not sign in: " + response.status() + " " + location);
        }
    }

    /** One of the JDK's diagnostic commands on the app's pid, e.g. {@code GC.run}; its output's lines. */
    public List<String> jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid()), command)
                .redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output.lines().toList();
    }

    /** SIGTERM (the app's graceful shutdown), then SIGKILL if it does not stop. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
