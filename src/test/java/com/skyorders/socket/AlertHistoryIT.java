package com.skyorders.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Console;
import com.skyorders.testing.Shop;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import jakarta.websocket.CloseReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No console goes deaf: a since from another outbox history (a reset database, a restore, a replica that
 * missed the newest alerts) starts it now; a node reading an outbox that was recreated under it starts over; one
 * sign-in cannot pile up sockets; a relay whose passes fail with an Error recovers, and /health says DOWN meanwhile.
 */
@ExtendWith(SkyOrders.class)
class AlertHistoryIT {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final Api api;
    private final Shop shop;
    private final TestServer server;
    private String staffToken;

    AlertHistoryIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @BeforeEach
    void login() {
        staffToken = shop.staffToken();
    }

    @Test
    void aConsoleWhoseSinceIsAboveEveryAlertRingsForTheNextPaidOrder() throws Exception {
        try (Console query = Console.connect(
                        server.baseUrl(), "ahead-q", "token=" + staffToken + "&since=999999999999", Map.of());
                Console message = Console.withToken(server, staffToken, "ahead-m")) {
            message.send("{\"since\":999999999999}");
            Thread.sleep(1000); // both anchored
            long orderId = shop.placePaidOrder(shop.newCustomer());
            for (Console console : List.of(query, message)) {
                JsonObject frame = console.next(WAIT);
                assertNotNull(frame, "a console with a since from another history heard nothing");
                assertEquals(orderId, frame.get("orderId").getAsLong());
            }
        }
    }

    @Test
    void aSinceFromAnotherEpochStartsNowWhileTheRightEpochReplays() throws Exception {
        long missedOrder = shop.placePaidOrder(shop.newCustomer());
        JsonObject missed = lastAlert();
        long missedId = missed.get("id").getAsLong();
        String epoch = missed.get("epoch").getAsString();
        assertTrue(epoch.matches("\\d{14}"), epoch);
        try (Console foreign = Console.connect(
                        server.baseUrl(),
                        "foreign",
                        "token=" + staffToken + "&since=" + (missedId - 1) + "&epoch=19700101000000",
                        Map.of());
                Console same = Console.connect(
                        server.baseUrl(),
                        "same",
                        "token=" + staffToken + "&since=" + (missedId - 1) + "&epoch=" + epoch,
                        Map.of())) {
            JsonObject replayed = same.next(WAIT);
            assertNotNull(replayed, "the same history replays what the console missed");
            assertEquals(missedOrder, replayed.get("orderId").getAsLong());
            long next = shop.placePaidOrder(shop.newCustomer());
            JsonObject first = foreign.next(WAIT);
            assertNotNull(first);
            assertEquals(next, first.get("orderId").getAsLong(), "another history's cursor means nothing here");
        }
    }

    @Test
    void aNodeWhoseOutboxIsRecreatedUnderItStartsOverAndItsConsolesHearTheNewHistory() throws Exception {
        shop.placePaidOrder(shop.newCustomer());
        try (Console console = Console.withToken(server, staffToken, "reset-open")) {
            Thread.sleep(1000); // anchored at the old history's position
            server.recreateOutbox();
            long orderId = shop.placePaidOrder(shop.newCustomer());
            JsonObject frame = console.next(Duration.ofSeconds(8));
            assertNotNull(frame, "the open console went deaf after the outbox was recreated");
            assertEquals(orderId, frame.get("orderId").getAsLong());
            assertTrue(frame.get("id").getAsLong() <= 2, frame::toString);
        }
    }

    @Test
    void oneSignInHoldsAtMostEightSocketsTheOldestClosesFirst() throws Exception {
        List<Console> consoles = new ArrayList<>();
        try {
            for (int i = 0; i < 9; i++) {
                consoles.add(Console.withToken(server, staffToken, "cap-" + i));
                Thread.sleep(20); // distinct open times
            }
            CloseReason closed = consoles.get(0).awaitClose(WAIT);
            assertEquals(CloseReason.CloseCodes.VIOLATED_POLICY, closed.getCloseCode());
            assertEquals("too many consoles for one sign-in", closed.getReasonPhrase());
            for (Console console : consoles.subList(1, 9)) {
                assertTrue(console.isOpen(), "the eight newest stay");
            }
            try (Console other = Console.withToken(server, shop.staffToken(), "cap-other")) {
                assertTrue(other.isOpen(), "another sign-in has its own allowance");
            }
            long orderId = shop.placePaidOrder(shop.newCustomer());
            assertEquals(orderId, consoles.get(8).next(WAIT).get("orderId").getAsLong());
        } finally {
            for (Console console : consoles) {
                console.close();
            }
        }
    }

    @Test
    void aRelayFailingWithAnErrorIsReportedDownThenRecoversAndRingsAgain() throws Exception {
        try (Console console = Console.withToken(server, staffToken, "watchdog")) {
            assertEquals(200, api.get("/health").status());
            int mark = server.logs().mark();
            server.hooks().failAlertRelay();
            ApiResponse down = awaitHealth(503, Duration.ofSeconds(3));
            assertEquals("DOWN", down.json().get("status").getAsString(), down::toString);
            assertEquals("DOWN", down.json().get("alertRelay").getAsString(), down::toString);
            assertEquals("UP", down.json().get("db").getAsString(), down::toString);
            assertTrue(
                    server.logs().messagesSince(mark).stream().anyMatch(l -> l.contains("Alert relay pass failed")),
                    "the failure is logged");
            awaitHealth(200, Duration.ofSeconds(10));
            long orderId = shop.placePaidOrder(shop.newCustomer());
            JsonObject frame = console.next(WAIT);
            assertNotNull(frame, "the recovered relay rings the console that stayed open");
            assertEquals(orderId, frame.get("orderId").getAsLong());
        }
    }

    @Test
    void anonymousHealthShowsStatusAndVersionOnlyStaffAndMonitorsSeeTheNode() {
        ApiResponse anonymous = api.get("/health");
        assertEquals(200, anonymous.status());
        assertEquals(Set.of("status", "version"), anonymous.json().keySet(), anonymous::toString);
        ApiResponse staff = api.get("/health", "token", staffToken);
        assertTrue(staff.json().has("node") && staff.json().has("alertRelay"), staff::toString);
        assertEquals(
                Set.of("status", "version"),
                api.get("/health", "X-Monitor-Token", "guess").json().keySet(),
                "a guessed monitor token shows nothing");
        ApiResponse monitor = api.get("/health", "X-Monitor-Token", TestServer.MONITOR_TOKEN);
        assertTrue(monitor.json().has("node") && monitor.json().has("db"), monitor::toString);
    }

    private ApiResponse awaitHealth(int status, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ApiResponse last;
        do {
            last = api.get("/health", "token", staffToken);
            if (last.status() == status) {
                return last;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("/health never answered " + status + ": " + last);
    }

    /** The newest alert as a console would get it: its frame, read by replaying from just below it. */
    private JsonObject lastAlert() throws Exception {
        long id = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT MAX(id) FROM alert")
                        .mapTo(Long.class)
                        .one());
        try (Console console =
                Console.connect(server.baseUrl(), "probe", "token=" + staffToken + "&since=" + (id - 1), Map.of())) {
            JsonObject frame = console.next(WAIT);
            assertNotNull(frame);
            assertNull(console.next(Duration.ofMillis(200)));
            return JsonParser.parseString(frame.toString()).getAsJsonObject();
        }
    }
}
