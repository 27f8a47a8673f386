package org.psoportal.dashboard;

import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Shared bits of the dashboard's SQL: the project filter parameter and UTC date-time conversion. */
final class SqlParams {

    /** Appended to WHERE clauses of queries that honour the project filter (alias t = the filtered table). */
    static final String PROJECT_FILTER = " AND (:project IS NULL OR t.project_id = :project) ";

    private SqlParams() {}

    static MapSqlParameterSource project(Long projectId) {
        return new MapSqlParameterSource().addValue("project", projectId, Types.BIGINT);
    }

    static ZonedDateTime zoned(LocalDateTime utc, ZoneId zone) {
        return utc.atZone(ZoneId.of("UTC")).withZoneSameInstant(zone);
    }

    /** Instants are stored as UTC DATETIME(6): queries compare them with UTC local date-times. */
    static LocalDateTime utc(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneId.of("UTC"));
    }
}
