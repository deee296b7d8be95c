package nl.bordspiegel.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bordspiegel.history.HistoryReader;
import nl.bordspiegel.historymodel.SchoolHistory;

/**
 * The operator's commands, each run as from the jar against an H2 folder of its own: what
 * an IT colleague sees (exit status, output) and what is left on disk.
 */
class OperatorCommandsTest {

    @TempDir
    Path temp;

    @Test
    void backupOfAnEmptyFolderFailsAndCreatesNoDatabaseAndNoFile() {
        Path data = temp.resolve("leeg");
        Path out = temp.resolve("backup.json");

        Run backup = run("backup", "--out", out.toString(), dataDir(data));

        assertThat(backup.status()).isEqualTo(Commands.BAD_INPUT);
        assertThat(backup.err()).contains("cannot open the database").contains("nothing written");
        assertThat(out).doesNotExist();
        assertThat(data.resolve("bordspiegel.mv.db")).doesNotExist();
    }

    @Test
    void createAdminMakesTheFirstAdminWithALinkAndNoPassword() throws Exception {
        Path data = temp.resolve("nieuw");

        Run created = run("create-admin", "--school", "OBS De Linde", "--name", "Ingrid Post",
                "--email", "Ingrid@Linde.nl", dataDir(data));

        assertThat(created.status()).isEqualTo(Commands.OK);
        assertThat(created.out().strip()).matches("http://localhost:8080/wachtwoord-instellen/[A-Za-z0-9_-]{43}");
        assertThat(query(data, "select email, password_hash from person")).containsExactly("ingrid@linde.nl|null");
        assertThat(query(data, "select role from person_role")).containsExactly("ADMIN");

        Run again = run("create-admin", "--school", "Andere school", "--name", "Iemand", "--email", "iemand@x.nl",
                dataDir(data));
        assertThat(again.status()).isEqualTo(Commands.BAD_INPUT);
        assertThat(again.err()).contains("already holds a school");
        assertThat(query(data, "select count(*) from school")).containsExactly("1");
    }

    @Test
    void createAdminRefusesABadAddressBeforeTouchingTheDatabase() {
        Path data = temp.resolve("fout");

        Run refused = run("create-admin", "--school", "OBS", "--name", "Ingrid", "--email", "geen-adres", dataDir(data));

        assertThat(refused.status()).isEqualTo(Commands.BAD_INPUT);
        assertThat(data).doesNotExist();
    }

    @Test
    void backupThenRestoreIntoAnEmptyFolderGivesTheSameSchoolWithItsDates() throws Exception {
        Path original = temp.resolve("demo.json");
        try (InputStream demo = getClass().getResourceAsStream("/demo/demo-school.json")) {
            Files.copy(demo, original);
        }
        Path first = temp.resolve("eerste");
        assertThat(run("restore", original.toString(), dataDir(first)).status()).isEqualTo(Commands.OK);
        Path backup = temp.resolve("backup.json");
        assertThat(run("backup", "--out", backup.toString(), dataDir(first)).status()).isEqualTo(Commands.OK);

        Path second = temp.resolve("tweede");
        Run restored = run("restore", backup.toString(), dataDir(second));
        Path again = temp.resolve("opnieuw.json");
        assertThat(run("backup", "--out", again.toString(), dataDir(second)).status()).isEqualTo(Commands.OK);

        assertThat(restored.status()).isEqualTo(Commands.OK);
        assertThat(Files.readString(again)).isEqualTo(Files.readString(backup));
        SchoolHistory demo = HistoryReader.read(original);
        SchoolHistory back = HistoryReader.read(again);
        assertThat(back.sessions()).hasSameSizeAs(demo.sessions());
        assertThat(back.people()).hasSameSizeAs(demo.people());
        assertThat(back.sessions().stream().map(SchoolHistory.Session::date).sorted().toList())
                .isEqualTo(demo.sessions().stream().map(SchoolHistory.Session::date).sorted().toList());
        // Everyone gets a one-time link; nobody has a password, known or otherwise.
        assertThat(restored.out().lines().skip(1)).hasSize(demo.people().size())
                .allMatch(line -> line.contains("/wachtwoord-instellen/"));
        assertThat(query(second, "select count(*) from person where password_hash is not null")).containsExactly("0");
    }

    @Test
    void restoreRefusesABadFileNamingThePlaceAndCreatesNothing() throws Exception {
        Path file = temp.resolve("kapot.json");
        Files.writeString(file, "{ \"format\": \"school-history/1\", \"school\": { \"name\": \"X\" ");
        Path data = temp.resolve("niets");

        Run refused = run("restore", file.toString(), dataDir(data));

        assertThat(refused.status()).isEqualTo(Commands.BAD_INPUT);
        assertThat(refused.err()).contains("line 1").contains("nothing restored");
        assertThat(data).doesNotExist();
    }

    @Test
    void restoreRefusesADatabaseThatAlreadyHoldsASchool() {
        Path data = temp.resolve("bezet");
        run("create-admin", "--school", "OBS", "--name", "Ingrid Post", "--email", "ingrid@obs.nl", dataDir(data));
        Path file = temp.resolve("demo.json");

        Run refused = run("restore", resourceCopy(file), dataDir(data));

        assertThat(refused.status()).isEqualTo(Commands.BAD_INPUT);
        assertThat(refused.err()).contains("already holds a school");
    }

    @Test
    void backupWorksWhileTheAppHoldsTheDatabase() throws Exception {
        Path data = temp.resolve("draait");
        run("create-admin", "--school", "OBS", "--name", "Ingrid Post", "--email", "ingrid@obs.nl", dataDir(data));
        Path out = temp.resolve("online.json");
        // The running app's connection, opened the way application.properties opens it.
        try (Connection app = DriverManager.getConnection(
                "jdbc:h2:file:" + data.toAbsolutePath() + "/bordspiegel;AUTO_SERVER=TRUE", "sa", "")) {
            Run backup = run("backup", "--out", out.toString(), dataDir(data));

            assertThat(backup.status()).as(backup.err()).isEqualTo(Commands.OK);
            assertThat(app.isValid(1)).isTrue();
        }
        assertThat(HistoryReader.read(out).people()).extracting(SchoolHistory.Person::email).containsExactly("ingrid@obs.nl");
    }

    private String resourceCopy(Path file) {
        try (InputStream demo = getClass().getResourceAsStream("/demo/demo-school.json")) {
            Files.copy(demo, file);
            return file.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String dataDir(Path data) {
        return "--bordspiegel.data-dir=" + data.toAbsolutePath();
    }

    /** The rows of a query on the H2 database in {@code data}, read directly as an operator would: columns joined by "|". */
    static List<String> query(Path data, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + data.toAbsolutePath() + "/bordspiegel;IFEXISTS=TRUE", "sa", "");
             Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getString(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> rest = List.of(args);
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status = switch (command) {
            case "backup" -> BackupCommand.run(command, rest, o, e);
            case "restore" -> RestoreCommand.run(rest, o, e);
            case "create-admin" -> CreateAdminCommand.run(rest, o, e);
            default -> throw new IllegalArgumentException(command);
        };
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
