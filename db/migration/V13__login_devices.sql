-- Staff-login throttling, second design (OWASP: lockout must not become a denial of service).
-- A browser that has signed in as an employee carries a device cookie; its attempts for that employee count on its
-- own row here, so strangers' failures never lock it out. Every other attempt counts per employee and per client
-- address. Scopes are columns, never a string joined from client input (user "a@b" and address "b" once collided).
DROP TABLE login_throttle;

CREATE TABLE login_throttle (
  scope        tinyint      NOT NULL COMMENT '1 employee (from unknown devices), 2 client address',
  subject      varchar(64)  NOT NULL COMMENT 'the employee id, or the client address',
  window_start datetime     NOT NULL COMMENT 'when the current counting window began',
  attempts     int          NOT NULL COMMENT 'failed or in-flight password checks in this window',
  PRIMARY KEY (scope, subject),
  KEY idx_login_throttle_window (window_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='登录限流';

CREATE TABLE login_device (
  device_hash  char(64)     NOT NULL COMMENT 'SHA-256 of the device cookie',
  employee_id  bigint       NOT NULL COMMENT 'the employee this browser signed in as',
  window_start datetime     NOT NULL COMMENT 'when the current counting window began',
  attempts     int          NOT NULL COMMENT 'failed or in-flight password checks in this window',
  last_seen    datetime     NOT NULL COMMENT 'the last successful sign-in from this device',
  PRIMARY KEY (device_hash, employee_id),
  KEY idx_login_device_seen (last_seen)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='登录过的设备';
