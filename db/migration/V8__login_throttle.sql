-- Staff-login throttling as one counter row per scope (a username, a client address), reserved atomically before
-- the password is checked: parallel guesses cannot all slip past a count-then-insert, on one node or many.
CREATE TABLE login_throttle (
  scope        varchar(100) NOT NULL COMMENT 'user:<username> or addr:<client address>',
  window_start datetime     NOT NULL COMMENT 'when the current counting window began',
  attempts     int          NOT NULL COMMENT 'failed or in-flight attempts in this window',
  PRIMARY KEY (scope),
  KEY idx_login_throttle_window (window_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='登录限流';

DROP TABLE login_failure;
