package bango.network;

import static bango.network.http.HttpCalls.get;
import static bango.network.http.HttpCalls.json;
import static bango.network.http.HttpCalls.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.network.Messages.Answer;
import bango.network.Messages.Data;
import bango.network.Messages.Notice;
import bango.network.Messages.Query;
import bango.network.Messages.Release;
import bango.network.Messages.Report;
import bango.network.Messages.Status;
import bango.network.http.HttpCalls.Reply;
import bango.trace.RecordingTracer;
import bango.trace.TraceEvent;
import bango.trace.Tracer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The interface system on its own, over loopback HTTP: institutions I1..I3 are on the network, I1
 * and I2 self-checked; what it routes is kept in memory, in order, as "to: message".
 */
class InterfaceServiceTest {

    final List<String> routed = new ArrayList<>();
    final RecordingTracer tracer = new RecordingTracer();
    ConnectionRegistry connections;
    InterfaceService is;
    URI base;

    @BeforeEach
    void start() throws Exception {
        connections = new ConnectionRegistry();
        connections.report(1, ConnectionRegistry.allInPlace(), Instant.now());
        connections.report(2, ConnectionRegistry.allInPlace(), Instant.now());
        is = new InterfaceService(Set.of(1L, 2L, 3L)::contains, connections, tracer).start(0, routes());
        base = is.http().uri();
    }

    /** Each message routed, kept in {@link #routed}. */
    InterfaceService.Routes routes() {
        return new InterfaceService.Routes() {
            @Override
            public void toCore(Query q) {
                route("core", q);
            }

            @Override
            public void toCore(Report r) {
                route("core", r);
            }

            @Override
            public void notice(long institution, Notice n) {
                route("I" + institution, n);
            }

            @Override
            public void answer(long institution, Answer a) {
                route("I" + institution, a);
            }

            @Override
            public void status(long institution, Status s) {
                route("I" + institution, s);
            }
        };
    }

    synchronized void route(String to, Object message) {
        routed.add(to + ": " + message);
    }

    @AfterEach
    void stop() {
        is.close();
    }

    static Query query(long inquirer, long serial) {
        return new Query(inquirer, serial, 1, 2, "tax", "CODE", 100);
    }

    @Test
    @Covers({"NET-1", "NET-4"})
    void queriesOfConnectedInstitutionsGoToTheCore() throws Exception {
        Reply r = post(base, "/v1/queries", json(List.of(query(1, 1), query(2, 5))));

        assertEquals(204, r.status());
        assertNull(r.body());
        assertEquals(List.of("core: " + query(1, 1), "core: " + query(2, 5)), routed);
    }

    @Test
    @Covers("NET-7")
    void aBatchWithAQueryOfAnUnknownOrUnconnectedInstitutionIsRefusedWhole() throws Exception {
        Reply unknown = post(base, "/v1/queries", json(List.of(query(1, 1), query(9, 1))));
        assertEquals(422, unknown.status());
        assertEquals("unknown-institution", unknown.type());
        assertEquals("no institution I9 on the network", unknown.detail());

        Reply unconnected = post(base, "/v1/queries", json(List.of(query(1, 2), query(3, 1))));
        assertEquals(403, unconnected.status());
        assertEquals("not-connected", unconnected.type());
        assertEquals("I3 has no accepted self-check against the connection rules (NET-7)", unconnected.detail());

        assertEquals(400, post(base, "/v1/queries", "{}").status());
        assertEquals(List.of(), routed);
    }

    @Test
    @Covers("NET-7")
    void aCompleteSelfCheckConnectsTheInstitutionForAPeriod() throws Exception {
        assertFalse(connections.connected(3));
        Instant before = Instant.now();
        Reply r = post(base, "/v1/self-checks", json(Map.of("institution", 3, "measures", ConnectionRegistry.allInPlace())));

        assertEquals(200, r.status(), String.valueOf(r.body()));
        assertEquals(3, r.body().get("institution").asLong());
        assertTrue(r.body().get("connected").asBoolean());
        Instant until = Instant.parse(r.body().get("validUntil").asText());
        assertFalse(until.isBefore(before.plus(ConnectionRegistry.PERIOD)), until.toString());
        assertTrue(until.isBefore(Instant.now().plus(ConnectionRegistry.PERIOD).plusSeconds(1)), until.toString());
        assertTrue(connections.connected(3));
        Instant accepted = connections.acceptance(3).orElseThrow().reportedAt();
        assertTrue(Duration.between(before, accepted).toSeconds() < 5);

        Reply check = get(base, "/v1/connections/3");
        assertEquals(200, check.status());
        assertEquals(3, check.body().get("institution").asLong());
        assertTrue(check.body().get("connected").asBoolean());
    }

