package bango.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.codes.AesCodePermutation;
import bango.codes.CoreSystem;
import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import bango.identity.ResidentCode;
import bango.jlis.Fixtures;
import bango.network.Messages.Notice;
import bango.network.Messages.Query;
import bango.network.Messages.Release;
import bango.network.Messages.Report;
import bango.network.Messages.Status;
import bango.network.http.HttpCalls;
import bango.records.MemoryRecordLog;
import bango.records.ProvisionRecord;
import bango.records.RecordKind;
import bango.trace.RecordingTracer;
import bango.trace.TraceEvent;
import bango.trace.Tracer;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The core system on its own: a table that allows I1 to ask I2 for {@code tax} under item 1, codes
 * issued to I1..I3 for three persons, I1 and I2 self-checked, I3 not; its outbound messages and its
 * records are kept in memory.
 */
class CoreServiceTest {

    static final InstitutionId I1 = new InstitutionId(1);
    static final InstitutionId I2 = new InstitutionId(2);
    static final InstitutionId I3 = new InstitutionId(3);
    static final long T = Instant.parse("2026-12-01T09:00:00Z").toEpochMilli();

    /** What the core sends to the interface system, in order. */
    static final class Sent implements CoreService.Outbound {
        final List<Object> messages = new ArrayList<>();

        @Override
        public synchronized void notice(Notice n) {
            messages.add(n);
        }

        @Override
        public synchronized void status(Status s) {
            messages.add(s);
        }

        @Override
        public synchronized void release(Release r) {
            messages.add(r);
        }

        synchronized List<Object> all() {
            return List.copyOf(messages);
        }
    }

    final Map<String, InstitutionCode> codes = new HashMap<>();
    final List<String> asked = new ArrayList<>();
    final MemoryRecordLog log = new MemoryRecordLog();
    final RecordingTracer tracer = new RecordingTracer();
    final Sent sent = new Sent();
    CoreSystem coreCodes;
    ConnectionRegistry connections;
    CoreService core;
    Authorization table;

    @BeforeEach
    void start() throws Exception {
        coreCodes = new CoreSystem(new AesCodePermutation(Fixtures.aesKey(0x31)),
                (to, serial, code) -> codes.put(to.value() + "/" + serial, code), Tracer.OFF);
        for (long person = 1; person <= 3; person++) {
            for (InstitutionId i : List.of(I1, I2, I3)) {
                coreCodes.issueCode(i, person, ResidentCode.fromBody(1000 + person));
            }
        }
        connections = new ConnectionRegistry();
        connections.report(1, ConnectionRegistry.allInPlace(), Instant.now());
        connections.report(2, ConnectionRegistry.allInPlace(), Instant.now());
        table = (inquirer, item, provider, category) -> {
            asked.add(inquirer + " " + item + " " + provider + " " + category);
            return inquirer.equals(I1) && item == 1 && provider.value() != 1 && category.equals("tax")
                    ? Authorization.Verdict.allow(item)
                    : Authorization.Verdict.deny("no rule of item " + item + " gives " + category);
        };
        core = new CoreService(coreCodes, table, Set.of(1L, 2L, 3L)::contains, connections, log, tracer)
                .start(0, sent);
    }

    @AfterEach
    void stop() {
        core.close();
    }

    String code(InstitutionId i, long person) {
        return codes.get(i.value() + "/" + person).text();
    }

    static Query query(long serial, int item, long provider, String category, String code) {
        return new Query(1, serial, item, provider, category, code, T + serial);
    }

    Query allowed(long serial, long person) {
        return query(serial, 1, 2, "tax", code(I1, person));
    }

    @Test
    @Covers({"NET-2", "LOG-1"})
    void anAllowedQueryIsRecordedThenNoticedWithTheProvidersCode() {
        core.queries(List.of(allowed(7, 2)));

        assertEquals(List.of(new Notice(1, 7, 1, 2, "tax", code(I2, 2), T + 7)), sent.all());
        assertEquals(List.of(new ProvisionRecord(RecordKind.REQUEST, I1, I2, 1, "tax", 7,
                code(I1, 2) + ">" + code(I2, 2), Instant.ofEpochMilli(T + 7), null, null)), log.readAll());
        assertEquals(List.of("I1 1 I2 tax"), asked);
        assertEquals(List.of(TraceEvent.of("CoreReceiveQuery", "inquirer", 1L, "serial", 7L, "allow", true)),
                tracer.events());
        assertEquals("CoreService[1 serials]", core.toString());
        assertSame(log, core.records());
    }

