-- The change log of needs that every node's search index follows (issue #23). Triggers write a row for each
-- insert, update and delete of a need and each change of its services, in the transaction of the change, so
-- no path (submission, moderation, supports, erasure, anonymisation, generated data) can forget it and a
-- rolled-back change leaves no row. Nodes poll rows after the highest id they have seen; a scheduled job
-- deletes rows older than a day (keeping the newest, so ids keep growing after a restart).
CREATE TABLE need_change (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    need_id    BIGINT      NOT NULL,
    changed_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    INDEX ix_need_change_changed_at (changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER need_change_on_insert AFTER INSERT ON need FOR EACH ROW
    INSERT INTO need_change (need_id) VALUES (NEW.id);
CREATE TRIGGER need_change_on_update AFTER UPDATE ON need FOR EACH ROW
    INSERT INTO need_change (need_id) VALUES (NEW.id);
CREATE TRIGGER need_change_on_delete AFTER DELETE ON need FOR EACH ROW
    INSERT INTO need_change (need_id) VALUES (OLD.id);
-- The services of a need are a filter of the list; deleting a need cascades to need_service without triggers.
CREATE TRIGGER need_change_on_service_insert AFTER INSERT ON need_service FOR EACH ROW
    INSERT INTO need_change (need_id) VALUES (NEW.need_id);
CREATE TRIGGER need_change_on_service_delete AFTER DELETE ON need_service FOR EACH ROW
    INSERT INTO need_change (need_id) VALUES (OLD.need_id);
