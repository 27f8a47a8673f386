package org.psoportal.admintasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.psoportal.people.PersonService;
import org.psoportal.security.Role;
import org.psoportal.security.SecurityFixture;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The head's list of open tasks of people who left: tasks assigned to or requested by a deactivated person are
 * listed until they are done; tasks of active people are not.
 */
@IntegrationTest
class LeaverTasksServiceTest {

    @Autowired
    LeaverTasksService leavers;

    @Autowired
    TaskService tasks;

    @Autowired
    PersonService people;

    @Autowired
    BoardFixture board;

    @Autowired
    SecurityFixture security;

    @Test
    void openTasksAssignedToOrRequestedByADeactivatedPersonAreListedForReassignment() {
        long project = board.newProject();
        String leaver = security.newPerson(Role.ADMINISTRATOR, "Lea Leaver");
        long leaverId = security.personId(leaver);
        String stays = security.newPerson(Role.ADMINISTRATOR, "Stella Stays");
        TaskDraft assignedToLeaver = withAssignee(BoardFixture.draft(project, "Leaver's expenses"), leaverId);
        long assigned = board.as(leaver, () -> tasks.create(assignedToLeaver));
        long requested = board.as(leaver, () -> tasks.create(BoardFixture.draft(project, "Leaver asked for this")));
        long other = board.as(stays, () -> tasks.create(BoardFixture.draft(project, "Someone else's")));

        assertThat(board.as(DemoAccounts.HEAD, () -> leavers.openTasksOfDeactivatedPeople()))
                .extracting(TaskCard::id)
                .doesNotContain(assigned, requested, other);

        board.asRun(DemoAccounts.HEAD, () -> people.setActive(leaverId, false));

        assertThat(board.as(DemoAccounts.HEAD, () -> leavers.openTasksOfDeactivatedPeople()))
                .extracting(TaskCard::id)
                .contains(assigned, requested)
                .doesNotContain(other);
    }

    private static TaskDraft withAssignee(TaskDraft draft, long assigneeId) {
        return new TaskDraft(
                draft.title(),
                draft.description(),
                draft.type(),
                draft.projectId(),
                assigneeId,
                draft.priority(),
                draft.dueDate());
    }
}
