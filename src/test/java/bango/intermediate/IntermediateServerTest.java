package bango.intermediate;

import static bango.network.http.HttpCalls.get;
import static bango.network.http.HttpCalls.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import bango.intermediate.IntermediateServer.State;
import bango.network.Key;
import bango.network.Messages;
import bango.network.Messages.Answer;
import bango.network.Messages.Data;
import bango.network.Messages.Notice;
import bango.network.Messages.Query;
import bango.network.Messages.Report;
import bango.network.Messages.Status;
import bango.network.http.ApiException;
import bango.network.http.HttpCalls.Reply;
import bango.records.MemoryRecordLog;
import bango.records.ProvisionRecord;
import bango.records.RecordKind;
import bango.trace.RecordingTracer;
import bango.trace.TraceEvent;
import bango.trace.Tracer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One intermediate server, I1, on its own: its business systems call it over HTTP, the interface
 * system's messages are handed to it directly, and what it sends to the network is kept in order.
 * Items 1..173, institutions I1..I3 and the categories tax and care are known.
 */
@Covers("IS-1")
class IntermediateServerTest {

    static final InstitutionId I1 = new InstitutionId(1);
    static final InstitutionId I2 = new InstitutionId(2);
    static final String MINE = new InstitutionCode(1, 1001).text();
    static final String OTHER = new InstitutionCode(1, 1002).text();
    static final long T = Instant.parse("2026-12-01T09:00:00Z").toEpochMilli();
    static final IntermediateServer.Vocabulary VOCABULARY = new IntermediateServer.Vocabulary(
            item -> item >= 1 && item <= 173, i -> i >= 1 && i <= 3, Set.of("tax", "care")::contains);

    /** What the server sends to the interface system. */
    static final class Sent implements IntermediateServer.Outbound {
        final List<Object> messages = new ArrayList<>();

        @Override
        public synchronized void query(Query q) {
            messages.add(q);
        }

        @Override
        public synchronized void data(Data d) {
            messages.add(d);
        }

        @Override
        public synchronized void report(Report r) {
            messages.add(r);
        }

        @Override
        public synchronized void status(Status s) {
            messages.add(s);
        }

        synchronized List<Object> all() {
            return List.copyOf(messages);
        }
    }

    @TempDir(factory = ShmTempDir.class)
    Path dir;

    final MemoryRecordLog log = new MemoryRecordLog();
    final RecordingTracer tracer = new RecordingTracer();
    final Sent sent = new Sent();
    final AtomicBoolean connected = new AtomicBoolean(true);
    CopyStore copies;
    IntermediateServer server;
    URI base;

    @BeforeEach
    void start() throws Exception {
        copies = CopyStore.open(dir);
        server = new IntermediateServer(I1, copies, log, VOCABULARY, tracer);
        server.connectedWhen(connected::get);
        server.start(0, sent);
        base = server.http().uri();
    }

    @AfterEach
    void stop() {
        server.close();
        copies.close();
    }

    static String inquiry(int item, long provider, String category, String code) {
        return "{\"item\":" + item + ",\"provider\":" + provider + ",\"category\":"
                + (category == null ? "null" : "\"" + category + "\"") + ",\"code\":\"" + code + "\"}";
    }

    Reply ask() throws Exception {
        return post(base, "/v1/inquiries", inquiry(1, 2, "tax", MINE));
    }

    // --- As inquirer -------------------------------------------------------------------------

    @Test
    @Covers({"NET-1", "LOG-1"})
    void anInquiryIsRecordedThenSentUnderANewSerial() throws Exception {
        long before = System.currentTimeMillis();
        Reply r = ask();
        assertEquals(200, r.status(), String.valueOf(r.body()));
        assertEquals("{\"serial\":1,\"state\":\"sent\",\"item\":1,\"provider\":2,\"category\":\"tax\"}", r.body().toString());
        assertEquals(2, ask().body().get("serial").asLong());

        Query q = (Query) sent.all().get(0);
        assertEquals(List.of(1L, 1L, 1, 2L, "tax", MINE), List.of(q.inquirer(), q.serial(), q.item(), q.provider(), q.category(), q.code()));
        assertTrue(q.requestedAt() >= before && q.requestedAt() <= System.currentTimeMillis(), String.valueOf(q.requestedAt()));
        ProvisionRecord rec = log.readAll().get(0);
        assertEquals(new ProvisionRecord(RecordKind.REQUEST, I1, I2, 1, "tax", 1, MINE, Instant.ofEpochMilli(q.requestedAt()),
                null, null), rec);
        assertEquals(State.SENT, server.state(1));
        assertEquals(TraceEvent.of("SendQuery", "inquirer", 1L, "serial", 1L), tracer.events().get(0));
        assertEquals("{\"serial\":1,\"state\":\"sent\",\"item\":1,\"provider\":2,\"category\":\"tax\"}",
                get(base, "/v1/inquiries/1").body().toString());
    }

