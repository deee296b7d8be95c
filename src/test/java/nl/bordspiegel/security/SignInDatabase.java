package nl.bordspiegel.security;

import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** A fresh in-memory H2 database holding the tables of the security migration for the cluster, as Flyway creates them. */
final class SignInDatabase {

    private SignInDatabase() {
    }

    static JdbcTemplate fresh() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:sign-in-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V150__cluster_sign_in_state.sql"))
                .execute(dataSource);
        return new JdbcTemplate(dataSource);
    }
}
