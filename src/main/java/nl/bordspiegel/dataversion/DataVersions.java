package nl.bordspiegel.dataversion;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data version of each school. A change bumps it inside its own transaction, so the new
 * number becomes visible together with the new data (and not at all when the change rolls
 * back); readers on any node see the same number. Bookkeeping for services that made their
 * own checks, not a door of the product: hence a component, not a {@code @Service}.
 */
@Component
public class DataVersions {

    private final JdbcTemplate jdbc;
    /** The first row of a school is written on its own, so that two first changes racing cannot fail a change. */
    private final TransactionTemplate ownTransaction;

    DataVersions(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The school's current version: 0 until its first change. */
    @Transactional(readOnly = true)
    public long of(long schoolId) {
        return jdbc.query("select version from data_version where school_id = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L, schoolId);
    }

    /** Counts one change of the school's data, in the caller's transaction. */
    @Transactional
    public void bump(long schoolId) {
        if (jdbc.update("update data_version set version = version + 1 where school_id = ?", schoolId) == 0) {
            createRow(schoolId);
            jdbc.update("update data_version set version = version + 1 where school_id = ?", schoolId);
        }
    }

    private void createRow(long schoolId) {
        try {
            ownTransaction.executeWithoutResult(
                    status -> jdbc.update("insert into data_version (school_id, version) values (?, 0)", schoolId));
        } catch (DuplicateKeyException raced) {
            // Another change made the row first: the update that follows counts this one.
        }
    }
}