    @Test
    @Covers("NET-7")
    void anIncompleteOrUnknownSelfCheckIsRefusedAndConnectsNothing() throws Exception {
        Map<String, Boolean> partial = new TreeMap<>(ConnectionRegistry.allInPlace());
        partial.put("log-inspection", false);
        partial.remove("staff-secrecy");
        Reply incomplete = post(base, "/v1/self-checks", json(Map.of("institution", 3, "measures", partial)));
        assertEquals(422, incomplete.status());
        assertEquals("self-check-incomplete", incomplete.type());
        assertEquals("not in place: log-inspection, staff-secrecy", incomplete.detail());

        Map<String, Boolean> odd = new TreeMap<>(ConnectionRegistry.allInPlace());
        odd.put("firewall", true);
        Reply unknownMeasure = post(base, "/v1/self-checks", json(Map.of("institution", 3, "measures", odd)));
        assertEquals(422, unknownMeasure.status());
        assertEquals("unknown-measure", unknownMeasure.type());
        assertEquals("the connection rules have no measure 'firewall'", unknownMeasure.detail());

        Reply unknownInstitution = post(base, "/v1/self-checks",
                json(Map.of("institution", 9, "measures", ConnectionRegistry.allInPlace())));
        assertEquals(422, unknownInstitution.status());
        assertEquals("unknown-institution", unknownInstitution.type());

        Reply noMeasures = post(base, "/v1/self-checks", "{\"institution\":3,\"measures\":null}");
        assertEquals(400, noMeasures.status());
        assertEquals("a self-check lists its measures", noMeasures.detail());

        assertFalse(connections.connected(3));
        assertFalse(get(base, "/v1/connections/3").body().get("connected").asBoolean());
    }

    @Test
    @Covers("NET-7")
    void aConnectionQueryNamesAKnownInstitution() throws Exception {
        assertTrue(get(base, "/v1/connections/1").body().get("connected").asBoolean());
        Reply notNumber = get(base, "/v1/connections/I1");
        assertEquals(400, notNumber.status());
        assertEquals("an institution is a number", notNumber.detail());
        Reply unknown = get(base, "/v1/connections/9");
        assertEquals(422, unknown.status());
        assertEquals("unknown-institution", unknown.type());
    }

    @Test
    @Covers({"NET-2", "NET-3"})
    void noticesGoToTheProviderAndStatusesToTheInquirer() throws Exception {
        Notice n = new Notice(1, 4, 1, 2, "tax", "CODE2", 100);
        Status s = new Status(1, 5, Messages.REFUSED, "no rule");
        assertEquals(204, post(base, "/v1/notices", json(List.of(n))).status());
        assertEquals(204, post(base, "/v1/statuses", json(List.of(s))).status());

        assertEquals(List.of("I2: " + n, "I1: " + s), routed);
    }

    @Test
    @Covers({"NET-4", "LOG-1"})
    void holdsAndRefusalsAreReportedToTheCoreAndAProvisionOnlyByItsData() throws Exception {
        Report held = new Report(1, 4, 2, Messages.HELD, "staff");
        Report refused = new Report(1, 5, 2, Messages.REFUSED, "no copy");
        assertEquals(204, post(base, "/v1/reports", json(List.of(held, refused))).status());

        Reply provided = post(base, "/v1/reports", json(List.of(new Report(1, 6, 2, Messages.PROVIDED, null))));
        assertEquals(422, provided.status());
        assertEquals("unexpected-report", provided.type());

        assertEquals(List.of("core: " + held, "core: " + refused), routed);
    }

    @Test
    @Covers({"NET-4", "LOG-1"})
    void dataIsParkedAndTheCoreToldWithoutItUntilTheCoreReleasesIt() throws Exception {
        Data d = new Data(1, 7, 2, "{\"amount\":5}");
        assertEquals(204, post(base, "/v1/data", json(List.of(d))).status());

        assertEquals(List.of("core: " + new Report(1, 7, 2, Messages.PROVIDED, null)), routed);
        assertEquals(1, is.parked());
        assertEquals("InterfaceService[1 parked]", is.toString());
        assertEquals(List.of(TraceEvent.of("InterfaceParkData", "inquirer", 1L, "serial", 7L)), tracer.events());

        assertEquals(204, post(base, "/v1/releases", json(List.of(new Release(1, 7)))).status());
        assertEquals("I1: " + new Answer(1, 7, 2, "{\"amount\":5}"), routed.get(1));
        assertEquals(0, is.parked());
        assertEquals(TraceEvent.of("InterfaceRelease", "inquirer", 1L, "serial", 7L, "parked", true), tracer.events().get(1));

        // a repeated release, or one of data never parked, sends nothing
        is.releases(List.of(new Release(1, 7), new Release(1, 8), new Release(2, 7)));
        assertEquals(2, routed.size());
        assertEquals(5, tracer.events().size());
        assertEquals(TraceEvent.of("InterfaceRelease", "inquirer", 1L, "serial", 8L, "parked", false), tracer.events().get(3));
        tracer.events().subList(2, 5).forEach(e -> assertEquals(false, e.get("parked"), e.toString()));
    }