    void refused(String body, int status, String type, String reason) throws Exception {
        int sentBefore = sent.all().size();
        Reply r = post(base, "/v1/inquiries", body);
        assertEquals(status, r.status(), String.valueOf(r.body()));
        assertEquals(type, r.type());
        long serial = log.readAll().size();
        assertEquals("serial " + serial + " refused: " + reason, r.detail());
        assertEquals(State.REFUSED, server.state(serial));
        JsonNode view = get(base, "/v1/inquiries/" + serial).body();
        assertEquals("refused", view.get("state").asText());
        assertEquals(reason, view.get("reason").asText());
        assertEquals(sentBefore, sent.all().size());
    }

    @Test
    @Covers({"NET-1", "LOG-1"})
    void aQueryOutsideTheVocabularyIsRefusedBeforeTheNetworkAndRecordedWithWhatCouldBeRead() throws Exception {
        refused(inquiry(1, 9, "tax", MINE), 422, "unknown-institution", "unknown provider I9");
        refused(inquiry(0, 2, "tax", MINE), 422, "unknown-item", "unknown item 0");
        refused(inquiry(174, 2, "tax", MINE), 422, "unknown-item", "unknown item 174");
        refused(inquiry(1, 2, "family", MINE), 422, "unknown-category", "unknown category");
        refused(inquiry(1, 2, null, MINE), 422, "unknown-category", "unknown category");
        refused(inquiry(1, 2, "tax", "NOT-A-CODE"), 422, "invalid-code", "not a well-formed institution code");

        List<ProvisionRecord> rs = log.readAll();
        assertEquals(6, rs.size());
        assertTrue(rs.stream().allMatch(r -> r.kind() == RecordKind.REFUSAL && r.inquirer().equals(I1)));
        assertEquals(List.of(0L, 2L, 2L, 2L, 2L, 2L), rs.stream().map(r -> r.provider().value()).toList());
        assertEquals(List.of(1, 0, 0, 1, 1, 1), rs.stream().map(ProvisionRecord::item).toList());
        assertEquals(List.of("tax", "tax", "tax", "-", "-", "tax"), rs.stream().map(ProvisionRecord::category).toList());
        assertEquals(List.of(MINE, MINE, MINE, MINE, MINE, "-"), rs.stream().map(ProvisionRecord::person).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), rs.stream().map(ProvisionRecord::serial).toList());
        assertEquals(List.of(), tracer.events());
    }

    @Test
    @Covers({"NET-7", "LOG-1"})
    void anInstitutionWhoseSelfCheckIsNotAcceptedCannotAsk() throws Exception {
        connected.set(false);
        refused(inquiry(1, 2, "tax", MINE), 403, "not-connected",
                "I1 is not connected: its self-check against the connection rules was not accepted (NET-7)");
        // not connected comes first, whatever else is wrong
        refused(inquiry(1, 9, "family", "X"), 403, "not-connected",
                "I1 is not connected: its self-check against the connection rules was not accepted (NET-7)");
        ProvisionRecord r = log.readAll().get(1);
        assertEquals(List.of(0L, 1, "-", "-"), List.of(r.provider().value(), r.item(), r.category(), r.person()));
        connected.set(true);
        assertEquals(200, ask().status());
    }

    @Test
    @Covers("LOG-1")
    void anInquiryThatCannotBeRecordedIsNotSent() throws Exception {
        log.failing(true);
        Reply r = ask();
        assertEquals(503, r.status());
        assertEquals("record-failed", r.type());
        assertEquals(List.of(), sent.all());
        assertEquals(404, get(base, "/v1/inquiries/1").status());
        assertThrows(IllegalArgumentException.class, () -> server.state(1));
    }

    // --- Batches (一括照会) ------------------------------------------------------------------

    static String batchOf(String... inquiries) {
        return "[" + String.join(",", inquiries) + "]";
    }

    @Test
    @Covers({"NET-1", "LOG-1"})
    void aBatchIsRecordedAndEachQuerySentUnderItsOwnSerialOrRefusedOnItsOwn() throws Exception {
        Reply r = post(base, "/v1/inquiry-batches", batchOf(inquiry(1, 2, "tax", MINE), inquiry(999, 2, "tax", MINE),
                inquiry(2, 3, "care", OTHER)));
        assertEquals(200, r.status(), String.valueOf(r.body()));
        assertEquals("{\"inquiries\":["
                + "{\"serial\":1,\"state\":\"sent\",\"item\":1,\"provider\":2,\"category\":\"tax\"},"
                + "{\"serial\":2,\"state\":\"refused\",\"item\":999,\"provider\":2,\"category\":\"tax\","
                + "\"reason\":\"unknown item 999\",\"error\":\"unknown-item\"},"
                + "{\"serial\":3,\"state\":\"sent\",\"item\":2,\"provider\":3,\"category\":\"care\"}]}",
                r.body().toString());
        assertEquals(List.of(1L, 3L), sent.all().stream().map(m -> ((Query) m).serial()).toList());
        assertEquals(List.of(RecordKind.REQUEST, RecordKind.REFUSAL, RecordKind.REQUEST),
                log.readAll().stream().map(ProvisionRecord::kind).toList());
        assertEquals(OTHER, log.readAll().get(2).person());
        assertEquals(State.REFUSED, server.state(2));
        assertEquals("sent", get(base, "/v1/inquiries/3").body().get("state").asText());
    }

    @Test
    @Covers({"NET-1", "NET-3"})
    void aBatchWithWaitRepliesOnceEveryQueryHasSettled() throws Exception {
        var reply = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return post(base, "/v1/inquiry-batches?wait=10000", batchOf(inquiry(1, 2, "tax", MINE),
                        inquiry(2, 3, "care", OTHER)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (sent.all().size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        server.answers(List.of(new Answer(1, 1, 2, "{\"amount\":5}")));
        Thread.sleep(50);
        assertFalse(reply.isDone(), "one of the two is still unanswered");
        server.statuses(List.of(new Status(1, 2, Messages.REFUSED, "no rule")));
        Reply r = reply.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, r.status());
        JsonNode views = r.body().get("inquiries");
        assertEquals("provided", views.get(0).get("state").asText());
        assertEquals("{\"amount\":5}", views.get(0).get("data").asText());
        assertEquals("refused", views.get(1).get("state").asText());
        assertEquals("no rule", views.get(1).get("reason").asText());

        Reply timedOut = post(base, "/v1/inquiry-batches?wait=50", batchOf(inquiry(1, 2, "tax", MINE)));
        assertEquals("sent", timedOut.body().get("inquiries").get(0).get("state").asText());
    }

    @Test
    @Covers("LOG-1")
    void aBatchThatIsNotAListOfWellFormedQueriesRecordsAndSendsNothing() throws Exception {
        for (String body : List.of("{}", "[]", "[1]", batchOf(inquiry(1, 2, "tax", MINE), "{\"item\":1}"), "not json")) {
            Reply r = post(base, "/v1/inquiry-batches", body);
            assertEquals(400, r.status(), body);
            assertEquals("malformed", r.type(), body);
        }
        String[] many = new String[IntermediateServer.MAX_BATCH + 1];
        java.util.Arrays.fill(many, inquiry(1, 2, "tax", MINE));
        Reply tooMany = post(base, "/v1/inquiry-batches", batchOf(many));
        assertEquals(413, tooMany.status());
        assertEquals("batch-too-large", tooMany.type());
        assertEquals("a batch carries at most 1000 queries, not 1001", tooMany.detail());
        assertEquals(400, post(base, "/v1/inquiry-batches?wait=x", batchOf(inquiry(1, 2, "tax", MINE))).status());
        assertEquals(List.of(), log.readAll());
        assertEquals(List.of(), sent.all());
        String[] most = new String[IntermediateServer.MAX_BATCH];
        java.util.Arrays.fill(most, inquiry(1, 2, "tax", MINE));
        assertEquals(IntermediateServer.MAX_BATCH, post(base, "/v1/inquiry-batches", batchOf(most)).body().get("inquiries").size());
    }

    @Test
    @Covers("LOG-1")
    void aBatchWhoseRecordsFailSendsNothingAndKeepsNothing() throws Exception {
        log.failWhen(r -> r.item() == 2);
        Reply r = post(base, "/v1/inquiry-batches", batchOf(inquiry(1, 2, "tax", MINE), inquiry(2, 2, "tax", MINE)));
        assertEquals(200, r.status());
        JsonNode second = r.body().get("inquiries").get(1);
        assertEquals("{\"serial\":2,\"state\":\"unrecorded\",\"reason\":\"the request could not be recorded;"
                + " nothing was sent\",\"error\":\"record-failed\"}", second.toString());
        assertEquals(List.of(1L), sent.all().stream().map(m -> ((Query) m).serial()).toList());
        assertEquals(404, get(base, "/v1/inquiries/2").status());
        assertEquals("sent", get(base, "/v1/inquiries/1").body().get("state").asText());
    }

    @Test
    void anInquiryIsLookedUpByItsSerial() throws Exception {
        Reply notNumber = get(base, "/v1/inquiries/one");
        assertEquals(400, notNumber.status());
        assertEquals("a serial is a number", notNumber.detail());
        Reply unknown = get(base, "/v1/inquiries/7");
        assertEquals(404, unknown.status());
        assertEquals("unknown-serial", unknown.type());
        assertEquals("no query with serial 7", unknown.detail());
        assertEquals(400, post(base, "/v1/inquiries", "{\"item\":1}").status());
        assertEquals(List.of(), log.readAll());
    }

    @Test
    @Covers({"NET-3", "LOG-1"})
    void anAnswerIsRecordedThenGivenToTheBusinessSystemOnce() throws Exception {
        ask();
        long before = System.currentTimeMillis();
        server.answers(List.of(new Answer(1, 1, 2, "{\"amount\":5}")));
        server.answers(List.of(new Answer(1, 1, 2, "{\"amount\":6}")));

        assertEquals(State.PROVIDED, server.state(1));
        JsonNode view = get(base, "/v1/inquiries/1").body();
        assertEquals("provided", view.get("state").asText());
        assertEquals("{\"amount\":5}", view.get("data").asText());
        assertFalse(view.has("reason"));
        List<ProvisionRecord> provisions = log.of(RecordKind.PROVISION);
        assertEquals(1, provisions.size());
        ProvisionRecord p = provisions.get(0);
        assertEquals(List.of(I1, I2, 1, "tax", 1L, MINE), List.of(p.inquirer(), p.provider(), p.item(), p.category(), p.serial(), p.person()));
        assertEquals(log.readAll().get(0).requestedAt(), p.requestedAt());
        assertTrue(p.providedAt().toEpochMilli() >= before, p.providedAt().toString());
        assertEquals(List.of(TraceEvent.of("InquirerReceiveAnswer", "inquirer", 1L, "serial", 1L, "recorded", true),
                TraceEvent.of("InquirerReceiveAnswer", "inquirer", 1L, "serial", 1L, "recorded", true)),
                tracer.events().subList(1, 3));
    }

    @Test
    @Covers("LOG-1")
    void answersToQueriesNotOursAreIgnored() throws Exception {
        ask();
        server.answers(List.of(new Answer(2, 1, 2, "x"), new Answer(1, 5, 2, "y")));
        assertEquals(State.SENT, server.state(1));
        assertEquals(1, log.readAll().size());
        assertEquals(1, tracer.events().size());
    }

    @Test
    @Covers("LOG-1")
    void anAnswerThatCannotBeRecordedIsRefusedAndARepeatMayStillProvide() throws Exception {
        ask();
        log.failing(true);
        server.answers(List.of(new Answer(1, 1, 2, "x")));
        assertEquals(State.REFUSED, server.state(1));
        JsonNode view = get(base, "/v1/inquiries/1").body();
        assertEquals("the inquirer's intermediate server could not record the provision", view.get("reason").asText());
        assertFalse(view.has("data"));
        assertEquals(TraceEvent.of("InquirerReceiveAnswer", "inquirer", 1L, "serial", 1L, "recorded", false),
                tracer.events().get(1));

        log.failing(false);
        server.answers(List.of(new Answer(1, 1, 2, "x")));
        assertEquals(State.PROVIDED, server.state(1));
        assertFalse(get(base, "/v1/inquiries/1").body().has("reason"));
    }

    @Test
    @Covers({"IS-7", "LOG-1"})
    void aHoldAndThenARefusalAreEachRecordedOnce() throws Exception {
        ask();
        Status held = new Status(1, 1, Messages.HELD, "held for a staff decision");
        server.statuses(List.of(held, held));
        assertEquals(State.HELD, server.state(1));
        assertEquals("held for a staff decision", get(base, "/v1/inquiries/1").body().get("reason").asText());
        assertEquals(1, log.of(RecordKind.HOLD).size());
        assertEquals("held for a staff decision", log.of(RecordKind.HOLD).get(0).reason());

        server.statuses(List.of(new Status(1, 1, Messages.REFUSED, "refused by a staff decision")));
        server.statuses(List.of(held)); // late: the refusal stands
        assertEquals(State.REFUSED, server.state(1));
        assertEquals("refused by a staff decision", get(base, "/v1/inquiries/1").body().get("reason").asText());
        assertEquals(1, log.of(RecordKind.HOLD).size());
        assertEquals(1, log.of(RecordKind.REFUSAL).size());
        assertEquals(TraceEvent.of("InquirerReceiveStatus", "inquirer", 1L, "serial", 1L, "status", "held", "recorded", true),
                tracer.events().get(1));
    }

    @Test
    @Covers("LOG-1")
    void aStatusWithoutReasonIsRecordedUnderItsStatusAndAnAnswerStands() throws Exception {
        ask();
        ask();
        server.statuses(List.of(new Status(1, 1, Messages.REFUSED, null)));
        assertEquals("refused", log.of(RecordKind.REFUSAL).get(0).reason());

        server.answers(List.of(new Answer(1, 2, 2, "x")));
        server.statuses(List.of(new Status(1, 2, Messages.REFUSED, "late"), new Status(1, 2, Messages.HELD, "late")));
        assertEquals(State.PROVIDED, server.state(2));
        server.statuses(List.of(new Status(2, 1, Messages.REFUSED, "not ours"), new Status(1, 9, Messages.REFUSED, "unknown")));
        assertEquals(State.REFUSED, server.state(1));
        assertEquals(2, log.of(RecordKind.REFUSAL).size());
    }

    @Test
    @Covers("LOG-1")
    void aStatusThatCannotBeRecordedStillReachesTheBusinessSystem() throws Exception {
        ask();
        log.failing(true);
        server.statuses(List.of(new Status(1, 1, Messages.REFUSED, "no rule")));
        assertEquals(State.REFUSED, server.state(1));
        assertEquals(false, tracer.events().get(1).get("recorded"));
    }

    @Test
    @Covers("NET-1")
    void unansweredQueriesAreResentUnderTheirSerial() throws Exception {
        ask();
        ask();
        server.answers(List.of(new Answer(1, 2, 2, "x")));
        assertEquals(0, server.resendUnanswered(3_600_000_000_000L));
        assertEquals(1, server.resendUnanswered(0));
        List<Object> out = sent.all();
        assertEquals(3, out.size());
        assertEquals(out.get(0), out.get(2));
    }

    @Test
    @Covers({"LOG-1", "NET-1"})
    void aRestartedServerKnowsItsQueriesFromItsRecords() throws Exception {
        InstitutionId other = new InstitutionId(3);
        Instant at = Instant.ofEpochMilli(T);
        ProvisionRecord q4 = ProvisionRecord.request(I1, I2, 1, "tax", 4, MINE, at);
        ProvisionRecord q5 = ProvisionRecord.request(I1, I2, 1, "care", 5, MINE, at);
        ProvisionRecord q6 = ProvisionRecord.request(I1, I2, 1, "tax", 6, MINE, at);
        ProvisionRecord q7 = ProvisionRecord.request(I1, I2, 1, "tax", 7, MINE, at);
        MemoryRecordLog before = new MemoryRecordLog(List.of(
                q4, q4.held("staff"), q4.provided(at),
                q5, q5.held("staff"),
                q6, q6.refused("no rule"), q6.held("late"),
                q7, q7.provided(at), q7.refused("late"),
                ProvisionRecord.request(other, I1, 1, "tax", 90, OTHER, at)));
        try (CopyStore store = CopyStore.open(dir.resolve("again"));
                IntermediateServer again = new IntermediateServer(I1, store, before, VOCABULARY, Tracer.OFF)) {
            assertEquals(State.PROVIDED, again.state(4));
            assertEquals(State.HELD, again.state(5));
            assertEquals(State.REFUSED, again.state(6));
            assertEquals(State.PROVIDED, again.state(7));
            assertThrows(IllegalArgumentException.class, () -> again.state(90));
            again.start(0, sent);
            assertEquals("no rule", get(again.http().uri(), "/v1/inquiries/6").body().get("reason").asText());
            assertEquals("care", get(again.http().uri(), "/v1/inquiries/5").body().get("category").asText());
            Reply next = post(again.http().uri(), "/v1/inquiries", inquiry(1, 2, "tax", MINE));
            assertEquals(8, next.body().get("serial").asLong());
            assertEquals("IntermediateServer[I1, 5 queries, 0 copies]", again.toString());
        }
    }

    @Test
    @Covers({"NET-3", "LOG-1"})
    void queriesThatHaveLeftMemoryAreReadBackFromTheRecordsWithoutTheirData() throws Exception {
        MemoryRecordLog records = new MemoryRecordLog();
        Sent out = new Sent();
        try (IntermediateServer small = new IntermediateServer(I1, copies, records, VOCABULARY, Tracer.OFF, 1).start(0, out)) {
            URI at = small.http().uri();
            for (int k = 0; k < 3; k++) {
                assertEquals(200, post(at, "/v1/inquiries", inquiry(1, 2, "tax", MINE)).status());
            }
            // One settled query is kept: each one met again below is read back from the records.
            small.answers(List.of(new Answer(1, 1, 2, "{\"amount\":5}")));
            small.statuses(List.of(new Status(1, 2, Messages.HELD, "held")));
            small.answers(List.of(new Answer(1, 1, 2, "{\"amount\":6}"))); // a repeat: not recorded again
            small.answers(List.of(new Answer(1, 2, 2, "{\"amount\":7}"))); // provided after its hold
            assertEquals("{\"amount\":7}", get(at, "/v1/inquiries/2").body().get("data").asText());
            small.statuses(List.of(new Status(1, 3, Messages.REFUSED, "no copy")));

            JsonNode one = get(at, "/v1/inquiries/1").body();
            assertEquals("provided", one.get("state").asText());
            assertFalse(one.has("data"), one.toString()); // the data went with the memory
            assertFalse(get(at, "/v1/inquiries/2?wait=0").body().has("data"));
            assertEquals(State.PROVIDED, small.state(2));
            assertEquals("no copy", get(at, "/v1/inquiries/3").body().get("reason").asText());
            assertEquals(404, get(at, "/v1/inquiries/4").status());
            assertEquals(List.of("REQUEST 1", "REQUEST 2", "REQUEST 3", "PROVISION 1", "HOLD 2", "PROVISION 2", "REFUSAL 3"),
                    records.readAll().stream().map(r -> r.kind() + " " + r.serial()).toList());
        }
    }

    // --- As provider -------------------------------------------------------------------------

    Notice notice(long serial, String category, String code) {
        return new Notice(2, serial, 1, 1, category, code, T + serial);
    }

    void register(String code, String category, String data) throws Exception {
        Reply r = post(base, "/v1/copies", "[{\"code\":\"" + code + "\",\"category\":\"" + category + "\",\"data\":" + data + "}]");
        assertEquals(200, r.status(), String.valueOf(r.body()));
    }

    @Test
    @Covers({"NET-3", "IS-2", "LOG-1"})
    void aNoticeIsAnsweredAtOnceFromTheCopyAndRecorded() throws Exception {
        register(MINE, "tax", "{\"amount\":7}");
        Instant before = Instant.now();
        server.notices(List.of(notice(3, "tax", MINE)));
        server.notices(List.of(notice(3, "tax", MINE))); // a repeat: the same answer, no second record

        Data d = new Data(2, 3, 1, "{\"amount\":7}");
        assertEquals(List.of(d, d), sent.all());
        assertEquals(1, log.readAll().size());
        ProvisionRecord p = log.readAll().get(0);
        assertEquals(new ProvisionRecord(RecordKind.PROVISION, I2, I1, 1, "tax", 3, MINE, Instant.ofEpochMilli(T + 3),
                p.providedAt(), null), p);
        assertFalse(p.providedAt().isBefore(before));
        assertEquals(TraceEvent.of("ProviderReceiveNotice", "provider", 1L, "inquirer", 2L, "serial", 3L, "outcome", "provided"),
                tracer.events().get(0));
    }

    @Test
    @Covers({"NET-3", "IS-2", "LOG-1"})
    void aRepeatedNoticeOfASerialThatHasLeftMemoryIsAnsweredAsRecordedAndNotRecordedAgain() throws Exception {
        register(MINE, "tax", "{\"amount\":7}");
        MemoryRecordLog records = new MemoryRecordLog();
        Sent out = new Sent();
        try (IntermediateServer small = new IntermediateServer(I1, copies, records, VOCABULARY, Tracer.OFF, 1).start(0, out)) {
            small.notices(List.of(notice(3, "tax", MINE), notice(4, "care", MINE))); // only serial 4 stays in memory
            small.notices(List.of(notice(3, "tax", MINE))); // read back: provided, answered again from the copy
            small.notices(List.of(notice(4, "care", MINE))); // read back: refused, with the recorded reason

            String reason = "no copy of care for that person at the provider";
            Data d = new Data(2, 3, 1, "{\"amount\":7}");
            assertEquals(List.of(d, new Status(2, 4, Messages.REFUSED, reason), new Report(2, 4, 1, Messages.REFUSED, reason),
                    d, new Status(2, 4, Messages.REFUSED, reason), new Report(2, 4, 1, Messages.REFUSED, reason)), out.all());
            assertEquals(List.of("PROVISION 3", "REFUSAL 4"),
                    records.readAll().stream().map(r -> r.kind() + " " + r.serial()).toList());
        }
    }

    @Test
    @Covers({"NET-3", "LOG-1"})
    void aNoticeWithoutACopyIsRefusedToTheInquirerAndReportedToTheCore() throws Exception {
        server.notices(List.of(notice(3, "care", MINE), new Notice(2, 4, 1, 3, "tax", MINE, T)));

        String reason = "no copy of care for that person at the provider";
        assertEquals(List.of(new Status(2, 3, Messages.REFUSED, reason), new Report(2, 3, 1, Messages.REFUSED, reason)), sent.all());
        assertEquals(List.of(reason), log.readAll().stream().map(ProvisionRecord::reason).toList());
        assertEquals(RecordKind.REFUSAL, log.readAll().get(0).kind());
    }

    @Test
    @Covers({"IS-7", "LOG-1"})
    void aRestrictedCopyIsHeldForTheStaffWhoProvideIt() throws Exception {
        register(MINE, "tax", "{\"amount\":7}");
        Reply restricted = post(base, "/v1/restrictions", "{\"code\":\"" + MINE + "\",\"category\":\"tax\",\"restricted\":true}");
        assertEquals(200, restricted.status(), String.valueOf(restricted.body()));
        assertEquals(1, restricted.body().get("restrictions").asInt());

        server.notices(List.of(notice(5, "tax", MINE), notice(4, "tax", MINE)));
        String reason = "held for a staff decision (auto-response restricted)";
        assertEquals(List.of(new Status(2, 5, Messages.HELD, reason), new Report(2, 5, 1, Messages.HELD, reason),
                new Status(2, 4, Messages.HELD, reason), new Report(2, 4, 1, Messages.HELD, reason)), sent.all());
        assertEquals(List.of(RecordKind.HOLD, RecordKind.HOLD), log.readAll().stream().map(ProvisionRecord::kind).toList());
        assertEquals(reason, log.readAll().get(0).reason());

        Reply holds = get(base, "/v1/holds");
        assertEquals("[{\"inquirer\":2,\"serial\":4,\"item\":1,\"category\":\"tax\"},"
                + "{\"inquirer\":2,\"serial\":5,\"item\":1,\"category\":\"tax\"}]", holds.body().toString());

        Reply decided = post(base, "/v1/holds/2/5", "{\"provide\":true}");
        assertEquals(200, decided.status(), String.valueOf(decided.body()));
        assertTrue(decided.body().get("provided").asBoolean());
        assertEquals(5, decided.body().get("serial").asLong());
        assertEquals(2, decided.body().get("inquirer").asLong());
        assertEquals(new Data(2, 5, 1, "{\"amount\":7}"), sent.all().get(4));
        ProvisionRecord p = log.readAll().get(2);
        assertEquals(RecordKind.PROVISION, p.kind());
        assertNull(p.reason());
        assertEquals(TraceEvent.of("StaffDecide", "provider", 1L, "inquirer", 2L, "serial", 5L, "provide", true),
                tracer.events().get(2));
        assertEquals(1, get(base, "/v1/holds").body().size());

        Reply again = post(base, "/v1/holds/2/5", "{\"provide\":false}");
        assertEquals(404, again.status());
        assertEquals("unknown-hold", again.type());
        assertEquals("no held query of I2 serial 5", again.detail());
    }

    @Test
    @Covers({"IS-7", "LOG-1"})
    void theStaffMayRefuseAHeldQuery() throws Exception {
        register(MINE, "tax", "{\"amount\":7}");
        copies.restrict(new CopyStore.Restriction(null, "tax"), true);
        server.notices(List.of(notice(5, "tax", MINE)));
        server.decide(new Key(2, 5), false);

        String reason = "refused by a staff decision";
        assertEquals(List.of(new Status(2, 5, Messages.REFUSED, reason), new Report(2, 5, 1, Messages.REFUSED, reason)),
                sent.all().subList(2, 4));
        assertEquals(new ProvisionRecord(RecordKind.REFUSAL, I2, I1, 1, "tax", 5, MINE, Instant.ofEpochMilli(T + 5), null, reason),
                log.readAll().get(1));
        assertEquals("[]", get(base, "/v1/holds").body().toString());
        assertEquals(false, tracer.events().get(1).get("provide"));
    }

    @Test
    @Covers({"IS-7", "LOG-1"})
    void aDecisionThatCannotBeRecordedSendsNothingAndMayBeTakenAgain() throws Exception {
        register(MINE, "tax", "{\"amount\":7}");
        copies.restrict(new CopyStore.Restriction(MINE, "tax"), true);
        server.notices(List.of(notice(5, "tax", MINE)));
        log.failing(true);
        Reply r = post(base, "/v1/holds/2/5", "{\"provide\":true}");
        assertEquals(503, r.status());
        assertEquals("record-failed", r.type());
        assertEquals(2, sent.all().size());

        log.failing(false);
        server.decide(new Key(2, 5), true);
        assertEquals(new Data(2, 5, 1, "{\"amount\":7}"), sent.all().get(2));
        assertThrows(ApiException.class, () -> server.decide(new Key(2, 6), true));
        Reply bad = post(base, "/v1/holds/two/5", "{\"provide\":true}");
        assertEquals(400, bad.status());
        assertEquals("the inquirer and the serial are numbers", bad.detail());
    }

    @Test
    @Covers("LOG-1")
    void aNoticeTheProviderCannotRecordIsRefused() throws Exception {
        register(MINE, "tax", "{\"amount\":7}");
        copies.restrict(new CopyStore.Restriction(MINE, "tax"), true);
        log.failing(true);
        server.notices(List.of(notice(5, "tax", MINE)));

        String reason = "the provider could not record the provision";
        assertEquals(List.of(new Status(2, 5, Messages.REFUSED, reason), new Report(2, 5, 1, Messages.REFUSED, reason)), sent.all());
        assertEquals("[]", get(base, "/v1/holds").body().toString());
    }

    @Test
    @Covers({"IS-2", "NET-6"})
    void copiesAreRegisteredWithTheInstitutionsCodesAndColumnFourInformationOnly() throws Exception {
        Reply ok = post(base, "/v1/copies", "[{\"code\":\"" + MINE + "\",\"category\":\"tax\",\"data\":{\"amount\":1}},"
                + "{\"code\":\"" + OTHER + "\",\"category\":\"care\",\"data\":{\"level\":2}}]");
        assertEquals(200, ok.status(), String.valueOf(ok.body()));
        assertEquals(2, ok.body().get("registered").asInt());
        assertEquals(2, ok.body().get("copies").asInt());
        assertEquals("{\"level\":2}", copies.copy(OTHER, "care").orElseThrow());

        String good = "{\"code\":\"" + MINE + "\",\"category\":\"tax\",\"data\":{\"amount\":2}}";
        expect(post(base, "/v1/copies", "[" + good + ",{\"code\":\"X\",\"category\":\"tax\",\"data\":{}}]"),
                422, "invalid-code", "copy 1: not a well-formed institution code");
        expect(post(base, "/v1/copies", "[{\"code\":\"" + MINE + "\",\"category\":\"family\",\"data\":{}}]"),
                422, "unknown-category", "copy 0: unknown category");
        expect(post(base, "/v1/copies", "[{\"code\":\"" + MINE + "\",\"category\":null,\"data\":{}}]"),
                422, "unknown-category", "copy 0: unknown category");
        expect(post(base, "/v1/copies", "[{\"code\":\"" + MINE + "\",\"category\":\"tax\",\"data\":[1]}]"),
                400, "malformed", "copy 0: data is a JSON object");
        expect(post(base, "/v1/copies", "[{\"code\":\"" + MINE + "\",\"category\":\"tax\",\"data\":null}]"),
                400, "malformed", "copy 0: data is a JSON object");
        for (String field : List.of("name", "住所", "individualNumber")) {
            expect(post(base, "/v1/copies", "[" + good + ",{\"code\":\"" + MINE + "\",\"category\":\"care\",\"data\":{\"level\":1,\""
                    + field + "\":\"x\"}}]"), 422, "basic-facts",
                    "copy 1: field " + field + " is not column-4 information (NET-6, IS-3)");
        }
        expect(post(base, "/v1/copies", good), 400, "malformed", "the body is a JSON array of copies");
        assertEquals("{\"amount\":1}", copies.copy(MINE, "tax").orElseThrow());
        assertEquals(2, copies.size());
        assertSame(copies, server.copies());
    }

    static void expect(Reply r, int status, String type, String detail) {
        assertEquals(status, r.status(), String.valueOf(r.body()));
        assertEquals(type, r.type());
        assertEquals(detail, r.detail());
    }

    @Test
    @Covers("IS-7")
    void restrictionsNameAKnownCategoryAndAWellFormedCodeIfAny() throws Exception {
        Reply whole = post(base, "/v1/restrictions", "{\"category\":\"care\",\"restricted\":true}");
        assertEquals(200, whole.status(), String.valueOf(whole.body()));
        assertTrue(copies.restricted(OTHER, "care"));
        post(base, "/v1/restrictions", "{\"code\":\"" + MINE + "\",\"category\":\"tax\",\"restricted\":true}");
        assertEquals(2, copies.restrictions().size());
        Reply lifted = post(base, "/v1/restrictions", "{\"category\":\"care\",\"restricted\":false}");
        assertEquals(1, lifted.body().get("restrictions").asInt());
        assertFalse(copies.restricted(OTHER, "care"));

        expect(post(base, "/v1/restrictions", "{\"category\":\"family\",\"restricted\":true}"), 422, "unknown-category", "unknown category");
        expect(post(base, "/v1/restrictions", "{\"restricted\":true}"), 422, "unknown-category", "unknown category");
        expect(post(base, "/v1/restrictions", "{\"code\":\"X\",\"category\":\"tax\",\"restricted\":true}"), 422, "invalid-code",
                "not a well-formed institution code");
        assertEquals(1, copies.restrictions().size());
    }

    @Test
    @Covers({"NET-3", "NET-4"})
    void theInterfaceSystemsMessagesArriveOverHttp() throws Exception {
        register(MINE, "tax", "{\"amount\":7}");
        ask();
        ask();
        assertEquals(204, post(base, "/v1/notices", bango.network.http.HttpCalls.json(List.of(notice(3, "tax", MINE)))).status());
        assertEquals(new Data(2, 3, 1, "{\"amount\":7}"), sent.all().get(2));
        assertEquals(204, post(base, "/v1/answers", bango.network.http.HttpCalls.json(List.of(new Answer(1, 1, 2, "x")))).status());
        assertEquals(State.PROVIDED, server.state(1));
        assertEquals(204, post(base, "/v1/statuses",
                bango.network.http.HttpCalls.json(List.of(new Status(1, 2, Messages.HELD, "staff")))).status());
        assertEquals(State.HELD, server.state(2));
        assertEquals(400, post(base, "/v1/notices", "{}").status());
    }

    @Test
    void closedItListensNoMore() throws Exception {
        server.close();
        assertThrows(java.net.ConnectException.class, () -> get(base, "/v1/holds"));
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
        copies.register(List.of(new CopyStore.Copy(MINE, "tax", "{}")));
        copies.restrict(new CopyStore.Restriction(MINE, "care"), true);
        copies.register(List.of(new CopyStore.Copy(MINE, "care", "{}")));
        try (IntermediateServer quiet = new IntermediateServer(I1, copies, new MemoryRecordLog(), VOCABULARY, off).start(0, sent)) {
            post(quiet.http().uri(), "/v1/inquiries", inquiry(1, 2, "tax", MINE));
            quiet.answers(List.of(new Answer(1, 1, 2, "x")));
            quiet.answers(List.of(new Answer(1, 1, 2, "x")));
            quiet.statuses(List.of(new Status(1, 1, Messages.REFUSED, "x")));
            quiet.notices(List.of(notice(1, "tax", MINE), notice(2, "care", MINE)));
            quiet.decide(new Key(2, 2), true);
            assertEquals(State.PROVIDED, quiet.state(1));
        }
        assertEquals(List.of(), seen);
        assertEquals(5, sent.all().size());
    }

    @Test
    void itNeedsEveryPart() throws Exception {
        MemoryRecordLog l = new MemoryRecordLog();
        assertThrows(NullPointerException.class, () -> new IntermediateServer(null, copies, l, VOCABULARY, Tracer.OFF));
        assertThrows(NullPointerException.class, () -> new IntermediateServer(I1, null, l, VOCABULARY, Tracer.OFF));
        assertThrows(NullPointerException.class, () -> new IntermediateServer(I1, copies, null, VOCABULARY, Tracer.OFF));
        assertThrows(NullPointerException.class, () -> new IntermediateServer(I1, copies, l, null, Tracer.OFF));
        assertThrows(NullPointerException.class, () -> new IntermediateServer(I1, copies, l, VOCABULARY, null));
        IntermediateServer idle = new IntermediateServer(I1, copies, l, VOCABULARY, Tracer.OFF);
        assertThrows(NullPointerException.class, () -> idle.start(0, null));
        assertThrows(NullPointerException.class, () -> idle.connectedWhen(null));
        assertEquals(I1, idle.id());
        assertSame(l, idle.records());
        assertSame(log, server.records());
    }
}
