package org.psoportal.training;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.psoportal.shared.db.SqlParams;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Sessions and registrations inserted straight into training's tables, with people and projects of their own
 * (unique names and codes), for figures with exact expectations. Sessions start at 10:00 portal time.
 */
public final class TrainingRows {

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    public TrainingRows(JdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    public LocalDateTime utc(LocalDate day, int hour, int minute) {
        return SqlParams.utc(day.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant());
    }

    public long person(String name) {
        return insert(
                "INSERT INTO person (full_name, email, password_hash, active, created_at) VALUES (?, ?, 'x', TRUE, ?)",
                name + " " + suffix,
                name.toLowerCase().replace(' ', '.') + "." + suffix + "@training-figures.example",
                LocalDateTime.of(1990, 1, 1, 0, 0));
    }

    public long project(String code, long manager) {
        return insert(
                "INSERT INTO project (code, name, manager_id, status) VALUES (?, ?, ?, 'ACTIVE')",
                code + "-" + suffix,
                "Training figures " + code,
                manager);
    }

    /** A session titled "Session <suffix>" at 10:00 on {@code day}; audience EVERYONE or PROJECTS (then {@code projects}). */
    public long session(
            long expert,
            String skill,
            LocalDate day,
            int minutes,
            int seats,
            String audience,
            String status,
            long... projects) {
        LocalDateTime start = utc(day, 10, 0);
        long id = insert(
                """
                INSERT INTO training_session (expert_id, title, skill, start_at, end_at, place, seats,
                  registration_deadline, audience, status, created_by_id, created_at)
                VALUES (?, ?, ?, ?, ?, 'Room', ?, ?, ?, ?, ?, ?)""",
                expert,
                "Session " + suffix,
                skill,
                start,
                start.plusMinutes(minutes),
                seats,
                start,
                audience,
                status,
                expert,
                start.minusDays(7));
        for (long project : projects) {
            jdbc.update("INSERT INTO training_session_project (session_id, project_id) VALUES (?, ?)", id, project);
        }
        return id;
    }

    /** A registration at the end of the session's queue; {@code attended} null: not marked. */
    public void register(long session, long person, long project, String status, Boolean attended) {
        jdbc.update("""
                INSERT INTO training_registration (session_id, person_id, project_id, status, queue_no,
                  registered_at, attended)
                VALUES (?, ?, ?, ?, (SELECT n FROM (SELECT COALESCE(MAX(queue_no), 0) + 1 AS n
                                                 FROM training_registration WHERE session_id = ?) q), ?, ?)""", session, person, project, status, session, LocalDateTime.of(1990, 1, 1, 0, 0), attended);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
                    for (int i = 0; i < args.length; i++) {
                        ps.setObject(i + 1, args[i]);
                    }
                    return ps;
                },
                keys);
        return keys.getKey().longValue();
    }
}
