package org.psoportal.admintasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.security.Role;
import org.psoportal.security.SecurityFixture;
import org.psoportal.testsupport.IntegrationTest;
import org.psoportal.testsupport.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Due reminders go to the assignee once per task and day, even when two runs (two instances) race; tasks nobody is
 * assigned to and done tasks get none. The runs here use days in 2000, when only this test's tasks are due.
 */
@IntegrationTest
class TaskDueRemindersTest {

    static final LocalDate TODAY = LocalDate.of(2000, 3, 15);

    @Autowired
    TaskDueReminders reminders;

    @Autowired
    TaskService tasks;

    @Autowired
    BoardService board;

    @Autowired
    BoardFixture fixture;

    @Autowired
    SecurityFixture people;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoRunsRacingRemindTheAssigneeOncePerTaskAndDay() throws Exception {
        String assignee = people.newPerson(Role.ADMINISTRATOR, "Dee Due");
        String manager = people.newPerson(Role.ADMINISTRATOR, "Max Manager");
        long assigneeId = people.personId(assignee);
        long project = fixture.newProject();
        long overdue = people.as(
                manager,
                () -> tasks.create(BoardFixture.draft(project, "Overdue report").withAssignee(assigneeId)));
        long tomorrow = people.as(
                manager,
                () -> tasks.create(
                        BoardFixture.draft(project, "Report due tomorrow").withAssignee(assigneeId)));
        long later = people.as(
                manager,
                () -> tasks.create(
                        BoardFixture.draft(project, "Report due later").withAssignee(assigneeId)));
        long unassigned = people.as(manager, () -> tasks.create(BoardFixture.draft(project, "Nobody's report")));
        long done = people.as(
                manager,
                () -> tasks.create(BoardFixture.draft(project, "Done report").withAssignee(assigneeId)));
        people.run(manager, () -> board.move(done, board.card(done).version(), BoardPlace.top(BoardColumn.DONE), true));
        due(overdue, TODAY.minusDays(3));
        due(tomorrow, TODAY.plusDays(1));
        due(later, TODAY.plusDays(2));
        due(unassigned, TODAY.minusDays(1));
        due(done, TODAY.minusDays(1));
        int before = reminders(assigneeId);

        List<Integer> sent = Race.of(() -> reminders.run(TODAY), () -> reminders.run(TODAY));

        assertThat(sent.stream().mapToInt(Integer::intValue).sum())
                .as("the overdue one and the one due tomorrow, whichever run sent them")
                .isEqualTo(2);
        assertThat(keys(assigneeId)).containsExactlyInAnyOrder("notify.task.due.overdue", "notify.task.due.tomorrow");
        assertThat(reminders.run(TODAY)).as("later the same day").isZero();
        assertThat(reminders(assigneeId) - before).isEqualTo(2);

        assertThat(reminders.run(TODAY.plusDays(1)))
                .as("the next day: both overdue now, and the one due the day after")
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "SELECT link FROM notification WHERE person_id = ? AND message_key = 'notify.task.due.overdue'"
                                + " ORDER BY id LIMIT 1",
                        String.class,
                        assigneeId))
                .isEqualTo("board?task=" + overdue);
    }

    private void due(long taskId, LocalDate day) {
        jdbc.update("UPDATE admin_task SET due_date = ? WHERE id = ?", java.sql.Date.valueOf(day), taskId);
    }

    private int reminders(long personId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE person_id = ? AND kind = 'TASK_DUE'", Integer.class, personId);
    }

    private List<String> keys(long personId) {
        return jdbc.queryForList(
                "SELECT message_key FROM notification WHERE person_id = ? AND kind = 'TASK_DUE'",
                String.class,
                personId);
    }
}
