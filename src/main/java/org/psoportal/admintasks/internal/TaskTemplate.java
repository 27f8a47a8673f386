package org.psoportal.admintasks.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.psoportal.shared.SafeText;

/** A recurring task: what card to create and when the next one is due. */
@Entity
@Table(name = "admin_task_template")
class TaskTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "task_type", nullable = false, length = 20)
    private TaskType type;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_kind", nullable = false, length = 20)
    private ScheduleKind kind;

    @Column(name = "day_of_month")
    private Integer dayOfMonth;

    @Column(name = "day_of_week")
    private Integer dayOfWeek;

    @Column(name = "interval_days")
    private Integer intervalDays;

    @Column(name = "due_days", nullable = false)
    private int dueDays;

    @Column(name = "next_run", nullable = false)
    private LocalDate nextRun;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_by_id", nullable = false)
    private long createdById;

    @Version
    private long version;

    protected TaskTemplate() {}

    TaskTemplate(TemplateDraft d, long createdById) {
        this.createdById = createdById;
        apply(d);
    }

    final void apply(TemplateDraft d) {
        title = SafeText.singleLine(d.title());
        description = d.description();
        type = d.type();
        projectId = d.projectId();
        assigneeId = d.assigneeId();
        priority = d.priority();
        kind = d.recurrence().kind();
        dayOfMonth = d.recurrence().dayOfMonth();
        dayOfWeek = d.recurrence().dayOfWeek() == null
                ? null
                : d.recurrence().dayOfWeek().getValue();
        intervalDays = d.recurrence().intervalDays();
        dueDays = d.dueDays();
        nextRun = d.recurrence().firstOnOrAfter(d.firstRun());
    }

    Recurrence recurrence() {
        return new Recurrence(kind, dayOfMonth, dayOfWeek == null ? null : DayOfWeek.of(dayOfWeek), intervalDays);
    }

    TemplateDraft toDraft() {
        return new TemplateDraft(
                title, description, type, projectId, assigneeId, priority, recurrence(), dueDays, nextRun);
    }

    /** The card for the occurrence {@code on}, due {@code dueDays} later. */
    TaskDraft cardFor(LocalDate on) {
        return new TaskDraft(title, description, type, projectId, assigneeId, priority, on.plusDays(dueDays));
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    long getProjectId() {
        return projectId;
    }

    LocalDate getNextRun() {
        return nextRun;
    }

    void setNextRun(LocalDate nextRun) {
        this.nextRun = nextRun;
    }

    boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    long getCreatedById() {
        return createdById;
    }

    long getVersion() {
        return version;
    }
}
