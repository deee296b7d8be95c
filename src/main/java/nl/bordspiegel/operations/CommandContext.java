package nl.bordspiegel.operations;

import java.time.Clock;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

import nl.bordspiegel.history.HistoryExporter;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.history.SchoolPart;
import nl.bordspiegel.security.SetupLinks;
import nl.bordspiegel.shared.SchoolZone;

/**
 * Just the database, the school file's importer and exporter (with each module's part of
 * the file) and the setup links,
 * configured like the web app (same properties, profiles and environment variables): a
 * command needs neither the web server nor Vaadin nor sign-in.
 */
// Not a @Configuration: the web app's component scan must not pick it up (its clock would clash).
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class})
@ComponentScan(basePackages = "nl.bordspiegel", useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = {HistoryExporter.class, HistoryImporter.class, SchoolPart.class}))
@Import(SetupLinks.class)
class CommandContext {

    @Bean
    Clock clock() {
        return SchoolZone.clockFromEnvironment();
    }
}
