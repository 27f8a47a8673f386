package org.psoportal.admintasks.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psoportal.admintasks.CardClock;
import org.psoportal.admintasks.CardClocks;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectSummary;
import org.springframework.stereotype.Component;

/**
 * Turns card rows into cards with batch lookups (people, projects, checklists, and the service-level clocks of
 * whatever implements {@link CardClocks}): never a query per card.
 */
@Component
class CardAssembler {

    private final PersonService people;
    private final ProjectService projects;
    private final ChecklistProgress checklist;
    private final List<CardClocks> clocks;
    private final Clock clock;

    CardAssembler(
            PersonService people,
            ProjectService projects,
            ChecklistProgress checklist,
            List<CardClocks> clocks,
            Clock clock) {
        this.people = people;
        this.projects = projects;
        this.checklist = checklist;
        this.clocks = clocks;
        this.clock = clock;
    }

    List<TaskCard> cards(List<CardRow> rows, LocalDate today) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> personIds = new HashSet<>();
        Set<Long> projectIds = new HashSet<>();
        rows.forEach(r -> {
            projectIds.add(r.projectId());
            if (r.assigneeId() != null) {
                personIds.add(r.assigneeId());
            }
        });
        Map<Long, PersonSummary> persons = people.summaries(personIds);
        Map<Long, ProjectSummary> projectMap = projects.summaries(projectIds);
        List<Long> ids = rows.stream().map(CardRow::id).toList();
        Map<Long, ChecklistProgress.Progress> progress = checklist.of(ids);
        Map<Long, CardClock> clockMap = new HashMap<>();
        for (CardClocks c : clocks) {
            clockMap.putAll(c.clocks(ids, clock.instant()));
        }
        return rows.stream()
                .map(r -> card(r, persons, projectMap, progress, clockMap.get(r.id()), today))
                .toList();
    }

    private static TaskCard card(
            CardRow r,
            Map<Long, PersonSummary> persons,
            Map<Long, ProjectSummary> projects,
            Map<Long, ChecklistProgress.Progress> progress,
            CardClock cardClock,
            LocalDate today) {
        PersonSummary assignee = r.assigneeId() == null ? null : persons.get(r.assigneeId());
        ProjectSummary project = projects.get(r.projectId());
        ChecklistProgress.Progress pr = progress.getOrDefault(r.id(), ChecklistProgress.Progress.NONE);
        boolean overdue = r.dueDate() != null && r.dueDate().isBefore(today) && r.column() != BoardColumn.DONE;
        return new TaskCard(
                r.id(),
                r.version(),
                r.title(),
                r.projectId(),
                project == null ? "?" : project.code(),
                r.type(),
                r.assigneeId(),
                assignee == null ? null : assignee.fullName(),
                assignee == null ? null : assignee.initials(),
                r.requestedById(),
                r.column(),
                r.position(),
                r.priority(),
                r.dueDate(),
                overdue,
                pr.done(),
                pr.total(),
                r.createdAt(),
                r.completedAt(),
                r.archivedAt(),
                cardClock);
    }
}