    @Test
    @Covers("NET-2")
    void theTablesRefusalIsRecordedAndSentToTheInquirerWithItsReason() {
        core.queries(List.of(query(3, 1, 2, "care", code(I1, 1))));

        assertEquals(List.of(new Status(1, 3, Messages.REFUSED, "no rule of item 1 gives care")), sent.all());
        assertEquals(List.of(new ProvisionRecord(RecordKind.REFUSAL, I1, I2, 1, "care", 3, code(I1, 1),
                Instant.ofEpochMilli(T + 3), null, "no rule of item 1 gives care")), log.readAll());
        assertEquals(List.of(TraceEvent.of("CoreReceiveQuery", "inquirer", 1L, "serial", 3L, "allow", false)),
                tracer.events());
    }

    @Test
    @Covers("NET-2")
    void anUnknownProviderIsRefusedBeforeTheTableIsAsked() {
        core.queries(List.of(query(1, 1, 9, "tax", code(I1, 1))));

        assertEquals(List.of(new Status(1, 1, Messages.REFUSED, "unknown provider I9")), sent.all());
        assertEquals("unknown provider I9", log.readAll().get(0).reason());
        assertEquals(List.of(), asked);
    }

    @Test
    @Covers({"NET-7", "NET-2"})
    void aProviderWithoutAnAcceptedSelfCheckIsRefused() {
        core.queries(List.of(query(1, 1, 3, "tax", code(I1, 1))));

        Status s = (Status) sent.all().get(0);
        assertEquals(Messages.REFUSED, s.status());
        assertEquals("I3 is not connected: no accepted self-check against the connection rules (NET-7)", s.reason());
        assertEquals(RecordKind.REFUSAL, log.readAll().get(0).kind());
        assertEquals(List.of(), asked);
    }

    @Test
    @Covers({"NET-2", "LOG-1"})
    void aCodeTheCoreDidNotIssueToTheInquirerIsRefusedAndRecordedWithoutIt() {
        // I2's code for the person, sent as if it were I1's; and a code that is not one at all.
        core.queries(List.of(query(1, 1, 2, "tax", code(I2, 1)), query(2, 1, 2, "tax", "not-a-code")));

        String reason = "the code is not one the core system issued to I1";
        assertEquals(List.of(new Status(1, 1, Messages.REFUSED, reason), new Status(1, 2, Messages.REFUSED, reason)),
                sent.all());
        assertEquals(List.of("-", "-"), log.readAll().stream().map(ProvisionRecord::person).toList());
        assertEquals(List.of(), asked);
    }

    @Test
    @Covers({"NET-2", "LOG-1"})
    void aRepeatedSerialGetsTheFirstDecisionAgainAndNoSecondRecord() {
        Query q = allowed(4, 1);
        core.queries(List.of(q, q));
        core.queries(List.of(q));
        // a different query under the same serial is still the first one's repeat
        core.queries(List.of(query(4, 1, 2, "care", code(I1, 1))));

        Notice n = new Notice(1, 4, 1, 2, "tax", code(I2, 1), T + 4);
        assertEquals(List.of(n, n, n, n), sent.all());
        assertEquals(1, log.readAll().size());
        assertEquals(1, asked.size());
        assertEquals("CoreService[1 serials]", core.toString());
    }

    @Test
    @Covers({"NET-2", "NET-3", "LOG-1"})
    void aSerialThatHasLeftMemoryIsAnsweredAsTheCoresRecordsSay() throws Exception {
        Sent out = new Sent();
        try (CoreService small = new CoreService(coreCodes, table, Set.of(1L, 2L, 3L)::contains, connections, log,
                Tracer.OFF, 1).start(0, out)) {
            Query refused = query(2, 1, 2, "care", code(I1, 1));
            // One settled serial is kept: each serial met again below is read back from the records.
            small.queries(List.of(allowed(1, 1), refused, allowed(3, 2)));
            small.reports(List.of(new Report(1, 1, 2, Messages.HELD, "held")));
            small.queries(List.of(allowed(1, 1), refused)); // repeats: answered as decided, not decided again
            small.reports(List.of(new Report(1, 3, 2, Messages.PROVIDED, null)));
            small.reports(List.of(new Report(1, 1, 2, Messages.HELD, "held"), new Report(1, 1, 2, Messages.PROVIDED, null),
                    new Report(1, 2, 2, Messages.PROVIDED, null))); // 2 was refused: nothing to record or release

            Notice first = new Notice(1, 1, 1, 2, "tax", code(I2, 1), T + 1);
            Status refusal = new Status(1, 2, Messages.REFUSED, "no rule of item 1 gives care");
            assertEquals(List.of(first, refusal, new Notice(1, 3, 1, 2, "tax", code(I2, 2), T + 3), first, refusal,
                    new Release(1, 3), new Release(1, 1)), out.all());
            assertEquals(List.of("REQUEST 1", "REFUSAL 2", "REQUEST 3", "HOLD 1", "PROVISION 3", "PROVISION 1"),
                    log.readAll().stream().map(r -> r.kind() + " " + r.serial()).toList());
            assertEquals(3, asked.size());
        }
    }

