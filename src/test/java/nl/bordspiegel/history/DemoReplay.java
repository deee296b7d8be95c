package nl.bordspiegel.history;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;

/** Test access to the demo school's first-start import, to replay it on an emptied database. */
public final class DemoReplay {

    private DemoReplay() {
    }

    public static void importIfEnabled(ApplicationContext context) {
        context.getBeanProvider(DemoSchool.class).ifAvailable(demo -> {
            try {
                demo.run(new DefaultApplicationArguments());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
