package nl.bordspiegel.history;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A fresh installation without the demo has nobody who can sign in: the log says how to
 * make the first admin or restore a school, instead of a login page nobody can pass.
 */
@Component
// With the demo on, the demo school is the first school.
@ConditionalOnProperty(name = "bordspiegel.demo.enabled", havingValue = "false", matchIfMissing = true)
class FirstStart implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final HistoryImporter importer;

    FirstStart(HistoryImporter importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!importer.databaseHasSchools()) {
            LOG.warn("No school yet, so nobody can sign in. Make the first admin with"
                    + " `java -jar bordspiegel.jar create-admin --school NAME --name NAME --email EMAIL`,"
                    + " or bring back a school with `java -jar bordspiegel.jar restore FILE` (README, Commands).");
        }
    }
}
