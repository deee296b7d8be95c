package nl.bordspiegel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The PostgreSQL run really runs on PostgreSQL: were the switch lost, it would pass silently on H2. */
@SpringBootTest
@ActiveProfiles("test")
class TestDatabaseTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void testsRunOnTheDatabaseTheRunAsksFor() throws Exception {
        boolean postgres = TestDatabase.POSTGRES.equalsIgnoreCase(System.getProperty(TestDatabase.PROPERTY));
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(postgres ? "PostgreSQL" : "H2");
        }
        if (postgres) {
            assertThat(jdbc.queryForObject("select current_database()", String.class)).startsWith("bordspiegel_test_");
        }
    }
}
