package org.psoportal.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.booking.internal.BookingFixture;
import org.psoportal.experts.internal.ExpertProfileForm;
import org.psoportal.shared.UserMessageException;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ExpertServiceTest {

    @Autowired
    ExpertService experts;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private String email(long id) {
        return jdbc.queryForObject("SELECT email FROM person WHERE id = ?", String.class, id);
    }

    @Test
    void anExpertEditsTheirOwnProfileAndHours() {
        long expert = fixture.newExpert(15);
        ExpertProfileForm form = fixture.runAs(email(expert), () -> experts.loadForm(expert));
        form.setHeadline("Changed headline");
        form.setSkills(java.util.List.of("Power BI"));
        fixture.runAs(email(expert), () -> {
            experts.save(expert, form);
            return null;
        });
        assertThat(fixture.runAs(email(expert), () -> experts.search("", "Power BI")).stream()
                        .map(ExpertCard::personId))
                .contains(expert);
        assertThat(fixture.runAs(email(expert), () -> experts.loadForm(expert)).getHours())
                .hasSize(7);
    }

    @Test
    void aDeactivatedExpertLeavesTheDirectoryAndIsNotBookable() {
        long expert = fixture.newExpert(15);
        assertThat(fixture.runAs(DemoAccounts.STAFF, () -> experts.search(null, null)).stream()
                        .map(ExpertCard::personId))
                .contains(expert);

        jdbc.update("UPDATE person SET active = false WHERE id = ?", expert);

        assertThat(fixture.runAs(DemoAccounts.STAFF, () -> experts.search(null, null)).stream()
                        .map(ExpertCard::personId))
                .doesNotContain(expert);
        ExpertSchedule locked = new TransactionTemplate(transactions)
                .execute(status -> fixture.runAs(DemoAccounts.STAFF, () -> experts.lockForBooking(expert)));
        assertThat(locked.bookable()).as("the booking path's schedule").isFalse();
    }

    @Test
    void anExpertCannotEditAnotherExpertAndStaffCannotEditAny() {
        long expert = fixture.newExpert(15);
        long other = fixture.newExpert(15);
        ExpertProfileForm form = fixture.runAs("head@pso.example", () -> experts.loadForm(other));
        assertThatThrownBy(() -> fixture.runAs(email(expert), () -> {
                    experts.save(other, form);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.runAs("staff@pso.example", () -> experts.loadForm(other)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void limitsAreChecked() {
        long expert = fixture.newExpert(15);
        ExpertProfileForm form = fixture.runAs("head@pso.example", () -> experts.loadForm(expert));
        form.setSlotMinutes(20);
        assertThatThrownBy(() -> fixture.runAs("head@pso.example", () -> {
                    experts.save(expert, form);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("expert.slot.invalid"));
    }

    @Test
    void demoDataHoldsExpertsBookingsAndRefusals() {
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM expert_profile p JOIN person x ON x.id = p.person_id "
                                + "WHERE x.email LIKE '%@pso.example'",
                        Integer.class))
                .isBetween(6, 8);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM booking b JOIN person x ON x.id = b.expert_id "
                                + "WHERE x.email LIKE '%@pso.example'",
                        Integer.class))
                .isBetween(150, 260);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE status = 'REQUESTED'", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking_refusal", Integer.class))
                .isPositive();
    }

    /**
     * Bookings are checked against the schedule that {@code lockForBooking} reads in one statement (hours and time
     * off concatenated): it must be exactly the profile's schedule, time-off reasons included (one mapping), or
     * bookings would be checked against the wrong hours or miss a day off.
     */
    @Test
    void theScheduleLockedForABookingIsTheProfilesSchedule() {
        long expert = fixture.newExpert(15);
        ExpertProfileForm form = fixture.runAs("head@pso.example", () -> experts.loadForm(expert));
        form.setHours(List.of(
                new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 30)),
                new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(8, 15), LocalTime.of(12, 0)),
                new WorkingHours(DayOfWeek.SUNDAY, LocalTime.of(10, 0), LocalTime.of(11, 0))));
        LocalDate today = LocalDate.now();
        form.setTimeOff(List.of(
                new TimeOff(today.plusDays(20), today.plusDays(24), "Holiday, with a comma"),
                new TimeOff(today.plusDays(3), today.plusDays(3), null)));
        fixture.runAs("head@pso.example", () -> {
            experts.save(expert, form);
            return null;
        });
        long bare = fixture.newExpert(0);
        ExpertProfileForm bareForm = fixture.runAs("head@pso.example", () -> experts.loadForm(bare));
        bareForm.setHours(List.of());
        fixture.runAs("head@pso.example", () -> {
            experts.save(bare, bareForm);
            return null;
        });

        for (long id : new long[] {expert, bare}) {
            ExpertSchedule profile = fixture.runAs("head@pso.example", () -> experts.schedule(id));
            ExpertSchedule locked = fixture.runAs(
                    "head@pso.example",
                    () -> new TransactionTemplate(transactions).execute(s -> experts.lockForBooking(id)));
            assertThat(locked).isEqualTo(profile);
        }
        assertThat(fixture.runAs("head@pso.example", () -> experts.schedule(expert))
                        .hours())
                .hasSize(3);
        assertThat(fixture.runAs("head@pso.example", () -> experts.schedule(expert))
                        .timeOff())
                .hasSize(2);
        assertThatThrownBy(() -> fixture.runAs(
                        "head@pso.example",
                        () -> new TransactionTemplate(transactions).execute(s -> experts.lockForBooking(-1))))
                .isInstanceOf(UserMessageException.class);
    }
}
