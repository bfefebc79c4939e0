-- WeChat Pay tells us how a sent refund ended (its refund notification): SUCCESS, CLOSED or ABNORMAL (the money
-- could not reach the customer; a person settles it). NULL until it has told us; the mock never does.
ALTER TABLE refund
  ADD COLUMN result     varchar(16) DEFAULT NULL COMMENT 'the provider''s final word: SUCCESS, CLOSED or ABNORMAL',
  ADD COLUMN settled_at datetime    DEFAULT NULL COMMENT 'when that word arrived';
