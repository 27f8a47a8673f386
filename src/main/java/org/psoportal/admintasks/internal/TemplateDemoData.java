package org.psoportal.admintasks.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.shared.demo.DemoContext;
import org.springframework.stereotype.Component;

/** A few recurring templates for the demo (called by {@link BoardDemoData}). */
@Component
class TemplateDemoData {

    private final TaskTemplateRepository templates;

    TemplateDemoData(TaskTemplateRepository templates) {
        this.templates = templates;
    }

    void load(DemoContext context, List<ProjectSummary> projects, List<PersonSummary> admins) {
        LocalDate tomorrow = LocalDate.now(context.clock()).plusDays(1);
        long owner = admins.getFirst().id();
        add(
                new TemplateDraft(
                        "Monthly expense report",
                        "Collect and submit all expense claims of the month.",
                        TaskType.EXPENSES,
                        projects.get(0).id(),
                        admins.getFirst().id(),
                        Priority.NORMAL,
                        Recurrence.monthly(31),
                        5,
                        tomorrow),
                owner);
        add(
                new TemplateDraft(
                        "Weekly timesheet check",
                        "Check that everyone entered their hours.",
                        TaskType.DATA_ENTRY,
                        projects.get(1 % projects.size()).id(),
                        null,
                        Priority.NORMAL,
                        Recurrence.weekly(DayOfWeek.FRIDAY),
                        1,
                        tomorrow),
                owner);
        add(
                new TemplateDraft(
                        "Invoice the client",
                        "Fortnightly invoice for hours delivered.",
                        TaskType.INVOICING,
                        projects.get(2 % projects.size()).id(),
                        admins.get(1 % admins.size()).id(),
                        Priority.HIGH,
                        Recurrence.everyDays(14),
                        7,
                        tomorrow),
                owner);
        TaskTemplate paused = new TaskTemplate(
                new TemplateDraft(
                        "Quarterly steering report",
                        null,
                        TaskType.REPORTING,
                        projects.get(3 % projects.size()).id(),
                        null,
                        Priority.NORMAL,
                        Recurrence.everyDays(91),
                        10,
                        tomorrow),
                owner);
        paused.setActive(false);
        templates.save(paused);
    }

    private void add(TemplateDraft draft, long creator) {
        templates.save(new TaskTemplate(draft, creator));
    }
}
