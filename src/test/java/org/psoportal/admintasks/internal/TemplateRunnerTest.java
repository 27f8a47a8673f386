package org.psoportal.admintasks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails(DemoAccounts.ADMINISTRATOR)
class TemplateRunnerTest {

    @Autowired
    TemplateService templates;

    @Autowired
    TemplateRunner runner;

    @Autowired
    BoardFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.of(2030, 3, 18); // a Monday

    @Test
    void missedRunsAreCaughtUpOnceAndNeverTwice() throws Exception {
        long project = fixture.newProject();
        long id = templates.create(new TemplateDraft(
                "Weekly check",
                null,
                TaskType.DATA_ENTRY,
                project,
                null,
                Priority.NORMAL,
                Recurrence.weekly(DayOfWeek.MONDAY),
                2,
                LocalDate.of(2030, 2, 25)));

        // Four scheduler runs at once after three missed Mondays: exactly one card.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<Boolean> run = () -> runner.runOne(id, today).isPresent();
            results.add(pool.submit(run));
        }
        int created = 0;
        for (Future<Boolean> f : results) {
            created += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(created).isEqualTo(1);
        assertThat(cards(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT due_date FROM admin_task WHERE template_id = ?", LocalDate.class, id))
                .as("due two days after the latest missed Monday")
                .isEqualTo(LocalDate.of(2030, 3, 20));
        assertThat(nextRun(id)).isEqualTo(LocalDate.of(2030, 3, 25));

        assertThat(runner.runOne(id, today)).isEmpty();
        assertThat(runner.dueIds(today)).doesNotContain(id);
        assertThat(runner.runOne(id, LocalDate.of(2030, 3, 25))).isPresent();
        assertThat(cards(id)).isEqualTo(2);
        fixture.assertPositionsOrdered(project);
    }

    @Test
    void aClosedProjectsTemplateCreatesNothingAndGoesOnFromItsNextOccurrenceWhenReopened() {
        long project = fixture.newProject();
        long id = templates.create(new TemplateDraft(
                "Weekly check",
                null,
                TaskType.DATA_ENTRY,
                project,
                null,
                Priority.NORMAL,
                Recurrence.weekly(DayOfWeek.MONDAY),
                2,
                LocalDate.of(2030, 3, 18)));
        jdbc.update("UPDATE project SET status = 'CLOSED' WHERE id = ?", project);

        assertThat(runner.runOne(id, today)).isEmpty();
        assertThat(cards(id)).isZero();
        assertThat(nextRun(id)).as("the closed week passes").isEqualTo(LocalDate.of(2030, 3, 25));

        jdbc.update("UPDATE project SET status = 'ACTIVE' WHERE id = ?", project);
        assertThat(runner.runOne(id, LocalDate.of(2030, 3, 25))).isPresent();
        assertThat(cards(id)).isEqualTo(1);
    }

    @Test
    void aPausedTemplateCreatesNothingAndResumesFromToday() {
        long project = fixture.newProject();
        long id = templates.create(new TemplateDraft(
                "Monthly report",
                null,
                TaskType.REPORTING,
                project,
                null,
                Priority.HIGH,
                Recurrence.monthly(31),
                3,
                LocalDate.of(2030, 1, 1)));
        assertThat(nextRun(id)).isEqualTo(LocalDate.of(2030, 1, 31));
        TemplateRow row =
                templates.list().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        templates.setActive(id, row.version(), false);
        assertThat(runner.runOne(id, today)).isEmpty();
        assertThat(cards(id)).isZero();
        assertThatThrownBy(() -> templates.setActive(id, row.version(), true))
                .as("stale version")
                .isInstanceOf(org.psoportal.shared.ConcurrentChangeException.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void staffCannotManageTemplates() {
        assertThatThrownBy(() -> templates.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.create(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.update(1, 0, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.setActive(1, 0, false)).isInstanceOf(AccessDeniedException.class);
    }

    private int cards(long templateId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM admin_task WHERE template_id = ?", Integer.class, templateId);
    }

    private LocalDate nextRun(long templateId) {
        return jdbc.queryForObject(
                "SELECT next_run FROM admin_task_template WHERE id = ?", LocalDate.class, templateId);
    }
}
