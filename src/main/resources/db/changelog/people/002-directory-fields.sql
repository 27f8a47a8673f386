--liquibase formatted sql

--changeset pso:people-002
-- What the organisation's identity provider or directory says of a person: the department, and the provider's own
-- id for them (OIDC subject or LDAP DN), for tracing; people are matched by e-mail. NULL for people created in the
-- portal itself.
ALTER TABLE person ADD COLUMN department VARCHAR(120) NULL, ADD COLUMN external_id VARCHAR(255) NULL;
--rollback ALTER TABLE person DROP COLUMN department, DROP COLUMN external_id;