    @Test
    @Covers("NET-4")
    void dataForTwoQueriesIsParkedApartAndReleasedEachToItsInquirer() {
        is.data(List.of(new Data(1, 1, 2, "a"), new Data(2, 1, 1, "b"), new Data(1, 2, 2, "c")));
        assertEquals(3, is.parked());
        is.releases(List.of(new Release(2, 1)));
        is.releases(List.of(new Release(1, 2)));

        assertEquals(List.of("I2: " + new Answer(2, 1, 1, "b"), "I1: " + new Answer(1, 2, 2, "c")), routed.subList(3, 5));
        assertEquals(1, is.parked());
    }

    /** A clock only the test moves (ns). */
    static final class FakeClock {
        long now;

        long now() {
            return now;
        }
    }

    @Test
    @Covers({"NET-4", "LOG-1"})
    void dataWhoseReleaseDoesNotComeWithinTheParkTimeIsDroppedAndALateReleaseSendsNothing() throws Exception {
        FakeClock clock = new FakeClock();
        try (InterfaceService p = new InterfaceService(x -> true, connections, tracer, Duration.ofSeconds(60), clock::now)
                .start(0, routes())) {
            p.data(List.of(new Data(1, 1, 2, "old")));
            clock.now = Duration.ofSeconds(30).toNanos();
            p.data(List.of(new Data(1, 2, 2, "newer")));
            clock.now = Duration.ofSeconds(60).toNanos();
            p.releases(List.of());
            assertEquals(2, p.parked(), "at exactly the park time the data still waits");
            assertEquals(0, p.dropped());

            clock.now = Duration.ofSeconds(61).toNanos();
            p.releases(List.of(new Release(1, 1), new Release(1, 2)));
            assertEquals(1, p.dropped(), "the first, parked 61 s ago, is dropped; the second, 31 s ago, is not");
            assertEquals(0, p.parked());
            List<String> answers = routed.stream().filter(m -> m.startsWith("I1: ")).toList();
            assertEquals(List.of("I1: " + new Answer(1, 2, 2, "newer")), answers, "only the data still parked is released");
            assertEquals(TraceEvent.of("InterfaceRelease", "inquirer", 1L, "serial", 1L, "parked", false),
                    tracer.events().get(tracer.events().size() - 2), "read as a release whose answer was lost");

            // The inquirer's resend brings the data again: parked anew, released.
            p.data(List.of(new Data(1, 1, 2, "old")));
            p.releases(List.of(new Release(1, 1)));
            assertEquals("I1: " + new Answer(1, 1, 2, "old"), routed.get(routed.size() - 1));
        }
    }

    @Test
    @Covers("NET-4")
    void theParkedDataIsLookedThroughAtMostEveryTenthOfTheParkTime() throws Exception {
        FakeClock clock = new FakeClock();
        try (InterfaceService p = new InterfaceService(x -> true, connections, tracer, Duration.ofSeconds(10), clock::now)
                .start(0, routes())) {
            p.data(List.of(new Data(1, 1, 2, "a")));
            clock.now = Duration.ofMillis(500).toNanos();
            p.data(List.of(new Data(1, 2, 2, "b")));
            clock.now = Duration.ofMillis(10_400).toNanos(); // a look is due (the first at 1 s): "a" is 10.4 s old
            p.releases(List.of());
            assertEquals(1, p.dropped());
            assertEquals(1, p.parked(), "\"b\" is 9.9 s old");
            clock.now = Duration.ofMillis(10_600).toNanos(); // "b" is past its time, but the next look is at 11.4 s
            p.releases(List.of());
            assertEquals(1, p.parked());
            clock.now = Duration.ofMillis(11_400).toNanos();
            p.data(List.of(new Data(1, 3, 2, "c")));
            assertEquals(2, p.dropped());
            assertEquals(1, p.parked(), "only \"c\" waits");
        }
    }

