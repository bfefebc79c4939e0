-- The demo shop: loaded only when sky.db.demoData=true. Idempotent (fixed ids, INSERT IGNORE), so Flyway can
-- re-apply it whenever it changes without duplicating rows or overwriting what the demo user changed.
-- Its times are the shop's (sky.zone), like every time the app writes, not the database server's.
SET @demo_now = CONVERT_TZ(UTC_TIMESTAMP(), '+00:00', '${shopUtcOffset}');

-- Shop admin: admin / 123456, as a salted PBKDF2-HMAC-SHA512 hash (never MD5).
INSERT IGNORE INTO employee (id, name, username, password, phone, sex, id_number, status, create_time, update_time, create_user, update_user)
VALUES (1, '管理员', 'admin', 'pbkdf2-sha512$210000$XktEOCVhvQ1+/lxA+0VjDQ$Uvn3LbHQx/zCQdKrowQ6+VAqiSeNKq8uPgOtZxZYLrs',
        '13812312312', '1', '110101199001010047', 1, @demo_now, @demo_now, 1, 1);

INSERT IGNORE INTO category (id, type, name, sort, status, create_time, update_time, create_user, update_user) VALUES
  (11, 1, '酒水饮料', 10, 1, @demo_now, @demo_now, 1, 1),
  (12, 1, '传统主食', 9, 1, @demo_now, @demo_now, 1, 1),
  (16, 1, '蜀味烤鱼', 4, 1, @demo_now, @demo_now, 1, 1),
  (17, 1, '蜀味牛蛙', 5, 1, @demo_now, @demo_now, 1, 1),
  (20, 1, '水煮鱼', 2, 1, @demo_now, @demo_now, 1, 1);

INSERT IGNORE INTO dish (id, name, category_id, price, image, description, status, create_time, update_time, create_user, update_user) VALUES
  (46, '王老吉', 11, 6.00, '/images/dish/wanglaoji.png', '', 1, @demo_now, @demo_now, 1, 1),
  (47, '北冰洋', 11, 4.00, '/images/dish/beibingyang.png', '还是小时候的味道', 1, @demo_now, @demo_now, 1, 1),
  (48, '雪花啤酒', 11, 4.00, '/images/dish/xuehua.png', '', 1, @demo_now, @demo_now, 1, 1),
  (49, '米饭', 12, 2.00, '/images/dish/mifan.png', '精选五常大米', 1, @demo_now, @demo_now, 1, 1),
  (50, '馒头', 12, 1.00, '/images/dish/mantou.png', '优质面粉', 1, @demo_now, @demo_now, 1, 1),
  (51, '老坛酸菜鱼', 20, 56.00, '/images/dish/suancaiyu.png', '原料：汤，草鱼，酸菜', 1, @demo_now, @demo_now, 1, 1),
  (52, '经典酸菜鮰鱼', 20, 66.00, '/images/dish/huiyu.png', '原料：酸菜，江团，鮰鱼', 1, @demo_now, @demo_now, 1, 1),
  (53, '蜀味水煮草鱼', 20, 38.00, '/images/dish/caoyu.png', '原料：草鱼，汤', 1, @demo_now, @demo_now, 1, 1),
  (54, '清炒小油菜', 12, 18.00, '/images/dish/youcai.png', '原料：小油菜', 1, @demo_now, @demo_now, 1, 1),
  (60, '梅菜扣肉', 12, 58.00, '/images/dish/kourou.png', '原料：猪肉，梅菜', 1, @demo_now, @demo_now, 1, 1),
  (62, '草鱼2斤', 16, 68.00, '/images/dish/kaoyu.png', '原料：草鱼，黄豆芽，莲藕', 1, @demo_now, @demo_now, 1, 1),
  (65, '香锅牛蛙', 17, 88.00, '/images/dish/niuwa.png', '配料：鲜活牛蛙，莲藕，青笋', 1, @demo_now, @demo_now, 1, 1),
  (66, '宫保鸡丁', 12, 32.00, '/images/dish/gongbao.png', '原料：鸡肉，花生，黄瓜', 1, @demo_now, @demo_now, 1, 1),
  (67, '已停售的凉皮', 12, 12.00, '/images/dish/liangpi.png', '停售菜品，用于演示', 0, @demo_now, @demo_now, 1, 1);

-- Demo customer: logs in with code "demo-customer" (the demo identity provider takes the code as the openid).
INSERT IGNORE INTO user (id, openid, name, phone, sex, create_time)
VALUES (1, 'demo-customer', '演示顾客', '13900000000', '1', @demo_now);

INSERT IGNORE INTO address_book (id, user_id, consignee, sex, phone, province_code, province_name, city_code, city_name,
                                 district_code, district_name, detail, label, is_default)
VALUES (1, 1, '张三', '1', '13900000000', '11', '北京市', '1101', '市辖区', '110108', '海淀区',
        '中关村大街1号', '公司', 1);
