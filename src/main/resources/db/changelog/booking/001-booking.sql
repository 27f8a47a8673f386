--liquibase formatted sql

--changeset pso:booking-001
-- Bookings of experts. start_at/end_at are UTC instants. status: REQUESTED, CONFIRMED, DECLINED, CANCELLED;
-- REQUESTED and CONFIRMED bookings hold the expert's time. skill: the skill the booking is for (optional).
CREATE TABLE booking (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    expert_id       BIGINT       NOT NULL,
    project_id      BIGINT       NOT NULL,
    booked_by_id    BIGINT       NOT NULL,
    start_at        DATETIME(6)  NOT NULL,
    end_at          DATETIME(6)  NOT NULL,
    topic           VARCHAR(200) NOT NULL,
    notes           TEXT         NULL,
    skill           VARCHAR(60)  NULL,
    status          VARCHAR(12)  NOT NULL,
    cancelled_by_id BIGINT       NULL,
    cancelled_at    DATETIME(6)  NULL,
    cancel_reason   VARCHAR(500) NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_booking_expert FOREIGN KEY (expert_id) REFERENCES expert_profile (person_id),
    CONSTRAINT fk_booking_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_booking_booked_by FOREIGN KEY (booked_by_id) REFERENCES person (id),
    CONSTRAINT fk_booking_cancelled_by FOREIGN KEY (cancelled_by_id) REFERENCES person (id),
    CONSTRAINT ck_booking_end_after_start CHECK (end_at > start_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_booking_expert_start ON booking (expert_id, start_at, end_at);
CREATE INDEX ix_booking_booked_by ON booking (booked_by_id, start_at);
CREATE INDEX ix_booking_project ON booking (project_id, start_at);
CREATE INDEX ix_booking_start ON booking (start_at);

-- Unmet demand: a booking attempt refused because no slot was free within the expert's horizon.
CREATE TABLE booking_refusal (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    expert_id       BIGINT      NULL,
    skill           VARCHAR(60) NULL,
    project_id      BIGINT      NULL,
    requested_by_id BIGINT      NOT NULL,
    reason          VARCHAR(40) NOT NULL,
    occurred_at     DATETIME(6) NOT NULL,
    CONSTRAINT fk_refusal_expert FOREIGN KEY (expert_id) REFERENCES expert_profile (person_id),
    CONSTRAINT fk_refusal_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_refusal_requested_by FOREIGN KEY (requested_by_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_refusal_occurred ON booking_refusal (occurred_at);
--rollback DROP TABLE booking_refusal; DROP TABLE booking;
