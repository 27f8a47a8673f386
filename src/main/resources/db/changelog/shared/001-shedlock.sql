--liquibase formatted sql

--changeset pso:shared-001
-- ShedLock's lock rows: one per scheduled job (e.g. "recurring-templates"). An instance that runs the job holds the
-- row until lock_until; the others skip their run meanwhile. Times are the database's own UTC_TIMESTAMP (usingDbTime).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
