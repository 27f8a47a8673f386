--liquibase formatted sql

--changeset pso:requests-001
-- The request catalogue (module requests). A request type says what the office offers: its board type (task_type,
-- the admintasks enum name), who gets it (assignee_rule NONE | PERSON (assignee_id) | LEAST_LOADED: the active
-- administrator with the fewest open tasks), a target turnaround (target_amount + target_unit WORKING_HOURS |
-- WORKING_DAYS, both null for none), a checklist template (one item per line) and its current form.
CREATE TABLE request_type (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(100)  NOT NULL,
    description     VARCHAR(500)  NULL,
    task_type       VARCHAR(20)   NOT NULL,
    assignee_rule   VARCHAR(12)   NOT NULL DEFAULT 'NONE',
    assignee_id     BIGINT        NULL,
    target_amount   INT           NULL,
    target_unit     VARCHAR(14)   NULL,
    checklist       TEXT          NULL,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    display_order   INT           NOT NULL DEFAULT 0,
    current_form_id BIGINT        NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_request_type_name UNIQUE (name),
    CONSTRAINT fk_request_type_assignee FOREIGN KEY (assignee_id) REFERENCES person (id),
    CONSTRAINT ck_request_type_target CHECK ((target_amount IS NULL) = (target_unit IS NULL)
        AND (target_amount IS NULL OR target_amount BETWEEN 1 AND 9999))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The versions of a type's form. A new row whenever the type's fields change; rows never change afterwards, so a
-- request shows its answers with the questions it was asked (request.form_id). fields: the ordered field
-- definitions as JSON (see requests.internal.FormDefinition: why JSON and not rows).
CREATE TABLE request_form (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_type_id BIGINT      NOT NULL,
    form_version    INT         NOT NULL,
    fields          LONGTEXT    NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    CONSTRAINT uq_request_form_version UNIQUE (request_type_id, form_version),
    CONSTRAINT fk_request_form_type FOREIGN KEY (request_type_id) REFERENCES request_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE request_type ADD CONSTRAINT fk_request_type_form FOREIGN KEY (current_form_id) REFERENCES request_form (id);

-- One row per task filed through the catalogue (task_id: the board's admin task; no foreign key, as the module
-- names no other module's table; the row is written in the same transaction as the task). answers: JSON object
-- field key -> value; answers_text: the values as plain text, for the board's free-text filter.
CREATE TABLE request (
    task_id         BIGINT      NOT NULL PRIMARY KEY,
    request_type_id BIGINT      NOT NULL,
    form_id         BIGINT      NOT NULL,
    requested_by_id BIGINT      NOT NULL,
    answers         LONGTEXT    NOT NULL,
    answers_text    LONGTEXT    NOT NULL,
    filed_at        DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_request_type FOREIGN KEY (request_type_id) REFERENCES request_type (id),
    CONSTRAINT fk_request_form FOREIGN KEY (form_id) REFERENCES request_form (id),
    CONSTRAINT fk_request_requested_by FOREIGN KEY (requested_by_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_request_requested_by ON request (requested_by_id);
CREATE INDEX ix_request_type ON request (request_type_id);

-- The catalogue's settings (one row): whether administrators may manage the catalogue (the head decides).
CREATE TABLE request_settings (
    id                BIGINT  NOT NULL PRIMARY KEY,
    admins_may_manage BOOLEAN NOT NULL DEFAULT FALSE,
    version           BIGINT  NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO request_settings (id, admins_may_manage) VALUES (1, FALSE);
--rollback DROP TABLE request_settings; DROP TABLE request; ALTER TABLE request_type DROP FOREIGN KEY fk_request_type_form; DROP TABLE request_form; DROP TABLE request_type;

--changeset pso:requests-002
-- The six board types become catalogue entries with empty forms; tasks filed before the catalogue keep working
-- (they have no request row and show as before).
INSERT INTO request_type (name, description, task_type, display_order) VALUES
    ('Expenses', 'Expense claims and reimbursements.', 'EXPENSES', 10),
    ('Invoicing', 'Invoices to clients and from suppliers.', 'INVOICING', 20),
    ('Data entry', 'Entering data into project systems.', 'DATA_ENTRY', 30),
    ('Paperwork', 'Contracts, forms and filing.', 'PAPERWORK', 40),
    ('Reporting', 'Reports for projects and funders.', 'REPORTING', 50),
    ('Other', 'Anything else the office can help with.', 'OTHER', 60);
INSERT INTO request_form (request_type_id, form_version, fields, created_at)
    SELECT id, 1, '[]', UTC_TIMESTAMP(6) FROM request_type;
UPDATE request_type t SET current_form_id = (SELECT f.id FROM request_form f WHERE f.request_type_id = t.id);
--rollback DELETE FROM request_type;
