--liquibase formatted sql

--changeset pso:audit-001
-- The audit trail: sign-ins, refused accesses and changes to tasks, bookings, people and projects. Append-only.
-- occurred_at is UTC. actor_person_id is NULL for failed sign-ins and for work done by the system (demo loader,
-- scheduler); actor_label then says who or what (the e-mail tried, "demo-loader", "system"). No foreign key to
-- person: the trail must outlive what it describes. Every text column is stored on one line (control characters
-- replaced) so a crafted value cannot forge a second entry when the trail is shown or exported.
CREATE TABLE audit_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(6)  NOT NULL,
    actor_person_id BIGINT       NULL,
    actor_label     VARCHAR(254) NOT NULL,
    category        VARCHAR(20)  NOT NULL,
    action          VARCHAR(30)  NOT NULL,
    object_type     VARCHAR(40)  NULL,
    object_id       BIGINT       NULL,
    detail          VARCHAR(500) NULL,
    remote_address  VARCHAR(45)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- The view reads newest first, narrowed by period, category, actor or object.
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at, id);
CREATE INDEX ix_audit_event_category ON audit_event (category, occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor_label, occurred_at);
CREATE INDEX ix_audit_event_object ON audit_event (object_type, object_id, occurred_at);
--rollback DROP TABLE audit_event;
