package org.psoportal.booking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The overlap check's locking read, as plain SQL in the caller's transaction: only id, start and end of the
 * expert's bookings that hold time, no entities. Reading them as {@link Booking} entities (the former
 * {@code BookingRepository.lockHolding}) put some 30 entities per booking into Hibernate's session, each copied
 * for dirty checking and checked again at every flush.
 */
@Component
class BusyTimes {

    /**
     * FOR UPDATE: under REPEATABLE READ a plain SELECT could read an old snapshot and miss a booking committed a
     * moment ago; a locking read always sees the latest committed rows. Same range as
     * {@link BookingRepository#holding}: a short range of the (expert_id, start_at, end_at) index.
     */
    private static final String LOCK_HOLDING = """
            SELECT id, start_at, end_at FROM booking
            WHERE expert_id = ? AND status %s
              AND start_at < ? AND end_at > ? AND start_at > ?
            ORDER BY start_at
            FOR UPDATE
            """.formatted(BookingStatus.HOLDING_TIME_SQL);

    /** A booking that holds time: its id (to leave out the booking being moved) and its time. */
    record Busy(long id, TimeRange time) {}

    private final JdbcTemplate jdbc;

    BusyTimes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks and returns the expert's bookings that hold time and overlap the window (the caller's transaction). */
    List<Busy> lockHolding(long expertId, TimeRange window) {
        return jdbc.query(
                LOCK_HOLDING,
                BusyTimes::busy,
                expertId,
                utc(window.end()),
                utc(window.start()),
                utc(window.start().minus(BookingRepository.MAX_SPAN)));
    }

    private static Busy busy(ResultSet rs, int row) throws SQLException {
        return new Busy(rs.getLong(1), new TimeRange(instant(rs, 2), instant(rs, 3)));
    }

    /** Times are stored as UTC DATETIMEs (hibernate.jdbc.time_zone=UTC). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
