--liquibase formatted sql

--changeset pso:notifications-001
-- What a note is about (NotificationKind; NULL for notes written before kinds existed), and whether it waits for the
-- person's daily digest e-mail (PENDING) or went out in one (SENT); NULL: no digest (e-mailed at once, or not at all).
ALTER TABLE notification ADD COLUMN kind VARCHAR(30) NULL;
ALTER TABLE notification ADD COLUMN digest_state VARCHAR(10) NULL;
CREATE INDEX ix_notification_digest ON notification (digest_state, person_id);

-- Each person's notification choices; no row means the defaults (e-mail for every kind, no digest). In-portal notes
-- are always written. email_off: the kinds (NotificationKind names) the person wants no e-mail for, comma-separated.
CREATE TABLE notification_settings (
    person_id  BIGINT       NOT NULL PRIMARY KEY,
    email_off  VARCHAR(500) NOT NULL,
    digest     BOOLEAN      NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_notification_settings_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE notification_settings; DROP INDEX ix_notification_digest ON notification; ALTER TABLE notification DROP COLUMN digest_state; ALTER TABLE notification DROP COLUMN kind;
