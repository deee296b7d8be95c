package nl.bordspiegel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PostgreSQL server of a test JVM, started on first use and gone at exit. Each Spring
 * context asks it for a database of its own ({@link #createDatabase()}), as each gets its own
 * in-memory H2 database in the H2 run.
 * <p>
 * By default it is a throwaway cluster of Debian's PostgreSQL binaries under
 * {@code target/test-postgres}: initdb'd, started on a free loopback port with fsync off, and
 * stopped and deleted at JVM exit. PostgreSQL refuses to run as root, so under root (CI) the
 * binaries run as the {@code postgres} OS user. With {@value #URL_VARIABLE} set, it uses that
 * running server instead and drops the databases it made at exit.
 */
public final class TestPostgres {

    /** A JDBC URL of a database on a running server where the user may CREATE DATABASE. */
    static final String URL_VARIABLE = "BORDSPIEGEL_TEST_POSTGRES_URL";
    static final String USER_VARIABLE = "BORDSPIEGEL_TEST_POSTGRES_USER";
    static final String PASSWORD_VARIABLE = "BORDSPIEGEL_TEST_POSTGRES_PASSWORD";

    private static final Path BINARIES = Path.of("/usr/lib/postgresql");
    private static final String OS_USER = "postgres";
    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");
    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static TestPostgres server;

    /** Where to connect: {@code url} names a database, user and password sign in to it. */
    public record Database(String url, String user, String password) {
    }

    private final Database admin;
    private final List<String> created = new ArrayList<>();

    private TestPostgres(Database admin) {
        this.admin = admin;
    }

    /** The JVM's server: the one in {@value #URL_VARIABLE}, or a local cluster started now. */
    public static synchronized TestPostgres server() {
        if (server == null) {
            String url = System.getenv(URL_VARIABLE);
            server = url == null || url.isBlank() ? LocalCluster.start()
                    : external(new Database(url, System.getenv().getOrDefault(USER_VARIABLE, OS_USER),
                            System.getenv().getOrDefault(PASSWORD_VARIABLE, "")));
        }
        return server;
    }

    private static TestPostgres external(Database admin) {
        TestPostgres external = new TestPostgres(admin);
        Runtime.getRuntime().addShutdownHook(new Thread(external::dropCreated, "drop-test-databases"));
        return external;
    }

    /** A new empty database, named after this JVM so that parallel runs never share one. */
    public synchronized Database createDatabase() {
        String name = "bordspiegel_test_" + PID + "_" + NEXT.incrementAndGet();
        execute("create database " + name);
        created.add(name);
        Matcher url = JDBC_URL.matcher(admin.url());
        if (!url.matches()) {
            throw new IllegalStateException(URL_VARIABLE + " must look like jdbc:postgresql://host:port/database, not "
                    + admin.url());
        }
        return new Database(url.group(1) + name + (url.group(3) == null ? "" : url.group(3)), admin.user(),
                admin.password());
    }

    private synchronized void dropCreated() {
        // FORCE (PostgreSQL 13+): Spring contexts may still hold connections while the JVM exits.
        created.forEach(name -> execute("drop database if exists " + name + " with (force)"));
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the tests at " + admin.url() + ": " + e.getMessage(), e);
        }
    }

    /** A cluster of its own for this JVM, in a directory named after the JVM's process id. */
    private static final class LocalCluster {

        private static final int ATTEMPTS = 3;

        static TestPostgres start() {
            Path bin = binaries();
            boolean root = "root".equals(System.getProperty("user.name"));
            Path data = reachableClusterDirectory(bin, root);
            run(root, "initdb", bin.resolve("initdb").toString(), "-D", data.toString(), "--username=" + OS_USER,
                    "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync");
            int port = startOnFreePort(bin, data, root);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndDelete(bin, data, root), "stop-test-postgres"));
            return new TestPostgres(new Database("jdbc:postgresql://127.0.0.1:" + port + "/postgres", OS_USER, ""));
        }

        /** The newest PostgreSQL installed the Debian way, e.g. /usr/lib/postgresql/15/bin. */
        private static Path binaries() {
            try (Stream<Path> versions = Files.list(BINARIES)) {
                return versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                        .max(Comparator.comparing(bin -> version(bin.getParent().getFileName().toString())))
                        .orElseThrow(LocalCluster::notInstalled);
            } catch (IOException e) {
                throw notInstalled();
            }
        }

        private static int version(String directory) {
            return directory.matches("\\d+") ? Integer.parseInt(directory) : -1;
        }

        private static IllegalStateException notInstalled() {
            return new IllegalStateException("The PostgreSQL test run needs PostgreSQL's binaries in " + BINARIES
                    + "/<version>/bin: run `apt-get install -y postgresql`, or set " + URL_VARIABLE
                    + " to a running server, or leave the PostgreSQL run out with -DskipPostgres");
        }

        private static Path reachableClusterDirectory(Path bin, boolean root) {
            Path data = clusterDirectory(bin, Path.of("target", "test-postgres").toAbsolutePath(), root);
            if (!root || succeeds(true, "test", "-w", data.toString())) {
                return data;
            }
            // The postgres user cannot reach the worktree (one under /root, say): use the temp directory.
            stopAndDelete(bin, data, false);
            return clusterDirectory(bin, Path.of(System.getProperty("java.io.tmpdir"), "bordspiegel-test-postgres"), root);
        }

        private static Path clusterDirectory(Path bin, Path clusters, boolean root) {
            stopLeftovers(bin, clusters, root);
            Path data = clusters.resolve("cluster-" + PID);
            createDirectory(data, root);
            return data;
        }

        /** Clusters whose JVM died without its shutdown hook (killed) are stopped and removed. */
        private static void stopLeftovers(Path bin, Path clusters, boolean root) {
            if (!Files.isDirectory(clusters)) {
                return;
            }
            try (Stream<Path> dirs = Files.list(clusters)) {
                dirs.filter(dir -> dir.getFileName().toString().matches("cluster-\\d+"))
                        .filter(dir -> ProcessHandle.of(Long.parseLong(dir.getFileName().toString().substring(8))).isEmpty())
                        .forEach(dir -> stopAndDelete(bin, dir, root));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void createDirectory(Path data, boolean root) {
            try {
                Files.createDirectories(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (root) {
                run(false, "chown", "chown", OS_USER + ":", data.toString());
            }
        }

        private static int startOnFreePort(Path bin, Path data, boolean root) {
            IllegalStateException last = null;
            // A free port may be taken by someone else before the server binds it: try another.
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                int port = freePort();
                try {
                    run(root, "pg_ctl start", bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                            "-l", data.resolve("server.log").toString(), "-o", "-p " + port
                                    + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                                    + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                                    + " -c max_connections=300", "start");
                    return port;
                } catch (IllegalStateException failed) {
                    last = failed;
                }
            }
            throw last;
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void stopAndDelete(Path bin, Path data, boolean root) {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                // Immediate: the cluster is thrown away. A server that is gone already is no failure.
                succeeds(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
            }
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void run(boolean asPostgres, String what, String... command) {
            List<String> line = commandLine(asPostgres, command);
            try {
                Path output = Files.createTempFile("bordspiegel-test-postgres", ".log");
                try {
                    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile());
                    builder.environment().putAll(Map.of("LC_ALL", "C"));
                    Process process = builder.start();
                    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                        process.destroy();
                        throw new IllegalStateException("Test PostgreSQL: " + what + " failed: " + String.join(" ", line)
                                + "\n" + Files.readString(output));
                    }
                } finally {
                    Files.deleteIfExists(output);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Whether the command succeeds; its output is not needed. */
        private static boolean succeeds(boolean asPostgres, String... command) {
            try {
                Process process = new ProcessBuilder(commandLine(asPostgres, command))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static List<String> commandLine(boolean asPostgres, String... command) {
            List<String> line = new ArrayList<>();
            if (asPostgres) {
                line.addAll(List.of("runuser", "-u", OS_USER, "--"));
            }
            line.addAll(List.of(command));
            return line;
        }
    }
}
