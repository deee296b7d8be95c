package nl.bordspiegel.operations;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.bordspiegel.Application;
import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.security.SignedInUser;

/**
 * The application (run from the packaged jar) on a data folder, adding successes to a board as fast as it can and
 * printing {@code CONFIRMED <text>} once each write's transaction has returned: what a
 * screen shows as saved. {@link DurabilityBenchmark} kills it with SIGKILL mid-loop.
 */
public final class DurabilityWriter {

    private DurabilityWriter() {
    }

    public static void main(String[] args) {
        String dataDir = args[0];
        String run = args[1];
        List<String> settings = new ArrayList<>(List.of("--bordspiegel.data-dir=" + dataDir,
                "--bordspiegel.demo.enabled=true", "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        // Optional: a PostgreSQL database (url, user, password) instead of H2 in the data folder.
        if (args.length == 5) {
            settings.addAll(List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + args[2],
                    "--spring.datasource.username=" + args[3], "--spring.datasource.password=" + args[4]));
        }
        // The whole web app, as the packaged jar runs it (the benchmark starts it from the jar).
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .run(settings.toArray(String[]::new));
        SignedInUser teacher = TestSchools.signIn(context, DemoLogins.TEACHER);
        long team = context.getBean(SchoolDirectory.class).myTeams().get(0).id();
        BoardService board = context.getBean(BoardService.class);
        System.out.println("READY");
        for (int i = 0; ; i++) {
            String text = "duurzaam " + run + "-" + i;
            board.addSuccess(team, teacher.personId(), text);
            System.out.println("CONFIRMED " + text);
        }
    }
}