    @Test
    @Covers("NET-4")
    void aShortParkTimeIsLookedThroughEveryTenthOfIt() throws Exception {
        FakeClock clock = new FakeClock();
        try (InterfaceService p = new InterfaceService(x -> true, connections, tracer, Duration.ofSeconds(2), clock::now)
                .start(0, routes())) {
            clock.now = Duration.ofMillis(50).toNanos();
            p.data(List.of(new Data(1, 1, 2, "c")));
            clock.now = Duration.ofMillis(300).toNanos();
            p.data(List.of(new Data(1, 2, 2, "d")));
            clock.now = Duration.ofMillis(2_100).toNanos(); // "c" is 2.05 s old, "d" 1.8 s
            p.releases(List.of());
            assertEquals(1, p.dropped());
            clock.now = Duration.ofMillis(2_400).toNanos(); // "d" is 2.1 s old; the next look was due at 2.3 s, not 3.1 s
            p.releases(List.of());
            assertEquals(2, p.dropped());
            assertEquals(0, p.parked());
        }
    }

    @Test
    @Covers("NET-4")
    void aBatchOfDataBeyondWhatTheInterfaceSystemHoldsIsRefusedWholeOverHttp() throws Exception {
        List<Data> many = new ArrayList<>();
        for (int k = 0; k < InterfaceService.MAX_PARKED - 1; k++) {
            many.add(new Data(1, k + 1_000, 2, "x"));
        }
        is.data(many);
        routed.clear();
        Reply full = post(base, "/v1/data", json(List.of(new Data(1, 1, 2, "a"), new Data(1, 2, 2, "b"))));
        assertEquals(503, full.status());
        assertEquals("interface-full", full.type());
        assertEquals(InterfaceService.MAX_PARKED - 1, is.parked(), "nothing of the batch was parked");
        assertEquals(List.of(), routed, "nor reported to the core");
        assertEquals(204, post(base, "/v1/data", json(List.of(new Data(1, 1, 2, "a")))).status(), "one more fits");
        assertEquals(InterfaceService.MAX_PARKED, is.parked());
    }

    @Test
    void theParkTimeIsPositive() {
        assertThrows(IllegalArgumentException.class,
                () -> new InterfaceService(x -> true, connections, Tracer.OFF, Duration.ZERO, System::nanoTime));
        assertThrows(IllegalArgumentException.class,
                () -> new InterfaceService(x -> true, connections, Tracer.OFF, Duration.ofSeconds(-1), System::nanoTime));
        assertThrows(NullPointerException.class,
                () -> new InterfaceService(x -> true, connections, Tracer.OFF, Duration.ofSeconds(1), null));
    }

    @Test
    void withTracingOffNothingIsTraced() throws Exception {
        List<TraceEvent> seen = new ArrayList<>();
        Tracer off = new Tracer() {
            @Override
            public boolean on() {
                return false;
            }

            @Override
            public void event(TraceEvent event) {
                seen.add(event);
            }
        };
        List<Object> out = new ArrayList<>();
        try (InterfaceService quiet = new InterfaceService(x -> true, connections, off).start(0, new InterfaceService.Routes() {
            @Override
            public void toCore(Query q) {
            }

            @Override
            public void toCore(Report r) {
                out.add(r);
            }

            @Override
            public void notice(long institution, Notice n) {
            }

            @Override
            public void answer(long institution, Answer a) {
                out.add(a);
            }

            @Override
            public void status(long institution, Status s) {
            }
        })) {
            quiet.data(List.of(new Data(1, 1, 2, "x")));
            quiet.releases(List.of(new Release(1, 1)));
        }
        assertEquals(2, out.size());
        assertEquals(List.of(), seen);
    }

    @Test
    void closedItListensNoMore() throws Exception {
        URI at = is.http().uri();
        is.close();
        assertThrows(java.net.ConnectException.class, () -> bango.network.http.HttpCalls.get(at, "/v1/anything"));
    }

    @Test
    void itNeedsEveryPart() {
        assertThrows(NullPointerException.class, () -> new InterfaceService(null, connections, Tracer.OFF));
        assertThrows(NullPointerException.class, () -> new InterfaceService(x -> true, null, Tracer.OFF));
        assertThrows(NullPointerException.class, () -> new InterfaceService(x -> true, connections, null));
        assertThrows(NullPointerException.class, () -> new InterfaceService(x -> true, connections, Tracer.OFF).start(0, null));
    }
}
