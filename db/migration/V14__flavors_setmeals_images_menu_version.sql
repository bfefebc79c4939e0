-- The rest of the tutorial's menu (口味, 套餐), the images both clients load, and the counter that tells every node
-- its menu cache is stale. Tutorial column names and types (资料/day01/数据库/sky.sql), utf8mb4, plus the indexes the
-- menu's reads and rules need (a dish's flavours, a set meal's dishes, the set meals containing a dish).

CREATE TABLE dish_flavor (
  id      bigint       NOT NULL AUTO_INCREMENT COMMENT '主键',
  dish_id bigint       NOT NULL COMMENT '菜品',
  name    varchar(32)  DEFAULT NULL COMMENT '口味名称',
  value   varchar(255) DEFAULT NULL COMMENT '口味数据list (a JSON array, as text)',
  PRIMARY KEY (id),
  KEY idx_flavor_dish (dish_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='菜品口味关系表';

CREATE TABLE setmeal (
  id          bigint        NOT NULL AUTO_INCREMENT COMMENT '主键',
  category_id bigint        NOT NULL COMMENT '菜品分类id',
  name        varchar(32)   NOT NULL COMMENT '套餐名称',
  price       decimal(10,2) NOT NULL COMMENT '套餐价格',
  status      int           DEFAULT 1 COMMENT '售卖状态 0:停售 1:起售',
  description varchar(255)  DEFAULT NULL COMMENT '描述信息',
  image       varchar(255)  DEFAULT NULL COMMENT '图片',
  create_time datetime      DEFAULT NULL,
  update_time datetime      DEFAULT NULL,
  create_user bigint        DEFAULT NULL,
  update_user bigint        DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY idx_setmeal_name (name),
  KEY idx_setmeal_category (category_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='套餐';

CREATE TABLE setmeal_dish (
  id         bigint        NOT NULL AUTO_INCREMENT COMMENT '主键',
  setmeal_id bigint        DEFAULT NULL COMMENT '套餐id',
  dish_id    bigint        DEFAULT NULL COMMENT '菜品id',
  name       varchar(32)   DEFAULT NULL COMMENT '菜品名称 （冗余字段）',
  price      decimal(10,2) DEFAULT NULL COMMENT '菜品单价（冗余字段）',
  copies     int           DEFAULT NULL COMMENT '菜品份数',
  PRIMARY KEY (id),
  KEY idx_setmeal_dish_setmeal (setmeal_id),
  KEY idx_setmeal_dish_dish (dish_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='套餐菜品关系';

-- Uploaded images, named by the SHA-256 of their bytes: the same bytes are stored once, and a URL never changes
-- meaning, so any node serves it with a year-long cache.
CREATE TABLE image (
  sha256       char(64)    NOT NULL,
  content_type varchar(32) NOT NULL COMMENT 'image/png or image/jpeg, from the bytes',
  size         int         NOT NULL,
  bytes        mediumblob  NOT NULL,
  create_time  datetime    NOT NULL,
  create_user  bigint      DEFAULT NULL,
  PRIMARY KEY (sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='图片';

-- One row: bumped in the same transaction as every menu write; each node compares it with the version its cached
-- customer menu was read at (README, "The menu cache").
CREATE TABLE menu_version (
  id      tinyint NOT NULL COMMENT 'always 1',
  version bigint  NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='菜单版本';
INSERT INTO menu_version (id, version) VALUES (1, 1);

-- Ids below 100 stay free for the demo shop's fixed ids (db/demo), so they never collide with the shop's own rows.
ALTER TABLE category AUTO_INCREMENT = 100;
ALTER TABLE dish AUTO_INCREMENT = 100;
ALTER TABLE setmeal AUTO_INCREMENT = 100;
