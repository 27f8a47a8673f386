package org.psoportal.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liquibase, one portal instance at a time. Liquibase's own lock lives in a table (DATABASECHANGELOGLOCK) that the
 * first run must create; two instances starting together against an empty database both try to create it (and
 * DATABASECHANGELOG) and one of them can fail. A MariaDB named lock needs no table: each instance takes
 * {@value #LOCK_NAME} on a connection of its own, runs Liquibase, and releases it. The second instance then finds
 * the schema up to date and applies nothing. The server drops the lock by itself if an instance dies meanwhile.
 * The lock connection comes from the same pool as Liquibase's, so the pool needs at least two connections.
 */
public class SerialisedSpringLiquibase extends SpringLiquibase {

    static final String LOCK_NAME = "pso_portal_schema";

    private static final Logger log = LoggerFactory.getLogger(SerialisedSpringLiquibase.class);

    private final Duration maxWait;

    public SerialisedSpringLiquibase(Duration maxWait) {
        this.maxWait = maxWait;
    }

    @Override
    public void afterPropertiesSet() throws LiquibaseException {
        try (Connection lockConnection = getDataSource().getConnection()) {
            acquire(lockConnection);
            try {
                super.afterPropertiesSet();
            } finally {
                release(lockConnection);
            }
        } catch (SQLException e) {
            throw new LiquibaseException("Cannot take or give back the schema migration lock " + LOCK_NAME, e);
        }
    }

    /**
     * The changesets of this build's changelog that the database has not applied yet, read with the very
     * configuration the migration uses (the readiness check "schema", {@link SchemaHealthIndicator}).
     */
    @SuppressWarnings("deprecation") // the Liquibase facade is how 4.x lists unrun changesets
    List<ChangeSet> unrunChangeSets() throws SQLException, LiquibaseException {
        try (Connection connection = getDataSource().getConnection();
                Liquibase liquibase = createLiquibase(connection)) {
            return liquibase.listUnrunChangeSets(new Contexts(getContexts()), new LabelExpression(getLabelFilter()));
        } catch (Exception e) {
            if (e instanceof SQLException sql) {
                throw sql;
            }
            throw e instanceof LiquibaseException l ? l : new LiquibaseException(e);
        }
    }

    private void acquire(Connection connection) throws SQLException, LiquibaseException {
        long started = System.nanoTime();
        try (PreparedStatement s = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            s.setString(1, LOCK_NAME);
            s.setLong(2, maxWait.toSeconds());
            try (ResultSet rs = s.executeQuery()) {
                // 1 = ours; 0 = another instance held it for the whole wait; NULL = an error.
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new LiquibaseException("Another portal instance has been migrating the schema for more than "
                            + maxWait.toSeconds() + " s (lock " + LOCK_NAME + "); not starting.");
                }
            }
        }
        long waitedMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
        if (waitedMs > 100) {
            log.info("Waited {} ms for another instance to finish the schema migration", waitedMs);
        }
    }

    private static void release(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            s.setString(1, LOCK_NAME);
            s.executeQuery().close();
        }
    }
}
