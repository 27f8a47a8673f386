package org.psoportal.booking;

import static org.psoportal.shared.db.SqlParams.PROJECT_FILTER;
import static org.psoportal.shared.db.SqlParams.project;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.psoportal.booking.BookingFigureRows.BookingRow;
import org.psoportal.booking.BookingFigureRows.ProjectHours;
import org.psoportal.booking.BookingFigureRows.UnmetDemand;
import org.psoportal.booking.BookingFigureRows.Utilisation;
import org.psoportal.booking.internal.BookingStatus;
import org.psoportal.security.Access;
import org.psoportal.shared.Count;
import org.psoportal.shared.db.SqlParams;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The booking figures the bookings' owner publishes, for the head's dashboard and everyone's overview: aggregate
 * queries and bounded projections over {@code booking} and {@code booking_refusal}, joining people and projects only
 * for names and codes. Bookings that hold an expert's time are {@link BookingStatus#HOLDING_TIME}; a booking counts
 * with the part of it that lies inside the window, so a booking across a week boundary is split between the weeks.
 * Two queries also read the experts' tables, each saying why. Read-only: the caller's transaction gives one
 * snapshot across figures.
 */
@Service
@PreAuthorize(Access.HEAD_ONLY)
public class BookingFigureQueries {

    private static final String HOLDING = " b.status " + BookingStatus.HOLDING_TIME_SQL + " ";

    /** A request that holds time or was declined was still demand for the skill; only a cancelled one was not. */
    private static final String ASKED_FOR =
            BookingStatus.sqlIn(EnumSet.complementOf(EnumSet.of(BookingStatus.CANCELLED)));

    /**
     * A booking lies inside one day's working hours, so one that ends after :from started less than two days
     * before it. Saying so turns "start_at < :to" (every booking since the beginning) into a short index range.
     */
    private static final String STARTS_NEAR_FROM = " AND b.start_at > :from - INTERVAL 2 DAY ";

    /** The columns of a {@link BookingRow}, with the expert's and booker's names and the project's code. */
    private static final String BOOKING_COLUMNS = """
            SELECT b.id, b.expert_id, e.full_name, p.code, bb.full_name, b.start_at, b.end_at, b.topic, b.status
            FROM booking b JOIN person e ON e.id = b.expert_id JOIN project p ON p.id = b.project_id
            JOIN person bb ON bb.id = b.booked_by_id
            """;

