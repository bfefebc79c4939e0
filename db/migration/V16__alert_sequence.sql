-- Alert ids in commit order again (issue 22), so a reader of the outbox never meets a gap. Publishing takes the next
-- id from this one row as the transaction's last statements and holds the row lock until commit: the transaction
-- that takes id n+1 waits until the one that took n has committed (or rolled back, handing n back). The proof is in
-- AlertPublisher. This replaces V12's AUTO_INCREMENT ids and the gap probing they needed.
CREATE TABLE alert_sequence (
  id      tinyint NOT NULL,
  last_id bigint  NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='提醒编号';
INSERT INTO alert_sequence (id, last_id) SELECT 1, COALESCE(MAX(id), 0) FROM alert;
-- No AUTO_INCREMENT: an alert inserted without an id from the sequence fails instead of slipping out of order.
ALTER TABLE alert MODIFY id bigint NOT NULL;
