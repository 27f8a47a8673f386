package org.psoportal.admintasks.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a task's checklist. */
@Entity
@Table(name = "admin_task_checklist_item")
class ChecklistItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(nullable = false)
    private boolean done;

    @Column(nullable = false)
    private int position;

    protected ChecklistItem() {}

    ChecklistItem(long taskId, String label, int position) {
        this.taskId = taskId;
        this.label = label;
        this.position = position;
    }

    Long getId() {
        return id;
    }

    long getTaskId() {
        return taskId;
    }

    String getLabel() {
        return label;
    }

    boolean isDone() {
        return done;
    }

    void setDone(boolean done) {
        this.done = done;
    }

    int getPosition() {
        return position;
    }
}