    /** Seconds of a booking inside [:from, :to). */
    private static final String OVERLAP_SECONDS =
            " GREATEST(0, TIMESTAMPDIFF(SECOND, GREATEST(b.start_at, :from), LEAST(b.end_at, :to))) ";

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    BookingFigureQueries(NamedParameterJdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /**
     * Booked and available hours per active expert for the weeks between consecutive boundaries (UTC instants of
     * Monday 00:00 in the portal's zone; {@code firstMonday} is the first of those Mondays).
     * Available = the weekly working hours of each day (ISO weekday 1..7) that is not inside a time-off period.
     *
     * <p>Reads the experts' tables ({@code expert_profile}, {@code expert_working_hours}, {@code expert_time_off})
     * beside the bookings on purpose: one statement computes both sides for every expert and week (500 rows on the
     * large organisation); asking the experts module for each expert's schedule would be a statement per expert or
     * the day arithmetic done again in Java. Booking already depends on experts for schedules.
     */
    public List<Utilisation> utilisation(LocalDate firstMonday, List<LocalDateTime> boundariesUtc) {
        MapSqlParameterSource params = new MapSqlParameterSource("monday", firstMonday);
        String weeks = SqlParams.periods(params, boundariesUtc);
        String sql = """
                SELECT e.person_id, p.full_name, w.seq,
                  COALESCE((SELECT SUM(TIME_TO_SEC(h.end_time) - TIME_TO_SEC(h.start_time))
                            FROM seq_0_to_6 d
                            JOIN expert_working_hours h ON h.expert_id = e.person_id AND h.day_of_week = d.seq + 1
                            WHERE NOT EXISTS (SELECT 1 FROM expert_time_off o
                                  WHERE o.expert_id = e.person_id
                                    AND :monday + INTERVAL (w.seq * 7 + d.seq) DAY BETWEEN o.first_day AND o.last_day)
                  ), 0) AS available,
                  COALESCE((SELECT SUM(GREATEST(0, TIMESTAMPDIFF(SECOND,
                                GREATEST(b.start_at, w.start_at), LEAST(b.end_at, w.end_at))))
                            FROM booking b
                            WHERE b.expert_id = e.person_id AND""" + HOLDING + """
                              AND b.start_at < w.end_at AND b.end_at > w.start_at
                              AND b.start_at > w.start_at - INTERVAL 2 DAY
                  ), 0) AS booked
                FROM expert_profile e JOIN person p ON p.id = e.person_id CROSS JOIN """ + weeks + """
                 w
                WHERE p.active
                ORDER BY p.full_name, e.person_id, w.seq LIMIT 500""";
        return jdbc.query(
                sql,
                params,
                (rs, i) -> new Utilisation(
                        rs.getLong(1),
                        rs.getString(2),
                        firstMonday.plusWeeks(rs.getInt(3)),
                        rs.getDouble(5) / 3600.0,
                        rs.getDouble(4) / 3600.0));
    }

    /** Hours booked per project inside [from, to): the projects' share of expert demand. */
    public List<ProjectHours> bookedHoursPerProject(LocalDateTime fromUtc, LocalDateTime toUtc, Long projectId) {
        return jdbc.query(
                """
                SELECT b.project_id, p.code, SUM(""" + OVERLAP_SECONDS + """
                ) AS secs
                FROM booking b JOIN project p ON p.id = b.project_id, (SELECT :project AS project_id) t
                WHERE""" + HOLDING + " AND b.start_at < :to AND b.end_at > :from " + STARTS_NEAR_FROM
                        + " AND (t.project_id IS NULL OR b.project_id = t.project_id) " + """
                GROUP BY b.project_id, p.code ORDER BY secs DESC, p.code LIMIT 20""",
                window(fromUtc, toUtc, projectId),
                (rs, i) -> new ProjectHours(rs.getLong(1), rs.getString(2), rs.getDouble(3) / 3600.0));
    }

    /**
     * Booking requests starting in [from, to) per skill ({@link #ASKED_FOR}): the skill the booker chose in the
     * booking dialog, never a guess; bookings without one count under an empty key ("not specified").
     */
    public List<Count> requestedSkills(LocalDateTime fromUtc, LocalDateTime toUtc, Long projectId) {
        return jdbc.query(
                """
                SELECT COALESCE(b.skill, '') AS skill, COUNT(*) AS n
                FROM booking b, (SELECT :project AS project_id) t
                WHERE b.status""" + " " + ASKED_FOR + """
                  AND b.start_at >= :from AND b.start_at < :to
                  AND (t.project_id IS NULL OR b.project_id = t.project_id)
                GROUP BY 1 ORDER BY n DESC, skill LIMIT 20""",
                window(fromUtc, toUtc, projectId),
                (rs, i) -> new Count(rs.getString(1), rs.getString(1), rs.getLong(2)));
    }

    /** Refused booking attempts (no free slot within the horizon) in [from, to), per skill and expert. */
    public List<UnmetDemand> unmetDemand(LocalDateTime fromUtc, LocalDateTime toUtc, Long projectId) {
        return jdbc.query(
                """
                SELECT t.skill, t.expert_id, p.full_name, COUNT(*) AS n
                FROM booking_refusal t LEFT JOIN person p ON p.id = t.expert_id
                WHERE t.occurred_at >= :from AND t.occurred_at < :to""" + PROJECT_FILTER + """
                GROUP BY t.skill, t.expert_id, p.full_name ORDER BY n DESC, t.skill, p.full_name LIMIT 20""",
                window(fromUtc, toUtc, projectId),
                (rs, i) ->
                        new UnmetDemand(rs.getString(1), rs.getObject(2, Long.class), rs.getString(3), rs.getLong(4)));
    }

    /** Bookings holding time that overlap [from, to), e.g. today (bounded list, by start). */
    public List<BookingRow> bookingsBetween(LocalDateTime fromUtc, LocalDateTime toUtc, Long projectId) {
        return jdbc.query(
                """
                SELECT b.id, b.expert_id, e.full_name, p.code, bb.full_name, b.start_at, b.end_at, b.topic, b.status
                FROM booking b JOIN person e ON e.id = b.expert_id JOIN project p ON p.id = b.project_id
                JOIN person bb ON bb.id = b.booked_by_id, (SELECT :project AS project_id) t
                WHERE""" + HOLDING + """
                  AND b.start_at < :to AND b.end_at > :from""" + STARTS_NEAR_FROM + """
                  AND (t.project_id IS NULL OR b.project_id = t.project_id)
                ORDER BY b.start_at, b.id LIMIT 50""", window(fromUtc, toUtc, projectId), bookingRow());
    }

    private static MapSqlParameterSource window(LocalDateTime fromUtc, LocalDateTime toUtc, Long projectId) {
        return project(projectId).addValue("from", fromUtc).addValue("to", toUtc);
    }

    /** Bookings someone made that hold time and have not ended yet. */
    @PreAuthorize(Access.SELF_OR_HEAD)
    public List<BookingRow> upcomingBookingsBy(long personId, LocalDateTime nowUtc, int limit) {
        return jdbc.query(
                BOOKING_COLUMNS + """
                WHERE b.booked_by_id = :person AND""" + HOLDING + """
                  AND b.end_at > :now
                ORDER BY b.start_at, b.id LIMIT :limit""",
                new MapSqlParameterSource("person", personId)
                        .addValue("now", nowUtc)
                        .addValue("limit", limit),
                bookingRow());
    }

    /** An expert's bookings that hold time and overlap [from, to). */
    @PreAuthorize(Access.SELF_OR_HEAD)
    public List<BookingRow> expertBookings(long personId, LocalDateTime fromUtc, LocalDateTime toUtc, int limit) {
        return jdbc.query(
                BOOKING_COLUMNS + """
                WHERE b.expert_id = :person AND""" + HOLDING + """
                  AND b.start_at < :to AND b.end_at > :from""" + STARTS_NEAR_FROM + """
                ORDER BY b.start_at, b.id LIMIT :limit""",
                new MapSqlParameterSource("person", personId)
                        .addValue("from", fromUtc)
                        .addValue("to", toUtc)
                        .addValue("limit", limit),
                bookingRow());
    }

    /** Requests to an expert that wait for their approval and have not ended yet. */
    @PreAuthorize(Access.SELF_OR_HEAD)
    public List<BookingRow> awaitingApproval(long personId, LocalDateTime nowUtc, int limit) {
        return jdbc.query(
                BOOKING_COLUMNS + """
                WHERE b.expert_id = :person AND b.status = 'REQUESTED' AND b.end_at > :now
                ORDER BY b.start_at, b.id LIMIT :limit""",
                new MapSqlParameterSource("person", personId)
                        .addValue("now", nowUtc)
                        .addValue("limit", limit),
                bookingRow());
    }

    private RowMapper<BookingRow> bookingRow() {
        return (rs, i) -> new BookingRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                SqlParams.zoned(rs.getObject(6, LocalDateTime.class), zone),
                SqlParams.zoned(rs.getObject(7, LocalDateTime.class), zone),
                rs.getString(8),
                rs.getString(9));
    }
}
