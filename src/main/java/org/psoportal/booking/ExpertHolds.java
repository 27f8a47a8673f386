package org.psoportal.booking;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.psoportal.booking.internal.BookingRules;
import org.psoportal.booking.internal.BusyTimes;
import org.psoportal.booking.internal.TimeRange;
import org.psoportal.experts.ExpertSchedule;
import org.psoportal.experts.ExpertService;
import org.psoportal.security.Access;
import org.psoportal.shared.SafeText;
import org.psoportal.shared.UserMessageException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An expert's own time taken for something other than a one-to-one booking: a training session holds it here, so it
 * passes the calendar's rules (working hours, time off, the buffer to other bookings and holds) and blocks bookings,
 * all under the same expert lock as a booking ({@link ExpertService#lockForBooking}). The caller owns what the time is
 * for and keeps the hold's id; it checks who may publish (the expert or the head) before asking.
 *
 * <p>Both methods join the caller's transaction (MANDATORY): the hold is made or released together with the
 * caller's own change, or not at all.
 */
@Service
@PreAuthorize(Access.EXPERTS_AND_HEAD)
public class ExpertHolds {

    private final ExpertService experts;
    private final JdbcTemplate jdbc;
    private final BookingRules rules;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final BusyTimes busyTimes;

    ExpertHolds(
            ExpertService experts,
            JdbcTemplate jdbc,
            ZoneId zone,
            Clock clock,
            ApplicationEventPublisher events,
            BusyTimes busyTimes) {
        this.experts = experts;
        this.jdbc = jdbc;
        this.rules = new BookingRules(zone);
        this.clock = clock;
        this.events = events;
        this.busyTimes = busyTimes;
    }

    /**
     * Takes the expert's time from {@code start} to {@code end}, shown to others as {@code label}; returns the hold's
     * id. Refused with the broken rule's message (a {@code UserMessageException}) when the time is not free.
     */
    // A refusal writes nothing: it must not doom the caller's transaction (the caller may try another time).
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = UserMessageException.class)
    public long hold(long expertId, Instant start, Instant end, String label) {
        Objects.requireNonNull(label);
        ExpertSchedule s = experts.lockForBooking(expertId);
        TimeRange time = new TimeRange(start, end);
        List<TimeRange> busy = busyTimes.lockBusy(expertId, rules.window(start, s));
        rules.checkHold(s, clock.instant(), time, busy).ifPresent(e -> {
            throw e;
        });
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement ps = connection.prepareStatement(
                            "INSERT INTO expert_hold (expert_id, start_at, end_at, label, created_at)"
                                    + " VALUES (?, ?, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    ps.setLong(1, expertId);
                    ps.setObject(2, utc(start));
                    ps.setObject(3, utc(end));
                    ps.setString(4, SafeText.singleLine(label));
                    ps.setObject(5, utc(clock.instant()));
                    return ps;
                },
                key);
        events.publishEvent(new BookingsChanged(expertId));
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** Changes what others see a hold is for (a session renamed); its time stays as it is. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void relabel(long expertId, long holdId, String label) {
        jdbc.update(
                "UPDATE expert_hold SET label = ? WHERE id = ? AND expert_id = ?",
                SafeText.singleLine(Objects.requireNonNull(label)),
                holdId,
                expertId);
        events.publishEvent(new BookingsChanged(expertId));
    }

    /** Frees the time of a hold (a session cancelled or moved); nothing happens when it is already gone. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(long expertId, long holdId) {
        experts.lockForBooking(expertId);
        jdbc.update("DELETE FROM expert_hold WHERE id = ? AND expert_id = ?", holdId, expertId);
        events.publishEvent(new BookingsChanged(expertId));
    }

    /** Times are stored as UTC DATETIMEs (hibernate.jdbc.time_zone=UTC). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
