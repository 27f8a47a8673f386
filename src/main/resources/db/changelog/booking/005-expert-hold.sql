--liquibase formatted sql

--changeset pso:booking-005
-- Time an expert holds for something other than a one-to-one booking (a training session, owned by the training
-- module, which keeps the hold's id). A hold passes the same working-hours, time-off and buffer rules as a booking
-- and is checked under the same expert lock, so sessions and bookings can never overlap. label: what others see in
-- the expert's week ("Training: CRM basics"). Released holds are deleted.
CREATE TABLE expert_hold (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    expert_id  BIGINT       NOT NULL,
    start_at   DATETIME(6)  NOT NULL,
    end_at     DATETIME(6)  NOT NULL,
    label      VARCHAR(220) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_expert_hold_expert FOREIGN KEY (expert_id) REFERENCES expert_profile (person_id),
    CONSTRAINT ck_expert_hold_end_after_start CHECK (end_at > start_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_expert_hold_expert_start ON expert_hold (expert_id, start_at, end_at);
