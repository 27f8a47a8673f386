--liquibase formatted sql

--changeset pso:reminders-001
-- Each person's reminder choices; no row means the defaults (24 hours and 1 hour before, e-mail on). An offset is in
-- minutes before the start, NULL when that reminder is switched off.
CREATE TABLE reminder_settings (
    person_id             BIGINT      NOT NULL PRIMARY KEY,
    first_offset_minutes  INT         NULL,
    second_offset_minutes INT         NULL,
    email                 BOOLEAN     NOT NULL,
    updated_at            DATETIME(6) NOT NULL,
    CONSTRAINT fk_reminder_settings_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per reminder sent, inserted in the transaction that writes its notification: the unique key makes a second
-- run (another thread, another instance) fail on the insert and send nothing. The start time is part of the key, so
-- a rescheduled appointment is reminded of again for its new time. Rows of past appointments are deleted by the
-- scheduler after two days.
CREATE TABLE reminder_sent (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind           VARCHAR(30) NOT NULL,
    ref_id         BIGINT      NOT NULL,
    person_id      BIGINT      NOT NULL,
    offset_minutes INT         NOT NULL,
    starts_at      DATETIME(6) NOT NULL,
    sent_at        DATETIME(6) NOT NULL,
    CONSTRAINT uq_reminder_sent UNIQUE (kind, ref_id, person_id, offset_minutes, starts_at),
    CONSTRAINT fk_reminder_sent_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_reminder_sent_starts ON reminder_sent (starts_at);
--rollback DROP TABLE reminder_sent; DROP TABLE reminder_settings;