    @Test
    @Covers("LOG-1")
    void aQueryTheCoreCannotRecordIsRefused() {
        log.failing(true);
        core.queries(List.of(allowed(5, 1)));

        assertEquals(List.of(new Status(1, 5, Messages.REFUSED, "the core system could not record the query")),
                sent.all());
        assertEquals(List.of(), log.readAll());
        // the decision stands for a repeat, and no provision can follow it
        log.failing(false);
        core.queries(List.of(allowed(5, 1)));
        core.reports(List.of(new Report(1, 5, 2, Messages.PROVIDED, null)));
        assertEquals(2, sent.all().size());
        assertEquals(List.of(), log.readAll());
    }

    @Test
    @Covers("LOG-1")
    void nothingIsAnnouncedBeforeTheRecordIsDurable() throws Exception {
        log.holdBack();
        CompletableFuture<Void> handled = CompletableFuture.runAsync(() -> core.queries(List.of(allowed(6, 1))));
        Thread.sleep(50);
        assertEquals(List.of(), sent.all());
        log.letThrough();
        handled.get(5, TimeUnit.SECONDS);
        assertEquals(1, sent.all().size());
    }

    @Test
    @Covers({"NET-4", "LOG-1"})
    void aProvisionIsRecordedOnceAndReleasedForEveryReport() {
        core.queries(List.of(allowed(8, 3)));
        Instant before = Instant.now();
        Report provided = new Report(1, 8, 2, Messages.PROVIDED, null);
        core.reports(List.of(provided));
        core.reports(List.of(provided));
        core.reports(List.of(provided));

        List<Object> out = sent.all();
        assertEquals(List.of(new Release(1, 8), new Release(1, 8), new Release(1, 8)), out.subList(1, out.size()));
        List<ProvisionRecord> provisions = log.of(RecordKind.PROVISION);
        assertEquals(1, provisions.size());
        ProvisionRecord p = provisions.get(0);
        assertEquals(code(I1, 3) + ">" + code(I2, 3), p.person());
        assertEquals(Instant.ofEpochMilli(T + 8), p.requestedAt());
        assertTrue(!p.providedAt().isBefore(before), "provided at " + p.providedAt());
        assertNull(p.reason());
        assertEquals(List.of(I1, I2, 1, "tax", 8L), List.of(p.inquirer(), p.provider(), p.item(), p.category(), p.serial()));
        assertEquals(TraceEvent.of("CoreReceiveReport", "inquirer", 1L, "serial", 8L, "outcome", "provided",
                "recorded", true), tracer.events().get(1));
    }

    @Test
    @Covers("LOG-1")
    void holdsAndRefusalsAreRecordedOnceWithTheirReasonAndReleaseNothing() {
        core.queries(List.of(allowed(1, 1), allowed(2, 2), allowed(3, 3)));
        core.reports(List.of(new Report(1, 1, 2, Messages.HELD, "held for a staff decision"),
                new Report(1, 2, 2, Messages.REFUSED, "no copy"),
                new Report(1, 3, 2, Messages.HELD, null)));
        core.reports(List.of(new Report(1, 1, 2, Messages.HELD, "held for a staff decision")));

        assertEquals(3, sent.all().size()); // the three notices only
        assertEquals(List.of("held for a staff decision", "hold"),
                log.of(RecordKind.HOLD).stream().map(ProvisionRecord::reason).toList());
        assertEquals(List.of("no copy"), log.of(RecordKind.REFUSAL).stream().map(ProvisionRecord::reason).toList());
        assertNull(log.of(RecordKind.HOLD).get(0).providedAt());
        // a provision after a hold (the staff decided to provide) is recorded and released
        core.reports(List.of(new Report(1, 3, 2, Messages.PROVIDED, null)));
        assertEquals(1, log.of(RecordKind.PROVISION).size());
        assertEquals(new Release(1, 3), sent.all().get(3));
    }

    @Test
    @Covers({"NET-2", "LOG-1"})
    void reportsOfQueriesTheCoreDidNotAuthoriseForThatProviderAreIgnored() {
        core.queries(List.of(allowed(1, 1), query(2, 1, 2, "care", code(I1, 1))));
        int before = log.readAll().size();
        core.reports(List.of(
                new Report(1, 99, 2, Messages.PROVIDED, null),   // never asked
                new Report(1, 2, 2, Messages.PROVIDED, null),    // refused by the core
                new Report(1, 1, 3, Messages.PROVIDED, null),    // another provider
                new Report(2, 1, 2, Messages.PROVIDED, null)));  // another inquirer's serial

        assertEquals(2, sent.all().size());
        assertEquals(before, log.readAll().size());
        assertEquals(2, tracer.events().size());
    }

