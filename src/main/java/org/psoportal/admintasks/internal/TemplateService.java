package org.psoportal.admintasks.internal;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.psoportal.people.PersonService;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.security.Access;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;
import org.psoportal.shared.ConcurrentChangeException;
import org.psoportal.shared.FormValidation;
import org.psoportal.shared.NotFoundException;
import org.psoportal.shared.UserMessageException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recurring task templates: administrators and the head list, create, edit, pause and resume them. */
@Service
@PreAuthorize(Access.MANAGERS)
public class TemplateService {

    private final TaskTemplateRepository templates;
    private final ProjectService projects;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Validator validator;

    TemplateService(
            TaskTemplateRepository templates,
            ProjectService projects,
            PersonService people,
            CurrentUser currentUser,
            Clock clock,
            Validator validator) {
        this.templates = templates;
        this.projects = projects;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    public List<TemplateRow> list() {
        List<TaskTemplate> all = templates.findAll(Sort.by("title", "id"));
        Map<Long, ProjectSummary> names =
                projects.summaries(all.stream().map(TaskTemplate::getProjectId).toList());
        return all.stream()
                .map(t -> {
                    TemplateDraft d = t.toDraft();
                    ProjectSummary p = names.get(t.getProjectId());
                    return new TemplateRow(
                            t.getId(),
                            t.getVersion(),
                            t.getTitle(),
                            p == null ? "?" : p.code(),
                            d.recurrence(),
                            d.dueDays(),
                            t.getNextRun(),
                            t.isActive(),
                            d);
                })
                .toList();
    }

    @Transactional
    public long create(TemplateDraft draft) {
        check(draft);
        return templates
                .saveAndFlush(new TaskTemplate(draft, currentUser.personId()))
                .getId();
    }

    @Transactional
    public void update(long id, long expectedVersion, TemplateDraft draft) {
        check(draft);
        TaskTemplate t = get(id, expectedVersion);
        t.apply(draft);
        templates.saveAndFlush(t);
    }

    /** Pausing stops new cards; resuming starts again from today (no burst of cards for the paused time). */
    @Transactional
    public void setActive(long id, long expectedVersion, boolean active) {
        TaskTemplate t = get(id, expectedVersion);
        if (active && !t.isActive()) {
            LocalDate today = LocalDate.now(clock);
            if (t.getNextRun().isBefore(today)) {
                t.setNextRun(t.recurrence().firstOnOrAfter(today));
            }
        }
        t.setActive(active);
        templates.saveAndFlush(t);
    }

    private TaskTemplate get(long id, long expectedVersion) {
        TaskTemplate t = templates.findById(id).orElseThrow(() -> new NotFoundException("template", id));
        if (t.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("error.concurrentChange");
        }
        return t;
    }

    private void check(TemplateDraft d) {
        FormValidation.requireValidOneAtATime(validator, d.stripped());
        projects.requireActive(d.projectId());
        if (d.assigneeId() != null && !people.hasActiveRole(d.assigneeId(), Role.ADMINISTRATOR)) {
            throw new UserMessageException("board.assignee.invalid");
        }
    }
}
