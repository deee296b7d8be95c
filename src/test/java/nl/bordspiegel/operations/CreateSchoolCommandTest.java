package nl.bordspiegel.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform administrator adds schools to one deployment; each gets its own first admin. */
class CreateSchoolCommandTest {

    @TempDir
    Path data;

    @Test
    void aSecondSchoolJoinsTheFirstWithAnAdminOfItsOwn() throws Exception {
        assertThat(run(CreateAdminCommand::run, "--school", "OBS De Linde", "--name", "Ingrid Post",
                "--email", "ingrid@linde.nl").status()).isEqualTo(Commands.OK);

        Run second = run(CreateSchoolCommand::run, "--school", "CBS De Regenboog", "--name", "Ahmed Yilmaz",
                "--email", "ahmed@regenboog.nl", "--sector", "po");

        assertThat(second.status()).isEqualTo(Commands.OK);
        assertThat(second.out().strip()).matches("http://localhost:8080/wachtwoord-instellen/[A-Za-z0-9_-]{43}");
        assertThat(second.err()).startsWith("create-school: created \"CBS De Regenboog\"");
        assertThat(OperatorCommandsTest.query(data, "select s.name, p.email, p.password_hash, r.role from person p join school s on s.id = p.school_id"
                + " join person_role r on r.person_id = p.id order by s.id")).containsExactly(
                "OBS De Linde|ingrid@linde.nl|null|ADMIN", "CBS De Regenboog|ahmed@regenboog.nl|null|ADMIN");
    }

    @Test
    void badInputNamesTheCommandAndCreatesNothing() {
        Run refused = run(CreateSchoolCommand::run, "--school", "CBS", "--name", "Ahmed", "--email", "geen-adres");
        Run missing = run(CreateSchoolCommand::run, "--school", "CBS", "--name", "Ahmed");

        assertThat(refused.status()).isEqualTo(Commands.BAD_INPUT);
        assertThat(refused.err()).startsWith("create-school: ");
        assertThat(missing.err()).contains("missing --email").contains("usage: java -jar bordspiegel.jar create-school");
        assertThat(data.resolve("bordspiegel.mv.db")).doesNotExist();
    }

    private interface Command {
        int run(List<String> args, PrintStream out, PrintStream err);
    }

    private record Run(int status, String out, String err) {
    }

    private Run run(Command command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--bordspiegel.data-dir=" + data.toAbsolutePath());
        int status = command.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
