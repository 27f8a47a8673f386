package org.psoportal.booking.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.psoportal.reminders.ReminderSource;
import org.psoportal.reminders.UpcomingAppointment;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bookings the reminders module reminds of: those that hold time (requested or confirmed; never cancelled or
 * declined) starting in the range, each twice, for the booker (linking to "My bookings") and for the expert (linking
 * to "My schedule"). Asked by the reminder scheduler, which runs with nobody signed in, hence no access rule here and
 * one query that reads the names from the people master data itself.
 */
@Component
class BookingReminders implements ReminderSource {

    static final String KIND = "booking";

    private static final String STARTING_BETWEEN = """
            SELECT b.id, b.expert_id, b.booked_by_id, b.start_at, b.topic,
                   e.full_name AS expert_name, k.full_name AS booker_name
            FROM booking b
              JOIN person e ON e.id = b.expert_id
              JOIN person k ON k.id = b.booked_by_id
            WHERE b.start_at >= :from AND b.start_at < :to AND b.status\s""" + BookingStatus.HOLDING_TIME_SQL;

    private final NamedParameterJdbcTemplate jdbc;

    BookingReminders(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UpcomingAppointment> startingBetween(Instant from, Instant to) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .addValue("to", LocalDateTime.ofInstant(to, ZoneOffset.UTC));
        return jdbc
                .query(STARTING_BETWEEN, params, (rs, i) -> {
                    long id = rs.getLong("id");
                    Instant start =
                            rs.getObject("start_at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    String topic = rs.getString("topic");
                    return Stream.of(
                            new UpcomingAppointment(
                                    KIND,
                                    id,
                                    rs.getLong("booked_by_id"),
                                    start,
                                    title(topic, rs.getString("expert_name")),
                                    "my-bookings"),
                            new UpcomingAppointment(
                                    KIND,
                                    id,
                                    rs.getLong("expert_id"),
                                    start,
                                    title(topic, rs.getString("booker_name")),
                                    "schedule"));
                })
                .stream()
                .flatMap(s -> s)
                .toList();
    }

    /** "'CRM import' with Ann Expert": the topic and the other party, as the reminder names the booking. */
    static String title(String topic, String otherParty) {
        return "'" + topic + "' with " + otherParty;
    }
}
