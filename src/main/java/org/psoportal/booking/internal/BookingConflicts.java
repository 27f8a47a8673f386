package org.psoportal.booking.internal;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import org.psoportal.shared.ConcurrentChangeException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Turns the ways MariaDB says "someone else got there first" into one clear message: deadlock (1213), lock wait
 * timeout (1205), duplicate key (1062), record changed (1020), and Spring's exceptions for them (optimistic lock
 * failures included). Anything else passes unchanged.
 */
public final class BookingConflicts {

    static final String JUST_TAKEN = "booking.justTaken";
    private static final Set<Integer> CONFLICT_CODES = Set.of(1213, 1205, 1062, 1020);

    private BookingConflicts() {}

    static <T> T run(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (isConflict(e)) {
                throw new ConcurrentChangeException(JUST_TAKEN);
            }
            throw e;
        }
    }

    /** True for the "just taken" refusal made here of a database conflict (the views offer another time then). */
    public static boolean isJustTaken(Throwable e) {
        return e instanceof ConcurrentChangeException c && JUST_TAKEN.equals(c.messageKey());
    }

    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyFailureException
                    || t instanceof DuplicateKeyException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql && CONFLICT_CODES.contains(sql.getErrorCode())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
