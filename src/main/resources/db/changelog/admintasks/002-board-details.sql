--liquibase formatted sql

--changeset pso:admintasks-002
-- One row per board column: its WIP limit (NULL = none) and the row moves lock (SELECT ... FOR UPDATE) so that
-- concurrent moves into or out of a column renumber its positions one after the other.
CREATE TABLE board_column_state (
    board_column VARCHAR(20) NOT NULL PRIMARY KEY,
    wip_limit    INT         NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO board_column_state (board_column, wip_limit) VALUES ('TODO', NULL), ('IN_PROGRESS', 8), ('WAITING', 6), ('DONE', NULL);

CREATE TABLE admin_task_checklist_item (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id   BIGINT       NOT NULL,
    label     VARCHAR(200) NOT NULL,
    done      BOOLEAN      NOT NULL DEFAULT FALSE,
    position  INT          NOT NULL,
    CONSTRAINT fk_checklist_task FOREIGN KEY (task_id) REFERENCES admin_task (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_checklist_task ON admin_task_checklist_item (task_id, position);

CREATE TABLE admin_task_comment (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id    BIGINT      NOT NULL,
    author_id  BIGINT      NOT NULL,
    body       TEXT        NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_comment_task FOREIGN KEY (task_id) REFERENCES admin_task (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_comment_task ON admin_task_comment (task_id, created_at);

-- action: CREATED, EDITED, MOVED, ASSIGNED, ARCHIVED, COMMENTED, CHECKLIST, ATTACHED, OVER_LIMIT
CREATE TABLE admin_task_history (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id    BIGINT       NOT NULL,
    actor_id   BIGINT       NULL,
    at         DATETIME(6)  NOT NULL,
    action     VARCHAR(20)  NOT NULL,
    detail     VARCHAR(500) NULL,
    CONSTRAINT fk_history_task FOREIGN KEY (task_id) REFERENCES admin_task (id) ON DELETE CASCADE,
    CONSTRAINT fk_history_actor FOREIGN KEY (actor_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_history_task ON admin_task_history (task_id, at);

CREATE TABLE admin_task_attachment (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id        BIGINT       NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    data           LONGBLOB     NOT NULL,
    uploaded_by_id BIGINT       NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_attachment_task FOREIGN KEY (task_id) REFERENCES admin_task (id) ON DELETE CASCADE,
    CONSTRAINT fk_attachment_uploader FOREIGN KEY (uploaded_by_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_attachment_task ON admin_task_attachment (task_id);

-- schedule_kind: MONTHLY (day_of_month, clamped to the month's last day), WEEKLY (day_of_week 1=Monday..7),
-- EVERY_N_DAYS (interval_days). next_run is the date of the next card; the scheduler advances it in the same
-- transaction that creates the card, under a row lock, so a missed run is created once.
CREATE TABLE admin_task_template (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title         VARCHAR(200) NOT NULL,
    description   TEXT         NULL,
    task_type     VARCHAR(20)  NOT NULL,
    project_id    BIGINT       NOT NULL,
    assignee_id   BIGINT       NULL,
    priority      VARCHAR(10)  NOT NULL,
    schedule_kind VARCHAR(20)  NOT NULL,
    day_of_month  INT          NULL,
    day_of_week   INT          NULL,
    interval_days INT          NULL,
    due_days      INT          NOT NULL DEFAULT 0,
    next_run      DATE         NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_by_id BIGINT       NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_template_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_template_assignee FOREIGN KEY (assignee_id) REFERENCES person (id),
    CONSTRAINT fk_template_creator FOREIGN KEY (created_by_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_template_next_run ON admin_task_template (active, next_run);
CREATE INDEX ix_admin_task_archived ON admin_task (archived_at, board_column, position);
--rollback DROP TABLE admin_task_template; DROP TABLE admin_task_attachment; DROP TABLE admin_task_history; DROP TABLE admin_task_comment; DROP TABLE admin_task_checklist_item; DROP TABLE board_column_state;
