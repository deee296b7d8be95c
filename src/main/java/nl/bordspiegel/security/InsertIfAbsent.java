package nl.bordspiegel.security;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An insert that another node may have made first: a duplicate key means "already there",
 * not an error. H2 and PostgreSQL share no upsert syntax, and on PostgreSQL a failed
 * statement spoils the whole transaction, so inside one the insert runs behind a savepoint.
 */
final class InsertIfAbsent {

    /** SQL standard state for a unique or primary key violation (H2 and PostgreSQL). */
    private static final String DUPLICATE_KEY = "23505";

    private InsertIfAbsent() {
    }

    /** True when this call inserted the row, false when it was there already. */
    static boolean insert(JdbcTemplate jdbc, String sql, Object... args) {
        Boolean inserted = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
            Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                statement.executeUpdate();
                if (savepoint != null) {
                    connection.releaseSavepoint(savepoint);
                }
                return true;
            } catch (SQLException e) {
                if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw e;
                }
                if (savepoint != null) {
                    connection.rollback(savepoint);
                }
                return false;
            }
        });
        return Boolean.TRUE.equals(inserted);
    }
}
