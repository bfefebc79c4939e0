-- Alert ids come from AUTO_INCREMENT instead of one shared sequence row. The row lock on alert_sequence made every
-- order change that raised an alert commit one after another (InnoDB could not group-commit them); now ids may
-- commit out of order, and the relay (AlertRelay) holds back at a gap until the missing id commits or is proven
-- abandoned. MODIFY keeps every existing id; the counter continues after the highest one.
ALTER TABLE alert MODIFY id bigint NOT NULL AUTO_INCREMENT;
DROP TABLE alert_sequence;
