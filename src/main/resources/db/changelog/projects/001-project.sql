--liquibase formatted sql

--changeset pso:projects-001
CREATE TABLE project (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(30)   NOT NULL,
    name        VARCHAR(150)  NOT NULL,
    manager_id  BIGINT        NOT NULL,
    status      VARCHAR(10)   NOT NULL DEFAULT 'ACTIVE',
    description VARCHAR(2000) NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_project_code UNIQUE (code),
    CONSTRAINT fk_project_manager FOREIGN KEY (manager_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_project_status ON project (status, code);
--rollback DROP TABLE project;
