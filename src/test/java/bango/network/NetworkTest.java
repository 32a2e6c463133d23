package bango.network;

import static bango.network.HttpClientFixture.await;
import static bango.network.HttpClientFixture.get;
import static bango.network.HttpClientFixture.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.codes.InstitutionId;
import bango.issuance.LinkedPopulation;
import bango.network.HttpClientFixture.Reply;
import bango.records.ProvisionRecord;
import bango.records.RecordKind;
import bango.trace.Tracer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network end to end over loopback HTTP: three services per query, records at every party. */
class NetworkTest {

    static final String MARKER = "PAYLOAD-MARKER-7f3c";
    static LinkedPopulation pop;
    static Network net;
    static URI inquirer;
    static URI provider;
    static final AtomicBoolean coreSawPayload = new AtomicBoolean();

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        pop = NetworkFixture.population(6, 3);
        net = NetworkFixture.start(pop, 3, dir, Tracer.OFF, Faults.NONE);
        net.core().http().tap(bytes -> {
            if (new String(bytes, StandardCharsets.UTF_8).contains(MARKER)) {
                coreSawPayload.set(true);
            }
        });
        inquirer = net.server(1).http().uri();
        provider = net.server(2).http().uri();
        for (int p = 0; p < pop.size(); p++) {
            String code = code(2, p);
            Reply r = post(provider, "/v1/copies", "[{\"code\":\"" + code + "\",\"category\":\"tax\",\"data\":{\"amount\":" + (1000 + p)
                    + ",\"note\":\"" + MARKER + "\"}},{\"code\":\"" + code + "\",\"category\":\"care\",\"data\":{\"level\":" + p + "}}]");
            assertEquals(200, r.status(), String.valueOf(r.body()));
        }
    }

    @AfterAll
    static void stop() {
        net.close();
    }

    static String code(long institution, int person) {
        return pop.code(new InstitutionId(institution), pop.number(person)).text();
    }

    static long ask(int person, int item, long providerId, String category) throws Exception {
        Reply r = post(inquirer, "/v1/inquiries", "{\"item\":" + item + ",\"provider\":" + providerId + ",\"category\":\""
                + category + "\",\"code\":\"" + code(1, person) + "\"}");
        assertEquals(200, r.status(), String.valueOf(r.body()));
        return r.body().get("serial").asLong();
    }

    static List<RecordKind> kinds(bango.records.RecordLog log, long serial) {
        return log.find(new InstitutionId(1), serial).stream().map(ProvisionRecord::kind).toList();
    }

    @Test
    @Covers({"NET-1", "NET-2", "NET-3", "IS-2", "LOG-1"})
    void anAllowedQueryIsAnsweredFromTheCopyAndRecordedByAllThree() throws Exception {
        long serial = ask(0, 1, 2, "tax");
        JsonNode answer = await(inquirer, serial);
        assertEquals("provided", answer.get("state").asText(), answer.toString());
        assertTrue(answer.get("data").asText().contains("\"amount\":1000"), answer.toString());
        assertEquals(List.of(RecordKind.REQUEST, RecordKind.PROVISION), kinds(net.server(1).records(), serial));
        assertEquals(List.of(RecordKind.PROVISION), kinds(net.server(2).records(), serial));
        assertEquals(List.of(RecordKind.REQUEST, RecordKind.PROVISION), kinds(net.core().records(), serial));
        // Each party records the person in its own code space (CODE-4); the core holds both.
        assertEquals(code(1, 0), net.server(1).records().find(new InstitutionId(1), serial).get(0).person());
        assertEquals(code(2, 0), net.server(2).records().find(new InstitutionId(1), serial).get(0).person());
        assertEquals(code(1, 0) + ">" + code(2, 0), net.core().records().find(new InstitutionId(1), serial).get(0).person());
    }

    @Test
    @Covers({"NET-2", "LOG-1"})
    void aQueryTheTableDoesNotAllowIsRefusedWithTheReasonAndNothingReachesTheProvider() throws Exception {
        long serial = ask(1, 1, 2, "family");
        JsonNode answer = await(inquirer, serial);
        assertEquals("refused", answer.get("state").asText());
        assertEquals("no rule of item 1 gives family", answer.get("reason").asText());
        assertFalse(answer.has("data"));
        assertEquals(List.of(RecordKind.REQUEST, RecordKind.REFUSAL), kinds(net.server(1).records(), serial));
        assertEquals(List.of(RecordKind.REFUSAL), kinds(net.core().records(), serial));
        assertEquals(List.of(), kinds(net.server(2).records(), serial));
    }

    @Test
    @Covers({"IS-7", "LOG-1"})
    void restrictedInformationIsHeldUntilStaffDecide() throws Exception {
        assertEquals(200, post(provider, "/v1/restrictions", "{\"code\":\"" + code(2, 2) + "\",\"category\":\"care\",\"restricted\":true}").status());
        long serial = ask(2, 1, 2, "care");
        JsonNode held = await(inquirer, serial);
        assertEquals("held", held.get("state").asText());
        Reply holds = get(provider, "/v1/holds");
        assertTrue(holds.body().toString().contains("\"serial\":" + serial), holds.body().toString());
        assertEquals(List.of(RecordKind.HOLD), kinds(net.server(2).records(), serial));
        // The staff decide to provide: now it is answered, and the decision is recorded.
        Reply decided = post(provider, "/v1/holds/1/" + serial, "{\"provide\":true}");
        assertEquals(200, decided.status(), String.valueOf(decided.body()));
        JsonNode answer = await(inquirer, serial);
        for (int k = 0; k < 200 && !answer.get("state").asText().equals("provided"); k++) {
            Thread.sleep(10);
            answer = get(inquirer, "/v1/inquiries/" + serial).body();
        }
        assertEquals("provided", answer.get("state").asText());
        assertEquals(List.of(RecordKind.HOLD, RecordKind.PROVISION), kinds(net.server(2).records(), serial));
        assertEquals(404, post(provider, "/v1/holds/1/" + serial, "{\"provide\":true}").status(), "decided once");
    }

    @Test
    @Covers({"IS-7", "LOG-1"})
    void theCoreRecordsTheHoldAndThenTheStaffsRefusal() throws Exception {
        assertEquals(200, post(provider, "/v1/restrictions", "{\"code\":\"" + code(2, 1) + "\",\"category\":\"care\",\"restricted\":true}").status());
        long serial = ask(1, 1, 2, "care");
        assertEquals("held", await(inquirer, serial).get("state").asText());
        assertEquals(200, post(provider, "/v1/holds/1/" + serial, "{\"provide\":false}").status());
        List<RecordKind> core = kinds(net.core().records(), serial);
        for (int k = 0; k < 200 && core.size() < 3; k++) {
            Thread.sleep(10);
            core = kinds(net.core().records(), serial);
        }
        // Two outcomes of one serial, each recorded once: the hold, then the refusal (LOG-1).
        assertEquals(List.of(RecordKind.REQUEST, RecordKind.HOLD, RecordKind.REFUSAL), core);
        assertEquals(List.of(RecordKind.HOLD, RecordKind.REFUSAL), kinds(net.server(2).records(), serial));
        assertEquals("refused", get(inquirer, "/v1/inquiries/" + serial).body().get("state").asText());
    }

    @Test
    @Covers({"NET-4"})
    void theCoreNeverReceivesPayloadBytes() throws Exception {
        long serial = ask(3, 1, 2, "tax");
        assertEquals("provided", await(inquirer, serial).get("state").asText());
        assertTrue(net.core().http().bytesReceived() > 0, "the core did receive the query and the report");
        assertFalse(coreSawPayload.get(), "the payload never reached the core");
        // The tap does see what the interface system receives: the marker is detectable.
        AtomicInteger seen = new AtomicInteger();
        net.interfaceSystem().http().tap(b -> {
            if (new String(b, StandardCharsets.UTF_8).contains(MARKER)) {
                seen.incrementAndGet();
            }
        });
        long again = ask(4, 1, 2, "tax");
        assertEquals("provided", await(inquirer, again).get("state").asText());
        assertTrue(seen.get() > 0, "the same detector sees the payload at the interface system");
        assertFalse(coreSawPayload.get());
    }

    @Test
    @Covers({"NET-2", "LOG-1"})
    void badRequestsGetTypedErrorsAndRefusalsAreRecorded() throws Exception {
        Reply malformed = post(inquirer, "/v1/inquiries", "{not json");
        assertEquals(400, malformed.status());
        assertEquals("malformed", malformed.body().get("type").asText());
        Reply unknownItem = post(inquirer, "/v1/inquiries", "{\"item\":999,\"provider\":2,\"category\":\"tax\",\"code\":\"" + code(1, 0) + "\"}");
        assertEquals(422, unknownItem.status());
        assertEquals("unknown-item", unknownItem.body().get("type").asText());
        Reply unknownProvider = post(inquirer, "/v1/inquiries", "{\"item\":1,\"provider\":99,\"category\":\"tax\",\"code\":\"" + code(1, 0) + "\"}");
        assertEquals("unknown-institution", unknownProvider.body().get("type").asText());
        Reply badCategory = post(inquirer, "/v1/inquiries", "{\"item\":1,\"provider\":2,\"category\":\"氏名\",\"code\":\"" + code(1, 0) + "\"}");
        assertEquals("unknown-category", badCategory.body().get("type").asText());
        String bad = code(1, 0);
        bad = bad.substring(0, bad.length() - 1) + (bad.endsWith("0") ? "1" : "0");
        Reply badCode = post(inquirer, "/v1/inquiries", "{\"item\":1,\"provider\":2,\"category\":\"tax\",\"code\":\"" + bad + "\"}");
        assertEquals("invalid-code", badCode.body().get("type").asText());
        long refusedSerial = Long.parseLong(unknownItem.body().get("detail").asText().replaceAll("^serial (\\d+) .*$", "$1"));
        assertEquals(List.of(RecordKind.REFUSAL), kinds(net.server(1).records(), refusedSerial));
        assertEquals(404, get(inquirer, "/v1/inquiries/987654").status());
        assertEquals("unknown-serial", get(inquirer, "/v1/inquiries/987654").body().get("type").asText());
        Reply tooBig = post(inquirer, "/v1/inquiries", "[" + "0,".repeat(3_000_000) + "0]");
        assertEquals(413, tooBig.status());
        // A code of another institution's space is refused by the core (CODE-4), and recorded there.
        Reply foreign = post(inquirer, "/v1/inquiries", "{\"item\":1,\"provider\":2,\"category\":\"tax\",\"code\":\"" + code(2, 0) + "\"}");
        long serial = foreign.body().get("serial").asLong();
        JsonNode answer = await(inquirer, serial);
        assertEquals("refused", answer.get("state").asText());
        assertEquals("the code is not one the core system issued to I1", answer.get("reason").asText());
        assertEquals(List.of(RecordKind.REFUSAL), kinds(net.core().records(), serial));
    }

    @Test
    @Covers({"NET-6", "IS-3"})
    void copiesCarryingBasicFactsAreRejected() throws Exception {
        Reply r = post(provider, "/v1/copies", "[{\"code\":\"" + code(2, 5) + "\",\"category\":\"tax\",\"data\":{\"氏名\":\"x\"}}]");
        assertEquals(422, r.status());
        assertEquals("basic-facts", r.body().get("type").asText());
        long serial = ask(5, 1, 2, "tax");
        assertEquals("provided", await(inquirer, serial).get("state").asText(), "the earlier copy stands, the bad one was not stored");
    }

    @Test
    @Covers({"NET-1", "LOG-1"})
    void aBusinessSystemCanWaitForTheAnswerInTheSameRequest() throws Exception {
        String body = "{\"item\":1,\"provider\":2,\"category\":\"care\",\"code\":\"" + code(1, 4) + "\"}";
        Reply answered = post(inquirer, "/v1/inquiries?wait=10000", body);
        assertEquals(200, answered.status(), String.valueOf(answered.body()));
        assertEquals("provided", answered.body().get("state").asText(), "the long poll returns the answer itself");
        assertEquals("{\"level\":4}", answered.body().get("data").asText());
        long serial = answered.body().get("serial").asLong();
        assertTrue(kinds(net.server(1).records(), serial).contains(RecordKind.PROVISION), "recorded before release");
        // A later collection by serial, with a wait, returns at once: the query has settled.
        Reply again = get(inquirer, "/v1/inquiries/" + serial + "?wait=10000");
        assertEquals("provided", again.body().get("state").asText());
        // A refused query settles too: the wait ends with the refusal, not with the timeout.
        long t0 = System.nanoTime();
        Reply refused = post(inquirer, "/v1/inquiries?wait=20000", "{\"item\":2,\"provider\":2,\"category\":\"care\",\"code\":\""
                + code(1, 4) + "\"}");
        assertEquals("refused", refused.body().get("state").asText());
        assertTrue(System.nanoTime() - t0 < 15_000_000_000L, "answered when refused, before the wait ran out");
    }

    @Test
    @Covers("NET-1")
    void aBadWaitIsRefusedBeforeAnythingIsSentOrRecorded() throws Exception {
        int before = net.server(1).records().readAll().size();
        String body = "{\"item\":1,\"provider\":2,\"category\":\"tax\",\"code\":\"" + code(1, 3) + "\"}";
        for (String wait : List.of("soon", "-1", "30001")) {
            Reply r = post(inquirer, "/v1/inquiries?wait=" + wait, body);
            assertEquals(400, r.status(), wait);
            assertEquals("malformed", r.body().get("type").asText());
            assertEquals(400, get(inquirer, "/v1/inquiries/1?wait=" + wait).status(), wait);
        }
        assertEquals(before, net.server(1).records().readAll().size(), "nothing recorded for a refused wait");
    }
}
