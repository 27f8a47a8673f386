package org.psoportal.booking;

import static org.psoportal.shared.db.SqlParams.PROJECT_FILTER;
import static org.psoportal.shared.db.SqlParams.project;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.psoportal.booking.BookingFigureRows.BookedHours;
import org.psoportal.booking.BookingFigureRows.BookingRow;
import org.psoportal.booking.BookingFigureRows.ProjectHours;
import org.psoportal.booking.BookingFigureRows.UnmetDemand;
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
 * Read-only: the caller's transaction gives one snapshot across figures.
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
     * Hours each expert is booked for in the weeks between consecutive boundaries (UTC instants of Monday 00:00 in
     * the portal's zone; {@code firstMonday} is the first of those Mondays), only experts and weeks with bookings. The
     * dashboard sets them beside the experts' available hours ({@code ExpertCapacityQueries}).
     */
    public List<BookedHours> bookedHoursPerExpertAndWeek(LocalDate firstMonday, List<LocalDateTime> boundariesUtc) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String weeks = SqlParams.periods(params, boundariesUtc);
        String sql = """
                SELECT b.expert_id, w.seq, SUM(GREATEST(0, TIMESTAMPDIFF(SECOND,
                         GREATEST(b.start_at, w.start_at), LEAST(b.end_at, w.end_at)))) AS booked
                FROM """ + weeks + """
                 w JOIN booking b ON b.start_at < w.end_at AND b.end_at > w.start_at
                                 AND b.start_at > w.start_at - INTERVAL 2 DAY
                WHERE""" + HOLDING + """
                GROUP BY b.expert_id, w.seq""";
        return jdbc.query(
                sql,
                params,
                (rs, i) ->
                        new BookedHours(rs.getLong(1), firstMonday.plusWeeks(rs.getInt(2)), rs.getDouble(3) / 3600.0));
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
