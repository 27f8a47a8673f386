package org.psoportal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The shapes an unreachable database takes (seen in DatabaseOutageIT's logs) are recognised; other errors not. */
class DatabaseUnavailableTest {

    @Test
    void recognisesTheShapesOfAnUnreachableDatabase() {
        var poolTimeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException(
                        "Could not open JPA EntityManager",
                        new JDBCConnectionException("Unable to acquire JDBC Connection", poolTimeout))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new DataAccessResourceFailureException(
                        "Socket error", new SQLNonTransientConnectionException("(conn=4) Socket error", "08000"))))
                .isTrue();
        // A rollback on a connection that died with the server: Hikari's "Connection is closed" (SQLSTATE 08003).
        assertThat(DatabaseUnavailable.isCause(new JpaSystemException(new RuntimeException(
                        "Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed", "08003")))))
                .isTrue();
        // The same without a SQLSTATE (Hikari's closed proxy), as Hibernate reports it.
        assertThat(DatabaseUnavailable.isCause(new JpaSystemException(new org.hibernate.TransactionException(
                        "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))))
                .isTrue();
        // A view whose constructor needed the database.
        assertThat(DatabaseUnavailable.isCause(new BeanCreationException(
                        "BoardView",
                        new CannotCreateTransactionException("Could not open JPA EntityManager", poolTimeout))))
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNotMistakenForAnOutage() {
        assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException(
                        "duplicate", new SQLException("Duplicate entry", "23000", 1062))))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("boom")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(null)).isFalse();
    }
}
