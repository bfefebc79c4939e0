-- Sessions, login throttling and refunds.

-- Opaque bearer tokens. Only a SHA-256 of each token is stored, so a database dump cannot be replayed; a row per
-- token makes logout (revocation) and expiry work across every node.
CREATE TABLE auth_token (
  token_hash  char(64)    NOT NULL COMMENT 'hex SHA-256 of the token',
  role        varchar(16) NOT NULL COMMENT 'CUSTOMER or STAFF',
  subject_id  bigint      NOT NULL COMMENT 'user.id or employee.id',
  created_at  datetime    NOT NULL,
  expires_at  datetime    NOT NULL,
  revoked_at  datetime    DEFAULT NULL,
  PRIMARY KEY (token_hash),
  KEY idx_token_subject (role, subject_id),
  KEY idx_token_expiry (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='登录令牌';

-- Failed staff logins, counted per username to throttle guessing (shared by every node).
CREATE TABLE login_failure (
  id           bigint      NOT NULL AUTO_INCREMENT,
  username     varchar(32) NOT NULL,
  attempted_at datetime    NOT NULL,
  PRIMARY KEY (id),
  KEY idx_login_failure (username, attempted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='登录失败记录';

-- Every refund we asked the payment gateway for, with its reference.
CREATE TABLE refund (
  id          bigint        NOT NULL AUTO_INCREMENT,
  order_id    bigint        NOT NULL,
  amount      decimal(10,2) NOT NULL,
  reason      varchar(255)  NOT NULL,
  gateway_ref varchar(64)   NOT NULL,
  created_at  datetime      NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY idx_refund_order (order_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='退款记录';
