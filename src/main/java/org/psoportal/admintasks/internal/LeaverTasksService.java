package org.psoportal.admintasks.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.psoportal.people.PersonService;
import org.psoportal.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open tasks (neither Done nor archived) assigned to or requested by people who can no longer sign in: deactivated
 * by the head or by the directory sync when they left. The head reassigns them (each opens its task dialog);
 * nothing is reassigned by itself, since who takes over is the head's decision.
 */
@Service
@PreAuthorize(Access.HEAD_ONLY)
public class LeaverTasksService {

    private final AdminTaskRepository tasks;
    private final CardAssembler assembler;
    private final PersonService people;
    private final Clock clock;

    LeaverTasksService(AdminTaskRepository tasks, CardAssembler assembler, PersonService people, Clock clock) {
        this.tasks = tasks;
        this.assembler = assembler;
        this.people = people;
        this.clock = clock;
    }

    /** The open tasks of deactivated people, the earliest due first. */
    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional(readOnly = true)
    public List<TaskCard> openTasksOfDeactivatedPeople() {
        Set<Long> involved = new HashSet<>(tasks.findOpenAssigneeIds());
        involved.addAll(tasks.findOpenRequesterIds());
        involved.removeAll(people.activeAmong(involved));
        return involved.isEmpty() ? List.of() : assembler.cards(tasks.findOpenOf(involved), LocalDate.now(clock));
    }
}
