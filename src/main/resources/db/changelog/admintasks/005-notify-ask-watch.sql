--liquibase formatted sql

--changeset pso:admintasks-notify-001
-- Waiting for the requester: while a question is open, the column the card was in before it (where the answer
-- returns it); NULL when no question is open.
ALTER TABLE admin_task ADD COLUMN asked_from_column VARCHAR(20) NULL;
-- A comment is a plain comment, a question to the requester or the requester's answer.
ALTER TABLE admin_task_comment ADD COLUMN kind VARCHAR(10) NOT NULL DEFAULT 'COMMENT';

-- Who watches which task (told of every change; the requester and the assignee are told anyway).
CREATE TABLE admin_task_watch (
    task_id    BIGINT      NOT NULL,
    person_id  BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (task_id, person_id),
    CONSTRAINT fk_admin_task_watch_task FOREIGN KEY (task_id) REFERENCES admin_task (id) ON DELETE CASCADE,
    CONSTRAINT fk_admin_task_watch_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per due reminder sent (a task due tomorrow or overdue, to its assignee), inserted in the transaction that
-- writes the notification: the unique key makes a second run on the same day (another thread, another instance)
-- fail on the insert and send nothing.
CREATE TABLE admin_task_due_reminder (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id   BIGINT      NOT NULL,
    person_id BIGINT      NOT NULL,
    day       DATE        NOT NULL,
    sent_at   DATETIME(6) NOT NULL,
    CONSTRAINT uq_admin_task_due_reminder UNIQUE (task_id, person_id, day),
    CONSTRAINT fk_admin_task_due_reminder_task FOREIGN KEY (task_id) REFERENCES admin_task (id) ON DELETE CASCADE,
    CONSTRAINT fk_admin_task_due_reminder_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_admin_task_due_reminder_day ON admin_task_due_reminder (day);
--rollback DROP TABLE admin_task_due_reminder; DROP TABLE admin_task_watch; ALTER TABLE admin_task_comment DROP COLUMN kind; ALTER TABLE admin_task DROP COLUMN asked_from_column;
