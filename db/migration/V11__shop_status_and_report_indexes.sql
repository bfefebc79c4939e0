-- 营业状态: one row, read by every node from the database (the tutorial keeps it in Redis), and its history.
CREATE TABLE shop_status (
  id         tinyint  NOT NULL COMMENT 'always 1: the shop',
  status     int      NOT NULL COMMENT '1 营业中, 0 打烊中',
  updated_by bigint   DEFAULT NULL COMMENT 'employee.id',
  updated_at datetime DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='店铺营业状态';
INSERT INTO shop_status (id, status) VALUES (1, 1);

CREATE TABLE shop_status_change (
  id         bigint   NOT NULL AUTO_INCREMENT,
  status     int      NOT NULL,
  changed_by bigint   NOT NULL COMMENT 'employee.id',
  changed_at datetime NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='营业状态变更记录';

-- 工作台 and 数据统计 group a day range of orders and users by day: range scans on the time columns, covering the
-- figures they sum so a year of orders is read from the index alone.
CREATE INDEX idx_orders_time_status_amount ON orders (order_time, status, amount);
CREATE INDEX idx_user_create_time ON user (create_time);

-- What the customer was charged besides the dishes, as priced at submission (sky.order.packFee × items,
-- sky.order.deliveryFee), so the order page can show why ¥32 of dishes cost ¥39 even after the fees change.
ALTER TABLE orders
  ADD COLUMN pack_fee     decimal(10,2) DEFAULT NULL COMMENT '打包费 charged',
  ADD COLUMN delivery_fee decimal(10,2) DEFAULT NULL COMMENT '配送费 charged';
