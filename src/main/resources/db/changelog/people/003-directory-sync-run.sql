--liquibase formatted sql

--changeset pso:people-003
-- One run of the company-directory sync (LDAP / Active Directory): when, started by whom (the schedule or a head,
-- by name), what it did, and the errors of single entries (one line each, e.g. an entry without an e-mail).
CREATE TABLE directory_sync_run (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    started_at   DATETIME(6)  NOT NULL,
    finished_at  DATETIME(6)  NOT NULL,
    started_by   VARCHAR(160) NOT NULL,
    read_count   INT          NOT NULL,
    created      INT          NOT NULL,
    updated      INT          NOT NULL,
    deactivated  INT          NOT NULL,
    error_count  INT          NOT NULL,
    errors       TEXT         NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_directory_sync_run_started ON directory_sync_run (started_at);
--rollback DROP TABLE directory_sync_run;
