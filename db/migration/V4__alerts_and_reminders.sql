-- Merchant alerts (来单提醒, 客户催单) as an outbox, and customers' reminders.

-- One row holding the last alert id. Publishing takes its row lock until commit, so alert ids become visible in
-- strictly increasing order: a node tailing "id > last seen" can never skip one that commits late.
CREATE TABLE alert_sequence (
  id      tinyint NOT NULL,
  last_id bigint  NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='提醒编号';
INSERT INTO alert_sequence (id, last_id) VALUES (1, 0);

-- The outbox: written in the same transaction as the order change that caused it, delivered after commit by every
-- node, and read by the admin's message page. type: 1 待接单, 2 急·待接单, 4 催单.
CREATE TABLE alert (
  id           bigint        NOT NULL,
  type         int           NOT NULL,
  order_id     bigint        NOT NULL,
  order_number varchar(50)   NOT NULL,
  content      varchar(255)  NOT NULL,
  details      varchar(1000) NOT NULL COMMENT 'strict JSON text',
  created_at   datetime      NOT NULL,
  read_at      datetime      DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_alert_unread (read_at, id),
  KEY idx_alert_order (order_id, type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='商家提醒';

-- 客户催单: every accepted reminder, and the shop's reply to it.
CREATE TABLE order_reminder (
  id          bigint      NOT NULL AUTO_INCREMENT,
  order_id    bigint      NOT NULL,
  user_id     bigint      NOT NULL,
  reminded_at datetime    NOT NULL,
  reply       varchar(30) DEFAULT NULL,
  replied_at  datetime    DEFAULT NULL,
  replied_by  bigint      DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_reminder_order (order_id, reminded_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='催单记录';
