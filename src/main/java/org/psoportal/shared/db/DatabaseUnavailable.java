package org.psoportal.shared.db;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises "the database cannot be reached" among the many shapes it takes on its way up: Hikari's timeout
 * waiting for a connection, the driver's refused or broken connection, Hibernate's and Spring's translations of
 * them. Views show one clear message for all of them (nothing was saved, try again shortly).
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean isCause(Throwable throwable) {
        Throwable current = throwable;
        for (int depth = 0; current != null && depth < 50; depth++) {
            if (current instanceof DataAccessResourceFailureException
                    || current instanceof CannotCreateTransactionException
                    || current instanceof org.hibernate.exception.JDBCConnectionException
                    || current instanceof SQLTransientConnectionException
                    || current instanceof SQLNonTransientConnectionException
                    || current instanceof SQLRecoverableException
                    || isConnectionState(current)
                    || isFailedRollback(current)) {
                return true;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }

    /**
     * A rollback only fails when the connection is gone (the server died under the transaction). Spring then throws
     * Hibernate's "Unable to rollback" instead of the original error, and the cause (Hikari's "Connection is
     * closed") carries no SQLSTATE, so the message is all there is to recognise it by.
     */
    private static boolean isFailedRollback(Throwable t) {
        return t instanceof org.hibernate.TransactionException
                && t.getMessage() != null
                && t.getMessage().startsWith("Unable to rollback")
                && t.getCause() instanceof SQLException;
    }

    /** SQLSTATE class 08 is "connection exception" (refused, broken or closed connections). */
    private static boolean isConnectionState(Throwable t) {
        return t instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("08");
    }
}
