-- Alert details are JSON text whose escaping can multiply a long remark or address several times over:
-- a fixed varchar(1000) could refuse the payment that raised the alert.
ALTER TABLE alert MODIFY details TEXT NOT NULL COMMENT 'strict JSON text';
