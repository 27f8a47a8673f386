--liquibase formatted sql

--changeset pso:admintasks-003
-- Sparse board positions: a column is ordered by (position, id) and positions leave gaps of 65,536, so a move
-- writes only the moved card's row instead of renumbering the column (docs/performance.md). The dense positions
-- 0..n-1 of existing cards keep their order when spread out.
ALTER TABLE admin_task MODIFY position BIGINT NOT NULL;
UPDATE admin_task SET position = position * 65536;
--rollback UPDATE admin_task t JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY board_column ORDER BY position, id) - 1 AS place FROM admin_task) o ON o.id = t.id SET t.position = o.place; ALTER TABLE admin_task MODIFY position INT NOT NULL;
