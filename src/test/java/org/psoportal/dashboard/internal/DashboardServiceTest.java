package org.psoportal.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.booking.internal.BookingFixture;
import org.psoportal.booking.internal.BookingRequest;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.dashboard.internal.DashboardPeriod.Kind;
import org.psoportal.shared.Count;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Who may see what, and the whole-table figures against independent SQL. */
@IntegrationTest
class DashboardServiceTest {

    @Autowired
    DashboardService dashboard;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BookingFixture bookingFixture;

    @Autowired
    BookingService bookings;

    @Autowired
    ApplicationContext context;

    @Autowired
    ZoneId zone;

    private DashboardFilter thisWeek() {
        return new DashboardFilter(DashboardPeriod.of(Kind.THIS_WEEK, dashboard.today()), null);
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void staffMayNotSeeTheOfficeDashboard() {
        assertThatThrownBy(() -> dashboard.office(thisWeek())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = {"ADMINISTRATOR", "EXPERT"})
    void administratorsAndExpertsMayNotSeeTheOfficeDashboard() {
        assertThatThrownBy(() -> dashboard.office(thisWeek())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void headSeesEveryFigureAndTheUnfilteredCountsMatchIndependentSql() {
        OfficeDashboard office = dashboard.office(thisWeek());
        assertThat(office.weeklyFlow()).hasSize(12);
        assertThat(office.weeklyFlow().getLast().weekStart()).isEqualTo(DashboardPeriod.weekStart(dashboard.today()));
        assertThat(office.openPerColumn()).extracting(Count::key).containsExactly("TODO", "IN_PROGRESS", "WAITING");
        for (Count c : office.openPerColumn()) {
            assertThat(c.count())
                    .isEqualTo(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM admin_task WHERE board_column = ?"
                                    + " AND completed_at IS NULL AND archived_at IS NULL",
                            Long.class,
                            c.key()));
        }
        long open = jdbc.queryForObject(
                "SELECT COUNT(*) FROM admin_task WHERE completed_at IS NULL AND archived_at IS NULL", Long.class);
        assertThat(office.ageBuckets()).hasSize(5);
        assertThat(office.ageBuckets().stream().mapToLong(Count::count).sum()).isEqualTo(open);
        long experts = jdbc.queryForObject(
                "SELECT COUNT(*) FROM expert_profile e JOIN person p ON p.id = e.person_id" + " WHERE p.active",
                Long.class);
        assertThat(office.utilisation()).hasSize((int) Math.min(500, experts * 5));
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void staffOverviewHasOnlyTheStaffLists() {
        PersonalOverview mine = dashboard.personalOverview();
        assertThat(mine.staff()).isTrue();
        assertThat(mine.administrator()).isFalse();
        assertThat(mine.myTasks()).isEmpty();
        assertThat(mine.awaitingMyApproval()).isEmpty();
        long staffId = jdbc.queryForObject("SELECT id FROM person WHERE email = ?", Long.class, DemoAccounts.STAFF);
        long expected = jdbc.queryForObject(
                "SELECT COUNT(*) FROM admin_task WHERE requested_by_id = ? AND archived_at IS NULL",
                Long.class,
                staffId);
        assertThat(mine.myRequests()).hasSize((int) Math.min(expected, DashboardService.LIST_LIMIT));
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void aBookingMadeThroughTheServiceCountsUnderItsSkillInMostRequestedSkills() {
        long expert = bookingFixture.newExpert(0); // offers Testing and CRM: only the booking can say which
        Instant start = bookingFixture.at(3, 9, 0);
        LocalDate day = LocalDate.ofInstant(start, zone);
        DashboardFilter filter =
                new DashboardFilter(DashboardPeriod.custom(day, day), bookingFixture.activeProjectId());
        long before = crm(filter);
        bookingFixture.runAs(
                DemoAccounts.STAFF,
                () -> bookings.book(new BookingRequest(
                        expert,
                        bookingFixture.activeProjectId(),
                        start,
                        start.plusSeconds(3600),
                        "CRM question",
                        null,
                        "CRM")));
        assertThat(crm(filter)).isEqualTo(before + 1);
    }

    private long crm(DashboardFilter filter) {
        SharedOfficeFiguresForTests.forget(context);
        return dashboard.office(filter).requestedSkills().stream()
                .filter(c -> c.key().equals("CRM"))
                .mapToLong(Count::count)
                .sum();
    }

    @Test
    void fillOrdersAndAddsMissingKeys() {
        assertThat(DashboardService.fill(List.of(new Count("WAITING", "WAITING", 3)), OfficeDashboard.OPEN_COLUMNS))
                .containsExactly(
                        new Count("TODO", "TODO", 0),
                        new Count("IN_PROGRESS", "IN_PROGRESS", 0),
                        new Count("WAITING", "WAITING", 3));
    }
}
