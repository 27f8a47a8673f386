package org.psoportal.booking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
public class BusyTimes {

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

    /**
     * Holds (training sessions, {@code expert_hold}) in the same window, also with a locking read: a session
     * published a moment ago is seen by the next booking's check and the other way round.
     */
    private static final String LOCK_HOLDS = """
            SELECT id, start_at, end_at FROM expert_hold
            WHERE expert_id = ? AND start_at < ? AND end_at > ? AND start_at > ?
            ORDER BY start_at
            FOR UPDATE
            """;

    private static final String HOLDS = """
            SELECT id, start_at, end_at FROM expert_hold
            WHERE expert_id = ? AND start_at < ? AND end_at > ? AND start_at > ?
            ORDER BY start_at
            """;

    /**
     * A booking or a hold that takes the expert's time: its id (to leave out the booking or hold being moved;
     * {@code hold} tells which table the id is of) and its time.
     */
    record Busy(long id, TimeRange time, boolean hold) {

        Busy(long id, TimeRange time) {
            this(id, time, false);
        }
    }

    private final JdbcTemplate jdbc;

    BusyTimes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks and returns the expert's bookings that hold time and the expert's holds that overlap the window (the
     * caller's transaction).
     */
    List<Busy> lockHolding(long expertId, TimeRange window) {
        List<Busy> busy = new ArrayList<>(query(LOCK_HOLDING, false, expertId, window));
        busy.addAll(query(LOCK_HOLDS, true, expertId, window));
        return busy;
    }

    /** The times of {@link #lockHolding}, for {@code booking.ExpertHolds} (a hold checks against both). */
    public List<TimeRange> lockBusy(long expertId, TimeRange window) {
        return lockHolding(expertId, window).stream().map(Busy::time).toList();
    }

    /** The expert's holds that overlap the window, without locking (hints: free slots, the week calendar). */
    List<Busy> holds(long expertId, TimeRange window) {
        return query(HOLDS, true, expertId, window);
    }

    /** A hold with what others see it is for, for the week calendar. */
    record LabelledHold(long id, TimeRange time, String label) {}

    List<LabelledHold> labelledHolds(long expertId, TimeRange window) {
        return jdbc.query(
                """
                SELECT id, start_at, end_at, label FROM expert_hold
                WHERE expert_id = ? AND start_at < ? AND end_at > ? AND start_at > ?
                ORDER BY start_at
                """,
                (rs, row) ->
                        new LabelledHold(rs.getLong(1), new TimeRange(instant(rs, 2), instant(rs, 3)), rs.getString(4)),
                expertId,
                utc(window.end()),
                utc(window.start()),
                utc(window.start().minus(BookingRepository.MAX_SPAN)));
    }

    private List<Busy> query(String sql, boolean hold, long expertId, TimeRange window) {
        return jdbc.query(
                sql,
                (rs, row) -> new Busy(rs.getLong(1), new TimeRange(instant(rs, 2), instant(rs, 3)), hold),
                expertId,
                utc(window.end()),
                utc(window.start()),
                utc(window.start().minus(BookingRepository.MAX_SPAN)));
    }

    /** Times are stored as UTC DATETIMEs (hibernate.jdbc.time_zone=UTC). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
