package org.psoportal.shared.db;

import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Shared bits of the figure queries' SQL: the project filter parameter, periods and UTC date-time conversion. */
public final class SqlParams {

    /** Appended to WHERE clauses of queries that honour the project filter (alias t = the filtered table). */
    public static final String PROJECT_FILTER = " AND (:project IS NULL OR t.project_id = :project) ";

    private SqlParams() {}

    public static MapSqlParameterSource project(Long projectId) {
        return new MapSqlParameterSource().addValue("project", projectId, Types.BIGINT);
    }

    /**
     * A derived table {@code (seq, start_at, end_at)} of consecutive periods between UTC boundaries b0 < b1 < ...,
     * e.g. weeks that start on Monday 00:00 in the portal's zone. Computing the boundaries in Java keeps them right
     * across daylight-saving switches, which adding whole days to a UTC instant in SQL would not.
     */
    public static String periods(MapSqlParameterSource params, List<LocalDateTime> boundariesUtc) {
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i + 1 < boundariesUtc.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ")
                    .append("SELECT ")
                    .append(i)
                    .append(" AS seq, CAST(:b")
                    .append(i)
                    .append(" AS DATETIME(6)) AS start_at,")
                    .append(" CAST(:b")
                    .append(i + 1)
                    .append(" AS DATETIME(6)) AS end_at");
        }
        for (int i = 0; i < boundariesUtc.size(); i++) {
            params.addValue("b" + i, boundariesUtc.get(i));
        }
        return sql.append(")").toString();
    }

    /** Midnight at the start of {@code day} in the portal's zone, as the UTC date-time the database stores. */
    public static LocalDateTime utcStartOf(LocalDate day, ZoneId zone) {
        return utc(day.atStartOfDay(zone).toInstant());
    }

    public static ZonedDateTime zoned(LocalDateTime utc, ZoneId zone) {
        return utc.atZone(ZoneId.of("UTC")).withZoneSameInstant(zone);
    }

    /** Instants are stored as UTC DATETIME(6): queries compare them with UTC local date-times. */
    public static LocalDateTime utc(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneId.of("UTC"));
    }
}
