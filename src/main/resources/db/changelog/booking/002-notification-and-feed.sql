--liquibase formatted sql

--changeset pso:booking-002
-- In-portal notifications (booking changes for the other party). message_args: arguments separated by U+001F.
CREATE TABLE notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT        NOT NULL,
    message_key  VARCHAR(80)   NOT NULL,
    message_args VARCHAR(1000) NULL,
    link         VARCHAR(200)  NULL,
    created_at   DATETIME(6)   NOT NULL,
    read_at      DATETIME(6)   NULL,
    CONSTRAINT fk_notification_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_notification_person ON notification (person_id, created_at);

-- Private calendar feed: only the SHA-256 hash of the secret token is stored (a leaked table reveals no feed URL).
CREATE TABLE calendar_feed_token (
    person_id  BIGINT      NOT NULL PRIMARY KEY,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_calendar_feed_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE calendar_feed_token; DROP TABLE notification;
