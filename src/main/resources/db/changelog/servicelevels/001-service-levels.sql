--liquibase formatted sql

--changeset pso:servicelevels-001
-- The office calendar: one row (id 1). Working days as ISO day numbers (1 = Monday), comma-separated; working hours
-- are local times of the portal's time zone. The version guards against two heads saving over each other.
CREATE TABLE office_calendar (
    id           TINYINT     NOT NULL PRIMARY KEY,
    working_days VARCHAR(20) NOT NULL,
    day_start    TIME        NOT NULL,
    day_end      TIME        NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    updated_at   DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO office_calendar (id, working_days, day_start, day_end) VALUES (1, '1,2,3,4,5', '09:00:00', '17:30:00');

-- Public holidays: nobody works on them; one per date.
CREATE TABLE office_holiday (
    holiday_date DATE         NOT NULL PRIMARY KEY,
    name         VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One service-level clock per filed request with a target. Elapsed working time is kept in seconds up to the last
-- pause or stop; while the clock runs, running_since says since when (the time left is computed from the calendar
-- when read). The noted_at columns are set once, by a conditional UPDATE in the transaction that writes the note,
-- so two scheduler runs racing note each threshold once.
CREATE TABLE sla_clock (
    task_id           BIGINT       NOT NULL PRIMARY KEY,
    project_id        BIGINT       NOT NULL,
    request_type_id   BIGINT       NOT NULL,
    type_name         VARCHAR(200) NOT NULL,
    title             VARCHAR(300) NULL,
    assignee_id       BIGINT       NULL,
    target_minutes    INT          NOT NULL,
    elapsed_seconds   BIGINT       NOT NULL DEFAULT 0,
    state             VARCHAR(10)  NOT NULL,
    filed_at          DATETIME(6)  NOT NULL,
    running_since     DATETIME(6)  NULL,
    paused_since      DATETIME(6)  NULL,
    stopped_at        DATETIME(6)  NULL,
    first_response_at DATETIME(6)  NULL,
    at_risk_noted_at  DATETIME(6)  NULL,
    breach_noted_at   DATETIME(6)  NULL,
    CONSTRAINT fk_sla_clock_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_sla_clock_assignee FOREIGN KEY (assignee_id) REFERENCES person (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sla_clock_state ON sla_clock (state);
CREATE INDEX ix_sla_clock_stopped ON sla_clock (stopped_at);
CREATE INDEX ix_sla_clock_filed ON sla_clock (filed_at);
--rollback DROP TABLE sla_clock; DROP TABLE office_holiday; DROP TABLE office_calendar;
