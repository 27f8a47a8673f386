package org.psoportal.admintasks.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.psoportal.admintasks.BoardChanged;
import org.psoportal.admintasks.TaskActivity;
import org.psoportal.projects.ProjectStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a template's due card. The template row is locked and its next run advanced in the same transaction
 * as the card is created, so two runs (two scheduler ticks, two portal instances) never both create it; after
 * downtime the missed occurrences collapse into one card for the latest of them. A closed project's templates
 * create nothing until it is reopened.
 */
@Component
public class TemplateRunner {

    private final TaskTemplateRepository templates;
    private final AdminTaskRepository tasks;
    private final BoardPositions positions;
    private final TaskHistory history;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TemplateRunner(
            TaskTemplateRepository templates,
            AdminTaskRepository tasks,
            BoardPositions positions,
            TaskHistory history,
            Clock clock,
            ApplicationEventPublisher events) {
        this.templates = templates;
        this.tasks = tasks;
        this.positions = positions;
        this.history = history;
        this.clock = clock;
        this.events = events;
    }

    /** Templates whose next run is today or earlier (each is then run in its own transaction). */
    @Transactional(readOnly = true)
    public java.util.List<Long> dueIds(LocalDate today) {
        return templates.findDueIds(today);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Optional<Long> runOne(long templateId, LocalDate today) {
        TaskTemplate template = templates.lockById(templateId).orElse(null);
        if (template == null || !template.isActive() || template.getNextRun().isAfter(today)) {
            return Optional.empty(); // someone else got there first, or it was paused meanwhile
        }
        Recurrence recurrence = template.recurrence();
        LocalDate occurrence = recurrence.latestDue(template.getNextRun(), today);
        template.setNextRun(recurrence.next(occurrence));
        if (templates.countProjectInStatus(template.getProjectId(), ProjectStatus.ACTIVE.name()) == 0) {
            // a closed project's recurring tasks wait: the occurrence passes without a card, and once the project
            // is reopened the template goes on from its next occurrence (no catch-up of the closed weeks)
            return Optional.empty();
        }
        positions.lockShared(Set.of(BoardColumn.TODO));
        AdminTask task = new AdminTask(
                template.cardFor(occurrence),
                template.getCreatedById(),
                BoardColumn.TODO,
                positions.endPosition(BoardColumn.TODO),
                clock.instant());
        task.setTemplateId(template.getId());
        tasks.saveAndFlush(task);
        history.record(task.getId(), null, HistoryAction.CREATED, "template " + template.getId() + " " + occurrence);
        events.publishEvent(new BoardChanged(task.getId(), task.getProjectId(), Set.of(BoardColumn.TODO)));
        events.publishEvent(TaskActivities.of(task, TaskActivity.Kind.CREATED, null, null, null));
        return Optional.of(task.getId());
    }
}
