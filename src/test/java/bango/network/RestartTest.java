package bango.network;

import static bango.network.HttpClientFixture.await;
import static bango.network.HttpClientFixture.get;
import static bango.network.HttpClientFixture.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.codes.InstitutionId;
import bango.issuance.LinkedPopulation;
import bango.network.HttpClientFixture.Reply;
import bango.records.JournalRecordLog;
import bango.trace.Tracer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network's stores outlive it: records, copies and the inquirer's serials survive a restart. */
class RestartTest {

    @TempDir
    Path dir;

    @Test
    @Covers({"LOG-1", "IS-2", "NET-3"})
    void recordsCopiesAndSerialsSurviveARestart() throws Exception {
        LinkedPopulation pop = NetworkFixture.population(2, 2);
        String mine = pop.code(new InstitutionId(1), pop.number(0)).text();
        String theirs = pop.code(new InstitutionId(2), pop.number(0)).text();
        String query = "{\"item\":1,\"provider\":2,\"category\":\"tax\",\"code\":\"" + mine + "\"}";
        long first;
        try (Network net = NetworkFixture.start(pop, 2, dir, Tracer.OFF, Faults.NONE)) {
            assertEquals(200, post(net.server(2).http().uri(), "/v1/copies",
                    "[{\"code\":\"" + theirs + "\",\"category\":\"tax\",\"data\":{\"amountYen\":42}}]").status());
            URI i1 = net.server(1).http().uri();
            first = post(i1, "/v1/inquiries", query).body().get("serial").asLong();
            assertEquals("provided", await(i1, first).get("state").asText());
        }
        try (Network net = NetworkFixture.start(pop, 2, dir, Tracer.OFF, Faults.NONE)) {
            URI i1 = net.server(1).http().uri();
            JsonNode before = get(i1, "/v1/inquiries/" + first).body();
            assertEquals("provided", before.get("state").asText(), "the answer's state comes back from the records");
            Reply again = post(i1, "/v1/inquiries", query);
            long second = again.body().get("serial").asLong();
            assertEquals(first + 1, second, "serials continue: a serial is never reused");
            JsonNode answer = await(i1, second);
            assertEquals("provided", answer.get("state").asText(), "the copy is still registered");
            assertTrue(answer.get("data").asText().contains("42"));
            assertEquals(2, net.core().records().readAll().stream().filter(r -> r.kind() == bango.records.RecordKind.PROVISION).count());
        }
        for (Path journal : new Path[] {dir.resolve("core/records.journal"), dir.resolve("intermediate/I1/records.journal"),
                dir.resolve("intermediate/I2/records.journal")}) {
            assertTrue(JournalRecordLog.verify(journal).intact(), journal + " verifies");
        }
    }
}
