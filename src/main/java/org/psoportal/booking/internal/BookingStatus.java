package org.psoportal.booking.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** REQUESTED and CONFIRMED bookings hold the expert's time; DECLINED and CANCELLED free it. */
public enum BookingStatus {
    REQUESTED,
    CONFIRMED,
    DECLINED,
    CANCELLED;

    /** The statuses that hold an expert's time: the one home of that rule, for Java, JPQL and SQL alike. */
    public static final Set<BookingStatus> HOLDING_TIME = Collections.unmodifiableSet(EnumSet.of(REQUESTED, CONFIRMED));

    /**
     * {@code in (...)} of {@link #HOLDING_TIME} as JPQL enum literals, a constant for {@code @Query} texts: bound as
     * a list parameter instead, the set made Hibernate translate every booking query anew on each call.
     * {@code BookingStatusTest} checks that it names exactly {@link #HOLDING_TIME}.
     */
    public static final String HOLDING_TIME_JPQL = "in (org.psoportal.booking.internal.BookingStatus.REQUESTED,"
            + " org.psoportal.booking.internal.BookingStatus.CONFIRMED)";

    /** {@code IN (...)} of {@link #HOLDING_TIME} for SQL over the {@code status} column. */
    public static final String HOLDING_TIME_SQL = sqlIn(HOLDING_TIME);

    /** The translation key of the status's name ("Confirmed"), wherever a booking's status is shown or exported. */
    public String labelKey() {
        return "booking.status." + name();
    }

    public boolean holdsTime() {
        return HOLDING_TIME.contains(this);
    }

    /** {@code IN ('A', 'B')} of the given statuses, for SQL text (enum names only, so nothing to escape). */
    public static String sqlIn(Set<BookingStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "IN (", ")"));
    }
}
