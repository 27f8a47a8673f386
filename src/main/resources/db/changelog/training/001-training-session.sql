--liquibase formatted sql

--changeset pso:training-001
-- Training sessions: an expert teaches many at once. A session holds the expert's time through booking's
-- expert_hold (hold_id; booking owns that table and its rules). series_id groups the occurrences published together
-- (weekly office hours). start_at/end_at/registration_deadline are UTC instants. status: SCHEDULED or CANCELLED.
-- audience: EVERYONE, or PROJECTS (the projects in training_session_project).
CREATE TABLE training_session (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    series_id             BIGINT        NULL,
    expert_id             BIGINT        NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    skill                 VARCHAR(60)   NULL,
    description           TEXT          NULL,
    start_at              DATETIME(6)   NOT NULL,
    end_at                DATETIME(6)   NOT NULL,
    place                 VARCHAR(200)  NULL,
    meeting_link          VARCHAR(500)  NULL,
    seats                 INT           NOT NULL,
    registration_deadline DATETIME(6)   NOT NULL,
    audience              VARCHAR(10)   NOT NULL,
    status                VARCHAR(10)   NOT NULL,
    hold_id               BIGINT        NULL,
    cancel_reason         VARCHAR(500)  NULL,
    cancelled_at          DATETIME(6)   NULL,
    created_by_id         BIGINT        NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_training_session_expert FOREIGN KEY (expert_id) REFERENCES person (id),
    CONSTRAINT fk_training_session_created_by FOREIGN KEY (created_by_id) REFERENCES person (id),
    CONSTRAINT ck_training_session_end_after_start CHECK (end_at > start_at),
    CONSTRAINT ck_training_session_seats CHECK (seats BETWEEN 1 AND 500),
    CONSTRAINT ck_training_session_deadline CHECK (registration_deadline <= start_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_training_session_start ON training_session (start_at);
CREATE INDEX ix_training_session_expert ON training_session (expert_id, start_at);
CREATE INDEX ix_training_session_series ON training_session (series_id);

CREATE TABLE training_session_project (
    session_id BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    PRIMARY KEY (session_id, project_id),
    CONSTRAINT fk_training_session_project_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_training_session_project_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per person and session (UNIQUE: nobody holds two places). status: SEATED, WAITLISTED or CANCELLED.
-- queue_no: arrival order within the session, given under the session's row lock, so the waitlist is first come
-- first served; a person who cancels and registers again queues again at the end. attended: null until the expert
-- marks attendance.
CREATE TABLE training_registration (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id    BIGINT      NOT NULL,
    person_id     BIGINT      NOT NULL,
    project_id    BIGINT      NOT NULL,
    status        VARCHAR(10) NOT NULL,
    queue_no      INT         NOT NULL,
    registered_at DATETIME(6) NOT NULL,
    seated_at     DATETIME(6) NULL,
    cancelled_at  DATETIME(6) NULL,
    attended      BOOLEAN     NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_training_registration UNIQUE (session_id, person_id),
    CONSTRAINT fk_training_registration_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_training_registration_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_training_registration_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_training_registration_queue ON training_registration (session_id, status, queue_no);
CREATE INDEX ix_training_registration_person ON training_registration (person_id, status);
