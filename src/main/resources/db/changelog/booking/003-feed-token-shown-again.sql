--liquibase formatted sql

--changeset pso:booking-003
-- The feed token itself, so that its owner can see and copy the feed address again (see docs/security.md,
-- "calendar feed"). Lookups still go by token_hash. Rows made before this change keep NULL until regenerated.
ALTER TABLE calendar_feed_token ADD COLUMN token VARCHAR(64) NULL;
--rollback ALTER TABLE calendar_feed_token DROP COLUMN token;
