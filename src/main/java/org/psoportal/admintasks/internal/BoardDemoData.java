package org.psoportal.admintasks.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.security.Role;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.shared.demo.DemoDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * About 150 tasks created over the past 12 weeks (so the dashboard's trends have a shape), most of them done,
 * a few overdue, one column over its WIP limit, with comments, checklists and history; and a few templates.
 */
@Component
class BoardDemoData implements DemoDataContributor {

    private static final int TASKS = 150;
    private static final Map<TaskType, String[]> TITLES = new EnumMap<>(Map.of(
            TaskType.EXPENSES,
                    new String[] {
                        "Travel expenses %s",
                        "Hotel receipts for the %s workshop",
                        "Reimburse taxi costs (%s)",
                        "Expense report %s"
                    },
            TaskType.INVOICING,
                    new String[] {
                        "Invoice client for %s",
                        "Check supplier invoice %s",
                        "Credit note for %s",
                        "Chase unpaid invoice %s"
                    },
            TaskType.DATA_ENTRY,
                    new String[] {
                        "Enter timesheets %s",
                        "Update budget sheet %s",
                        "Record purchase orders %s",
                        "Import survey results %s"
                    },
            TaskType.PAPERWORK,
                    new String[] {
                        "Contract amendment %s",
                        "NDA for new partner (%s)",
                        "Purchase request %s",
                        "Archive signed documents %s"
                    },
            TaskType.REPORTING,
                    new String[] {
                        "Monthly status report %s",
                        "Steering committee slides %s",
                        "Budget forecast %s",
                        "Quarterly KPI report %s"
                    },
            TaskType.OTHER,
                    new String[] {
                        "Book meeting room for %s",
                        "Order supplies for %s",
                        "Set up project folder %s",
                        "Access request %s"
                    }));
    private static final String[] COMMENTS = {
        "Receipts are in the shared folder.",
        "Waiting for the signed copy.",
        "Can we do this by Friday?",
        "Done the first half, rest tomorrow.",
        "The client asked for a new PO number.",
        "Please check the amounts again.",
        "Thanks, looks good!"
    };

    private final AdminTaskRepository tasks;
    private final HistoryEntryRepository history;
    private final TaskCommentRepository comments;
    private final ChecklistItemRepository checklist;
    private final PersonService people;
    private final ProjectService projects;
    private final TemplateDemoData templates;

    BoardDemoData(
            AdminTaskRepository tasks,
            HistoryEntryRepository history,
            TaskCommentRepository comments,
            ChecklistItemRepository checklist,
            PersonService people,
            ProjectService projects,
            TemplateDemoData templates) {
        this.tasks = tasks;
        this.history = history;
        this.comments = comments;
        this.checklist = checklist;
        this.people = people;
        this.projects = projects;
        this.templates = templates;
    }

    @Override
    public int order() {
        return 30;
    }

    /** One planned card before positions are known. */
    private record Plan(TaskDraft draft, long requester, BoardColumn column, Instant created, Instant completed) {}

    @Override
    @Transactional
    public void load(DemoContext context) {
        Random random = context.random();
        Instant now = context.clock().instant();
        ZoneId zone = context.clock().getZone();
        LocalDate today = LocalDate.now(context.clock());
        List<ProjectSummary> active = projects.activeProjects();
        List<PersonSummary> admins = people.activeWithRole(Role.ADMINISTRATOR);
        List<PersonSummary> staff = people.activeWithRole(Role.STAFF);
        if (active.isEmpty() || admins.isEmpty() || staff.isEmpty()) {
            return;
        }
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            BoardColumn column = i < 18
                    ? BoardColumn.TODO
                    : i < 27 ? BoardColumn.IN_PROGRESS : i < 32 ? BoardColumn.WAITING : BoardColumn.DONE;
            TaskType type = TaskType.values()[random.nextInt(TaskType.values().length)];
            ProjectSummary project = active.get(random.nextInt(active.size()));
            String[] titles = TITLES.get(type);
            String title = titles[random.nextInt(titles.length)].formatted(project.code());
            // Open cards are recent; done ones spread over 12 weeks, each taking 1 to 10 days.
            int ageDays = column == BoardColumn.DONE ? 1 + random.nextInt(84) : random.nextInt(21);
            Instant created = now.minus(Duration.ofDays(ageDays)).minus(Duration.ofMinutes(random.nextInt(600)));
            Instant completed = null;
            if (column == BoardColumn.DONE) {
                completed = created.plus(Duration.ofHours(6 + random.nextInt(24 * 10)));
                if (completed.isAfter(now)) {
                    completed = now.minus(Duration.ofMinutes(5 + random.nextInt(120)));
                }
            }
            LocalDate createdDay = LocalDate.ofInstant(created, zone);
            LocalDate due = random.nextInt(5) == 0
                    ? null
                    : column == BoardColumn.DONE
                            ? createdDay.plusDays(3 + random.nextInt(18))
                            : today.plusDays(1 + random.nextInt(14));
            if (column != BoardColumn.DONE && i % 5 == 0) {
                due = today.minusDays(1 + random.nextInt(6)); // some overdue work
            }
            Long assignee = column == BoardColumn.TODO && random.nextBoolean()
                    ? null
                    : admins.get(random.nextInt(admins.size())).id();
            Priority priority =
                    Priority.values()[Math.min(3, random.nextInt(6) / 2 + (random.nextInt(8) == 0 ? 1 : 0))];
            TaskDraft draft = new TaskDraft(
                    title, "Requested for " + project.name() + ".", type, project.id(), assignee, priority, due);
            plans.add(new Plan(draft, staff.get(random.nextInt(staff.size())).id(), column, created, completed));
        }
        Map<BoardColumn, Integer> next = new EnumMap<>(BoardColumn.class);
        // Done: newest first; other columns: oldest request first.
        plans.sort(Comparator.comparing((Plan p) -> p.column())
                .thenComparing(p -> p.column() == BoardColumn.DONE
                        ? now.toEpochMilli() - p.completed().toEpochMilli()
                        : p.created().toEpochMilli()));
        for (Plan p : plans) {
            long position = (next.merge(p.column(), 1, Integer::sum) - 1) * BoardPositions.STEP;
            AdminTask task = new AdminTask(p.draft(), p.requester(), p.column(), position, p.created());
            task.backdate(p.created(), p.completed());
            tasks.save(task);
            storyOf(task, p, random, admins);
        }
        templates.load(context, active, admins);
    }

    private void storyOf(AdminTask task, Plan p, Random random, List<PersonSummary> admins) {
        long id = task.getId();
        Long worker = p.draft().assigneeId() != null
                ? p.draft().assigneeId()
                : admins.getFirst().id();
        history.save(new HistoryEntry(id, p.requester(), p.created(), HistoryAction.CREATED, "TODO"));
        Instant end = p.completed() != null ? p.completed() : p.created().plus(Duration.ofHours(20));
        if (p.draft().assigneeId() != null) {
            history.save(new HistoryEntry(
                    id,
                    worker,
                    p.created().plus(Duration.ofHours(1)),
                    HistoryAction.ASSIGNED,
                    admins.stream()
                            .filter(a -> a.id() == worker)
                            .findFirst()
                            .map(PersonSummary::fullName)
                            .orElse("?")));
        }
        if (p.column() != BoardColumn.TODO) {
            history.save(new HistoryEntry(
                    id, worker, p.created().plus(Duration.ofHours(2)), HistoryAction.MOVED, "TODO>IN_PROGRESS"));
        }
        if (p.column() == BoardColumn.WAITING || p.column() == BoardColumn.DONE) {
            history.save(new HistoryEntry(
                    id,
                    worker,
                    end.minus(Duration.ofHours(1)),
                    HistoryAction.MOVED,
                    "IN_PROGRESS>" + p.column().name()));
        }
        if (random.nextInt(10) < 4) {
            int n = 1 + random.nextInt(3);
            for (int c = 0; c < n; c++) {
                long author = c % 2 == 0 ? p.requester() : worker;
                comments.save(new TaskComment(
                        id,
                        author,
                        COMMENTS[random.nextInt(COMMENTS.length)],
                        p.created().plus(Duration.ofHours(3 + c * 5L))));
            }
        }
        if (random.nextInt(10) < 3) {
            int n = 2 + random.nextInt(3);
            for (int c = 0; c < n; c++) {
                ChecklistItem item = new ChecklistItem(
                        id,
                        List.of("Collect documents", "Check amounts", "Get approval", "Enter in ERP", "File copy")
                                .get(c),
                        c);
                item.setDone(p.column() == BoardColumn.DONE || random.nextBoolean());
                checklist.save(item);
            }
        }
    }
}