    @Test
    @Covers("LOG-1")
    void aProvisionTheCoreCannotRecordIsNotReleasedAndARetryRecordsIt() {
        core.queries(List.of(allowed(1, 1)));
        log.failing(true);
        core.reports(List.of(new Report(1, 1, 2, Messages.PROVIDED, null)));

        assertEquals(new Status(1, 1, Messages.REFUSED, "the core system could not record the provision"), sent.all().get(1));
        assertEquals(TraceEvent.of("CoreReceiveReport", "inquirer", 1L, "serial", 1L, "outcome", "provided",
                "recorded", false), tracer.events().get(1));

        log.failing(false);
        core.reports(List.of(new Report(1, 1, 2, Messages.PROVIDED, null)));
        assertEquals(new Release(1, 1), sent.all().get(2));
        assertEquals(1, log.of(RecordKind.PROVISION).size());
    }

    @Test
    @Covers("LOG-1")
    void aHoldTheCoreCannotRecordIsRecordedOnTheNextReport() {
        core.queries(List.of(allowed(1, 1)));
        log.failing(true);
        core.reports(List.of(new Report(1, 1, 2, Messages.HELD, "held")));
        log.failing(false);
        core.reports(List.of(new Report(1, 1, 2, Messages.HELD, "held")));

        assertEquals(1, log.of(RecordKind.HOLD).size());
        assertEquals(1, sent.all().size());
        assertEquals(false, tracer.events().get(1).get("recorded"));
        assertEquals(true, tracer.events().get(2).get("recorded"));
    }

    @Test
    void withTracingOffNothingIsTraced() throws Exception {
        RecordingTracer unused = new RecordingTracer();
        Tracer off = new Tracer() {
            @Override
            public boolean on() {
                return false;
            }

            @Override
            public void event(TraceEvent event) {
                unused.event(event);
            }
        };
        Sent out = new Sent();
        try (CoreService quiet = new CoreService(coreCodes, (a, b, c, d) -> Authorization.Verdict.allow(b),
                Set.of(1L, 2L)::contains, connections, new MemoryRecordLog(), off).start(0, out)) {
            quiet.queries(List.of(allowed(1, 1)));
            quiet.reports(List.of(new Report(1, 1, 2, Messages.PROVIDED, null)));
            assertEquals(2, out.all().size());
        }
        assertEquals(List.of(), unused.events());
    }

    @Test
    @Covers("NET-4")
    void overHttpTheCoreTakesQueriesAndReportsAndNothingElse() throws Exception {
        URI base = core.http().uri();
        String q = HttpCalls.json(List.of(allowed(1, 1)));
        assertEquals(204, post(base, "/v1/queries", q));
        assertEquals(204, post(base, "/v1/reports", HttpCalls.json(List.of(new Report(1, 1, 2, Messages.PROVIDED, null)))));
        assertEquals(List.of(Notice.class, Release.class), sent.all().stream().map(Object::getClass).toList());

        assertEquals(400, post(base, "/v1/queries", "{\"inquirer\":1}"));
        assertEquals(400, post(base, "/v1/reports", "[{\"inquirer\":1}]"));
        assertEquals(404, post(base, "/v1/data", "[]"));
        assertEquals(2, sent.all().size());
    }

    @Test
    void closedItListensNoMore() throws Exception {
        URI at = core.http().uri();
        core.close();
        assertThrows(java.net.ConnectException.class, () -> bango.network.http.HttpCalls.get(at, "/v1/anything"));
    }

    @Test
    void itNeedsEveryPart() {
        CoreSystem c = coreCodes;
        Authorization a = (i, n, p, k) -> Authorization.Verdict.allow(n);
        assertThrows(NullPointerException.class, () -> new CoreService(null, a, x -> true, connections, log, Tracer.OFF));
        assertThrows(NullPointerException.class, () -> new CoreService(c, null, x -> true, connections, log, Tracer.OFF));
        assertThrows(NullPointerException.class, () -> new CoreService(c, a, null, connections, log, Tracer.OFF));
        assertThrows(NullPointerException.class, () -> new CoreService(c, a, x -> true, null, log, Tracer.OFF));
        assertThrows(NullPointerException.class, () -> new CoreService(c, a, x -> true, connections, null, Tracer.OFF));
        assertThrows(NullPointerException.class, () -> new CoreService(c, a, x -> true, connections, log, null));
        CoreService idle = new CoreService(c, a, x -> true, connections, log, Tracer.OFF);
        assertThrows(NullPointerException.class, () -> idle.start(0, null));
        assertNotNull(idle.http());
    }

    static int post(URI base, String path, String json) throws Exception {
        return HttpCalls.post(base, path, json).status();
    }
}
