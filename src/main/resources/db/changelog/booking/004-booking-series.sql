--liquibase formatted sql

--changeset pso:booking-004
-- Repeating bookings: a series is what the booker asked for (how it repeats); its occurrences are ordinary bookings
-- that point to it, each checked by the same rules and moved or cancelled on its own or with the ones after it.
CREATE TABLE booking_series (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    repetition   VARCHAR(16) NOT NULL,
    booked_by_id BIGINT      NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_booking_series_booked_by FOREIGN KEY (booked_by_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE booking ADD COLUMN series_id BIGINT NULL;
ALTER TABLE booking ADD CONSTRAINT fk_booking_series FOREIGN KEY (series_id) REFERENCES booking_series (id);
CREATE INDEX ix_booking_series ON booking (series_id, start_at);
--rollback ALTER TABLE booking DROP FOREIGN KEY fk_booking_series; DROP INDEX ix_booking_series ON booking; ALTER TABLE booking DROP COLUMN series_id; DROP TABLE booking_series;
