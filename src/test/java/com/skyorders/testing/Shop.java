package com.skyorders.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Drives the product the way its clients do, over real HTTP: customers log in, keep addresses, fill carts,
 * submit and pay; staff log in. Each test makes its own customers, so tests never share orders.
 */
public final class Shop {

    /** Demo dishes (db/demo): 宫保鸡丁 ¥32, 米饭 ¥2, and one that is not on sale. */
    public static final long KUNG_PAO = 66;

    public static final long RICE = 49;
    public static final long DISCONTINUED = 67;
    public static final BigDecimal KUNG_PAO_PRICE = new BigDecimal("32.00");
    public static final BigDecimal RICE_PRICE = new BigDecimal("2.00");

    private final Api api;
    private final TestServer server;

    public Shop(Api api, TestServer server) {
        this.api = api;
        this.server = server;
    }

    public record Customer(long id, String token) {
        public String[] auth() {
            return new String[] {"authentication", token};
        }
    }

    public Customer newCustomer() {
        String code = "it-" + UUID.randomUUID().toString().substring(0, 18);
        ApiResponse login = api.post("/user/user/login", "{\"code\":\"" + code + "\"}");
        assertEquals(200, login.status(), login::toString);
        JsonObject data = login.data().getAsJsonObject();
        return new Customer(data.get("id").getAsLong(), data.get("token").getAsString());
    }

    /** A fresh staff sign-in's token (admin), for a socket's {@code token=} or the {@code token} header. */
    public String staffToken() {
        return staff()[1];
    }

    /** A fresh staff sign-in as the {@code token} header's name and value. */
    public String[] staff() {
        ApiResponse login = api.post("/admin/employee/login", "{\"username\":\"admin\",\"password\":\"123456\"}");
        assertEquals(200, login.status(), login::toString);
        return new String[] {
            "token", login.data().getAsJsonObject().get("token").getAsString()
        };
    }

    public long addAddress(Customer customer) {
        ApiResponse created = api.post("/user/addressBook", """
                {"consignee":"李四","sex":"1","phone":"13800000000","provinceName":"北京市","cityName":"市辖区",
                 "districtName":"朝阳区","detail":"建国路88号","label":"家"}""", customer.auth());
        assertEquals(200, created.status(), created::toString);
        return created.data().getAsJsonObject().get("id").getAsLong();
    }

    public void addToCart(Customer customer, long dishId, int times) {
        for (int i = 0; i < times; i++) {
            ApiResponse added = api.post("/user/shoppingCart/add", "{\"dishId\":" + dishId + "}", customer.auth());
            assertEquals(200, added.status(), added::toString);
        }
    }

    /** Two 宫保鸡丁 and one 米饭: 66 + 3 pack + 6 delivery = 75.00. */
    public static final BigDecimal STANDARD_TOTAL = new BigDecimal("75.00");

    public ApiResponse submit(Customer customer, long addressId, BigDecimal amount) {
        return api.post("/user/order/submit", """
                {"addressBookId":%d,"payMethod":1,"remark":"少辣","estimatedDeliveryTime":"2026-11-23 13:00:00",
                 "deliveryStatus":1,"tablewareNumber":2,"tablewareStatus":0,"amount":%s}""".formatted(addressId, amount.toPlainString()), customer.auth());
    }

    /** A submitted, unpaid order of the standard cart; returns {id, orderNumber, …}. */
    public JsonObject placeOrder(Customer customer) {
        long address = addAddress(customer);
        addToCart(customer, KUNG_PAO, 2);
        addToCart(customer, RICE, 1);
        ApiResponse submitted = submit(customer, address, STANDARD_TOTAL);
        assertEquals(200, submitted.status(), submitted::toString);
        return submitted.data().getAsJsonObject();
    }

    public ApiResponse pay(Customer customer, String orderNumber) {
        return api.put(
                "/user/order/payment", "{\"orderNumber\":\"" + orderNumber + "\",\"payMethod\":1}", customer.auth());
    }

    /** A paid order (status 2, 待接单); returns its id. */
    public long placePaidOrder(Customer customer) {
        JsonObject order = placeOrder(customer);
        ApiResponse paid = pay(customer, order.get("orderNumber").getAsString());
        assertEquals(200, paid.status(), paid::toString);
        return order.get("id").getAsLong();
    }

    /**
     * Orders written straight into the database: set-up for tests and benchmarks whose subject is what happens
     * next (payment, reminders, alerts), not submission. Returns their numbers, in insertion order.
     */
    public java.util.List<String> insertOrders(Customer customer, int count, int status) {
        long address = server.jdbi()
                .withHandle(
                        h -> h.createQuery("SELECT id FROM address_book WHERE user_id = :u " + "ORDER BY id LIMIT 1")
                                .bind("u", customer.id())
                                .mapTo(Long.class)
                                .findOne())
                .orElseGet(() -> addAddress(customer));
        java.util.List<String> numbers = new java.util.ArrayList<>();
        server.jdbi().useTransaction(h -> {
            var batch = h.prepareBatch("INSERT INTO orders (number, status, user_id, address_book_id, order_time, "
                    + "pay_method, pay_status, amount, phone, address, consignee) VALUES (:number, :status, :user, "
                    + ":address, :now, 1, :payStatus, 9.00, '13800000000', 'x', 'y')");
            java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
            for (int i = 0; i < count; i++) {
                String number = "T" + System.nanoTime() + "-" + i;
                numbers.add(number);
                batch.bind("number", number)
                        .bind("status", status)
                        .bind("user", customer.id())
                        .bind("address", address)
                        .bind("payStatus", status == 1 ? 0 : 1)
                        .bind("now", now)
                        .add();
            }
            batch.execute();
        });
        return numbers;
    }

    public java.util.List<Long> idsOf(java.util.List<String> numbers) {
        return server.jdbi()
                .withHandle(h -> h.createQuery("SELECT id FROM orders WHERE number IN (<n>) ORDER BY id")
                        .bindList("n", numbers)
                        .mapTo(Long.class)
                        .list());
    }

    public int status(long orderId) {
        return server.jdbi()
                .withHandle(h -> h.createQuery("SELECT status FROM orders WHERE id = :id")
                        .bind("id", orderId)
                        .mapTo(Integer.class)
                        .one());
    }

    /** Forces an order into a status, for tests that start mid-workflow. */
    public void forceStatus(long orderId, int status) {
        server.jdbi()
                .useHandle(h -> h.createUpdate("UPDATE orders SET status = :s WHERE id = :id")
                        .bind("s", status)
                        .bind("id", orderId)
                        .execute());
    }

    public Api api() {
        return api;
    }

    /**
     * Raises a 催单 alert in the caller's open transaction exactly as AlertPublisher does (the id from the sequence
     * row, whose lock it now holds until the test commits or rolls back); returns its id.
     */
    public static long raiseAlertIn(java.sql.Connection connection, long orderId) throws java.sql.SQLException {
        try (var statement = connection.createStatement();
                var insert = connection.prepareStatement("INSERT INTO alert (id, type, order_id, order_number, "
                        + "content, details, created_at) VALUES (LAST_INSERT_ID(), 4, ?, 'LATE', '订单号：LATE', "
                        + "'{}', NOW())")) {
            statement.executeUpdate("UPDATE alert_sequence SET last_id = LAST_INSERT_ID(last_id + 1) WHERE id = 1");
            insert.setLong(1, orderId);
            insert.executeUpdate();
            try (var id = statement.executeQuery("SELECT LAST_INSERT_ID()")) {
                id.next();
                return id.getLong(1);
            }
        }
    }
}
