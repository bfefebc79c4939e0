-- Refunds become an outbox: the row is written in the transaction that decides the money goes back (PENDING), and
-- a sender sends it after commit, retrying with backoff, idempotent at the provider by refund_number. A payment is
-- refunded at most once (order_id, transaction_id); a second, different payment of an order is refunded too.
ALTER TABLE refund
  DROP INDEX idx_refund_order,
  ADD COLUMN refund_number   varchar(64)  DEFAULT NULL COMMENT 'our idempotency key at the payment provider',
  ADD COLUMN transaction_id  varchar(64)  DEFAULT NULL COMMENT 'the provider''s id of the payment returned',
  ADD COLUMN status          varchar(10)  NOT NULL DEFAULT 'SENT' COMMENT 'PENDING until the provider accepted it',
  ADD COLUMN attempts        int          NOT NULL DEFAULT 0,
  ADD COLUMN next_attempt_at datetime     DEFAULT NULL,
  ADD COLUMN sent_at         datetime     DEFAULT NULL,
  ADD COLUMN last_error      varchar(255) DEFAULT NULL,
  MODIFY gateway_ref varchar(64) DEFAULT NULL;
-- Refunds made before this migration were sent inline when recorded.
UPDATE refund SET refund_number = CONCAT('RF-', order_id, '-', id), sent_at = created_at;
ALTER TABLE refund
  MODIFY refund_number varchar(64) NOT NULL,
  ADD UNIQUE KEY uk_refund_number (refund_number),
  ADD UNIQUE KEY uk_refund_payment (order_id, transaction_id),
  ADD KEY idx_refund_due (status, next_attempt_at);

ALTER TABLE orders
  ADD COLUMN pay_transaction_id varchar(64) DEFAULT NULL COMMENT 'the provider''s id of the payment that paid it';
