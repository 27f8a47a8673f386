package org.psoportal.dashboard.internal;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Inserts fixture rows straight into the tables of the other features (their entities live on other branches),
 * with unique codes and e-mails so the shared test database's other rows never disturb the expectations.
 */
public final class DashboardFixture {

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final JdbcTemplate jdbc;

    public DashboardFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long person(String name, String... roles) {
        long id = insert(
                "INSERT INTO person (full_name, email, password_hash, active, created_at) VALUES (?, ?, ?, TRUE, ?)",
                name + " " + suffix,
                name.toLowerCase().replace(' ', '.') + "." + suffix + "@fixture.example",
                "{noop}x",
                LocalDateTime.of(2030, 1, 1, 0, 0));
        for (String role : roles) {
            jdbc.update("INSERT INTO person_role (person_id, role) VALUES (?, ?)", id, role);
        }
        return id;
    }

    public long project(String code, long managerId) {
        return insert(
                "INSERT INTO project (code, name, manager_id, status) VALUES (?, ?, ?, 'ACTIVE')",
                code + "-" + suffix,
                "Fixture " + code,
                managerId);
    }

    public void expert(long personId, String... skills) {
        jdbc.update("""
                INSERT INTO expert_profile (person_id, headline, weekly_capacity_hours, bookable, min_notice_minutes,
                  horizon_days, buffer_minutes, slot_minutes, min_length_minutes, max_length_minutes, requires_approval)
                VALUES (?, 'Fixture expert', 40, TRUE, 0, 60, 0, 30, 30, 480, FALSE)""", personId);
        for (String skill : skills) {
            jdbc.update("INSERT INTO expert_skill (expert_id, skill) VALUES (?, ?)", personId, skill);
        }
    }

    public void workingHours(long expertId, int dayOfWeek, String start, String end) {
        jdbc.update(
                "INSERT INTO expert_working_hours (expert_id, day_of_week, start_time, end_time) VALUES (?, ?, ?, ?)",
                expertId,
                dayOfWeek,
                LocalTime.parse(start),
                LocalTime.parse(end));
    }

    public void timeOff(long expertId, LocalDate first, LocalDate last) {
        jdbc.update(
                "INSERT INTO expert_time_off (expert_id, first_day, last_day) VALUES (?, ?, ?)", expertId, first, last);
    }

    public long task(
            long projectId,
            long requestedBy,
            Long assignee,
            String type,
            String column,
            LocalDate due,
            LocalDateTime created,
            LocalDateTime completed,
            LocalDateTime archived) {
        return insert(
                """
                INSERT INTO admin_task (title, task_type, project_id, requested_by_id, assignee_id, board_column,
                  priority, due_date, position, created_at, updated_at, completed_at, archived_at)
                VALUES (?, ?, ?, ?, ?, ?, 'NORMAL', ?, 0, ?, ?, ?, ?)""",
                "Task " + suffix,
                type,
                projectId,
                requestedBy,
                assignee,
                column,
                due,
                created,
                created,
                completed,
                archived);
    }

    public long booking(
            long expertId,
            long projectId,
            long bookedBy,
            LocalDateTime start,
            LocalDateTime end,
            String skill,
            String status) {
        return insert(
                """
                INSERT INTO booking (expert_id, project_id, booked_by_id, start_at, end_at, topic, skill, status,
                  created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", expertId, projectId, bookedBy, start, end, "Topic " + suffix, skill, status, start.minusDays(3));
    }

    public void refusal(Long expertId, String skill, Long projectId, long requestedBy, LocalDateTime at) {
        jdbc.update("""
                INSERT INTO booking_refusal (expert_id, skill, project_id, requested_by_id, reason, occurred_at)
                VALUES (?, ?, ?, ?, 'NO_FREE_SLOT', ?)""", expertId, skill, projectId, requestedBy, at);
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
