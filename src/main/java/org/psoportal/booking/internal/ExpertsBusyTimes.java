package org.psoportal.booking.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bookings that hold time, and the holds (training sessions), of many experts at once, in one plain read (expert, start, end; no entities): what
 * "any expert with this skill" needs for every expert's free times and for their booked hours per week, instead of one
 * query (or transaction) per expert. Not locking: the offers are a hint, booking one checks again under the lock.
 */
@Component
class ExpertsBusyTimes {

    private static final String HOLDING = """
            SELECT expert_id, start_at, end_at FROM booking
            WHERE expert_id IN (:experts) AND status %s
              AND start_at < :to AND end_at > :from AND start_at > :earliest
            UNION ALL
            SELECT expert_id, start_at, end_at FROM expert_hold
            WHERE expert_id IN (:experts)
              AND start_at < :to AND end_at > :from AND start_at > :earliest
            ORDER BY 1, 2
            """.formatted(BookingStatus.HOLDING_TIME_SQL);

    private final NamedParameterJdbcTemplate jdbc;

    ExpertsBusyTimes(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each expert's bookings that hold time and overlap [from, to), by expert (experts without any are left out). */
    Map<Long, List<TimeRange>> holding(Collection<Long> expertIds, Instant from, Instant to) {
        Map<Long, List<TimeRange>> out = new HashMap<>();
        if (expertIds.isEmpty()) {
            return out;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("experts", expertIds)
                .addValue("from", utc(from))
                .addValue("to", utc(to))
                .addValue("earliest", utc(from.minus(BookingRepository.MAX_SPAN)));
        jdbc.query(HOLDING, params, rs -> {
            out.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>())
                    .add(new TimeRange(
                            rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
        });
        return out;
    }

    /** Times are stored as UTC DATETIMEs (hibernate.jdbc.time_zone=UTC). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
