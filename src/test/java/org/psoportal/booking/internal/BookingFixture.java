package org.psoportal.booking.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.psoportal.experts.ExpertService;
import org.psoportal.experts.WorkingHours;
import org.psoportal.experts.internal.ExpertProfileForm;
import org.psoportal.testsupport.RunAs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Own rows for booking tests: a fresh expert (all week, 07-20 local) and a way to act as any person. */
@Component
public class BookingFixture {

    private final JdbcTemplate jdbc;
    private final ExpertService experts;
    private final RunAs runAs;
    private final ZoneId zone;

    BookingFixture(JdbcTemplate jdbc, ExpertService experts, RunAs runAs, ZoneId zone) {
        this.jdbc = jdbc;
        this.experts = experts;
        this.runAs = runAs;
        this.zone = zone;
    }

    /** A new person with the EXPERT role and a profile: no notice, 30-minute grid, 30..120 minutes, no buffer. */
    public long newExpert(int bufferMinutes) {
        String email = "expert-" + UUID.randomUUID() + "@test.example";
        jdbc.update(
                "INSERT INTO person (full_name, email, password_hash, active, created_at, version) "
                        + "VALUES (?, ?, 'x', TRUE, NOW(6), 0)",
                "Test Expert " + email.substring(7, 13),
                email);
        long id = jdbc.queryForObject("SELECT id FROM person WHERE email = ?", Long.class, email);
        jdbc.update("INSERT INTO person_role (person_id, role) VALUES (?, 'EXPERT')", id);
        ExpertProfileForm form = new ExpertProfileForm();
        form.setHeadline("Test expert");
        form.setSkills(List.of("Testing", "CRM"));
        form.setWeeklyCapacityHours(60);
        form.setMinNoticeMinutes(0);
        form.setHorizonDays(60);
        form.setBufferMinutes(bufferMinutes);
        form.setSlotMinutes(30);
        form.setMinLengthMinutes(30);
        form.setMaxLengthMinutes(120);
        List<WorkingHours> hours = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            hours.add(new WorkingHours(d, LocalTime.of(7, 0), LocalTime.of(20, 0)));
        }
        form.setHours(hours);
        runAs("head@pso.example", () -> {
            experts.save(id, form);
            return null;
        });
        return id;
    }

    /** A new staff member without bookings of their own; returns the e-mail to act as. */
    public String newStaff() {
        String email = "staff-" + UUID.randomUUID() + "@test.example";
        jdbc.update(
                "INSERT INTO person (full_name, email, password_hash, active, created_at, version) "
                        + "VALUES (?, ?, 'x', TRUE, NOW(6), 0)",
                "Test Staff " + email.substring(6, 12),
                email);
        jdbc.update("INSERT INTO person_role (person_id, role) VALUES (?, 'STAFF')", personId(email));
        return email;
    }

    /** Gives the expert one more skill (a unique one lets a test see only its own experts). */
    public void addSkill(long expertId, String skill) {
        jdbc.update("INSERT INTO expert_skill (expert_id, skill) VALUES (?, ?)", expertId, skill);
    }

    /** Whole days off for the expert, from today + {@code firstDay} to today + {@code lastDay}. */
    public void timeOff(long expertId, int firstDay, int lastDay) {
        jdbc.update(
                "INSERT INTO expert_time_off (expert_id, first_day, last_day, reason) VALUES (?, ?, ?, 'Away')",
                expertId,
                LocalDate.now(zone).plusDays(firstDay),
                LocalDate.now(zone).plusDays(lastDay));
    }

    public long personId(String email) {
        return jdbc.queryForObject("SELECT id FROM person WHERE email = ?", Long.class, email);
    }

    public long activeProjectId() {
        return jdbc.queryForObject("SELECT MIN(id) FROM project WHERE status = 'ACTIVE'", Long.class);
    }

    /** A local time some days ahead in the portal's zone. */
    public java.time.Instant at(int daysAhead, int hour, int minute) {
        return LocalDate.now(zone)
                .plusDays(daysAhead)
                .atTime(hour, minute)
                .atZone(zone)
                .toInstant();
    }

    public ZoneId zone() {
        return zone;
    }

    public <T> T runAs(String email, Supplier<T> work) {
        return runAs.call(email, work);
    }
}
