package nl.bordspiegel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A test of what only PostgreSQL has (LISTEN/NOTIFY, Flyway's lock, several nodes on one
 * database): it runs in the PostgreSQL run only, where {@link DatabaseTestsOnly} lets it in,
 * and gets its databases from {@link TestPostgres#server()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfSystemProperty(named = TestDatabase.PROPERTY, matches = TestDatabase.POSTGRES)
public @interface PostgresOnly {
}
