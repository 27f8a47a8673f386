package org.psoportal.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardPlace;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.dashboard.internal.DashboardPeriod.Kind;
import org.psoportal.shared.Count;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The office figures are computed once and shared, and a committed card move shows once the coalescing interval has
 * passed: the real service, its access check, the real SQL and the board's own change event.
 */
@IntegrationTest
@WithUserDetails(DemoAccounts.HEAD)
class SharedOfficeFiguresTest {

    @Autowired
    DashboardService dashboard;

    @Autowired
    SharedOfficeFigures shared;

    @Autowired
    BoardService board;

    @Autowired
    JdbcTemplate jdbc;

    private DashboardFilter filter;
    private long task;

    /** A project of our own (so the filter is a key no other test shares) with one open task in To do. */
    @BeforeEach
    void fixture() {
        DashboardFixture f = new DashboardFixture(jdbc);
        long person = f.person("Sharer", "STAFF");
        long project = f.project("SH", person);
        task = f.task(
                project,
                person,
                null,
                "OTHER",
                "TODO",
                null,
                LocalDateTime.now().minusDays(1),
                null,
                null);
        filter = new DashboardFilter(DashboardPeriod.of(Kind.THIS_QUARTER, dashboard.today()), project);
    }

    @Test
    void twoDashboardsWithTheSameFilterRunTheStatementsOnce() {
        long before = shared.computations();

        OfficeDashboard first = dashboard.office(filter);
        OfficeDashboard second = dashboard.office(filter);

        assertThat(shared.computations() - before).isEqualTo(1);
        assertThat(second).isSameAs(first);
        assertThat(open(second, "TODO")).isEqualTo(1);

        // another filter is a computation of its own
        dashboard.office(
                new DashboardFilter(DashboardPeriod.of(Kind.THIS_WEEK, dashboard.today()), filter.projectId()));
        assertThat(shared.computations() - before).isEqualTo(2);
    }

    @Test
    void aCardMoveShowsInTheFiguresOnceTheIntervalHasPassed() {
        OfficeDashboard before = dashboard.office(filter);
        long computations = shared.computations();
        assertThat(open(before, "TODO")).isEqualTo(1);
        assertThat(open(before, "IN_PROGRESS")).isZero();

        board.move(task, board.card(task).version(), BoardPlace.top(BoardColumn.IN_PROGRESS), true);

        AtomicReference<OfficeDashboard> latest = new AtomicReference<>();
        await().atMost(SharedOfficeFigures.MIN_RECOMPUTE_INTERVAL.plusSeconds(10))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    latest.set(dashboard.office(filter));
                    assertThat(open(latest.get(), "IN_PROGRESS")).isEqualTo(1);
                });

        OfficeDashboard after = latest.get();
        assertThat(open(after, "TODO")).isZero();
        // recomputed once, however often it was asked meanwhile, and not before the interval had passed (the time
        // shown is read inside the computation, a few milliseconds after the interval's start)
        assertThat(shared.computations() - computations).isEqualTo(1);
        assertThat(after.updatedAt())
                .isAfter(before.updatedAt()
                        .plus(SharedOfficeFigures.MIN_RECOMPUTE_INTERVAL)
                        .minusSeconds(1));
    }

    @Test
    void untilTheIntervalHasPassedTheFiguresOfBeforeTheMoveAreHandedOut() {
        OfficeDashboard before = dashboard.office(filter);

        board.move(task, board.card(task).version(), BoardPlace.top(BoardColumn.IN_PROGRESS), true);
        OfficeDashboard shortlyAfter = dashboard.office(filter);

        ZonedDateTime asked = ZonedDateTime.now(before.updatedAt().getZone());
        // coalesced (the same figures) unless this slow machine took the whole interval since they were read
        assertThat(shortlyAfter == before
                        || !asked.isBefore(before.updatedAt().plus(SharedOfficeFigures.MIN_RECOMPUTE_INTERVAL)))
                .as("figures of %s handed out at %s", before.updatedAt(), asked)
                .isTrue();
        assertThat(open(before, "TODO")).isEqualTo(1);
    }

    private static long open(OfficeDashboard d, String column) {
        return d.openPerColumn().stream()
                .filter(c -> c.key().equals(column))
                .mapToLong(Count::count)
                .sum();
    }
}
