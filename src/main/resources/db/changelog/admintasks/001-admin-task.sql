--liquibase formatted sql

--changeset pso:admintasks-001
-- The cards of the admin-task board. Enum columns hold the Java enum names:
--   task_type    EXPENSES, INVOICING, DATA_ENTRY, PAPERWORK, REPORTING, OTHER
--   board_column TODO, IN_PROGRESS, WAITING, DONE
--   priority     LOW, NORMAL, HIGH, URGENT
-- Cycle time = completed_at - created_at; a card is open while completed_at is NULL (board_column <> 'DONE').
CREATE TABLE admin_task (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title           VARCHAR(200) NOT NULL,
    description     TEXT         NULL,
    task_type       VARCHAR(20)  NOT NULL,
    project_id      BIGINT       NOT NULL,
    requested_by_id BIGINT       NOT NULL,
    assignee_id     BIGINT       NULL,
    board_column    VARCHAR(20)  NOT NULL,
    priority        VARCHAR(10)  NOT NULL,
    due_date        DATE         NULL,
    position        INT          NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    completed_at    DATETIME(6)  NULL,
    archived_at     DATETIME(6)  NULL,
    template_id     BIGINT       NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_admin_task_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_admin_task_requested_by FOREIGN KEY (requested_by_id) REFERENCES person (id),
    CONSTRAINT fk_admin_task_assignee FOREIGN KEY (assignee_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_admin_task_column_position ON admin_task (board_column, position);
CREATE INDEX ix_admin_task_project ON admin_task (project_id, board_column);
CREATE INDEX ix_admin_task_assignee ON admin_task (assignee_id, board_column);
CREATE INDEX ix_admin_task_requested_by ON admin_task (requested_by_id, created_at);
CREATE INDEX ix_admin_task_created ON admin_task (created_at);
CREATE INDEX ix_admin_task_completed ON admin_task (completed_at);
CREATE INDEX ix_admin_task_due ON admin_task (due_date);
--rollback DROP TABLE admin_task;
