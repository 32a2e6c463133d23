package bango.network;

import static bango.network.HttpClientFixture.await;
import static bango.network.HttpClientFixture.get;
import static bango.network.HttpClientFixture.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NET-7 (only institutions whose self-check against the connection rules was accepted take part)
 * and NET-5 (every line runs to or from the network system's interface system).
 */
class ConnectionTest {

    @TempDir
    Path dir;

    static String code(LinkedPopulation pop, long institution, int person) {
        return pop.code(new InstitutionId(institution), pop.number(person)).text();
    }

    @Test
    @Covers({"NET-7", "LOG-1"})
    void onlySelfCheckedInstitutionsExchange() throws Exception {
        LinkedPopulation pop = NetworkFixture.population(2, 3);
        try (Network net = NetworkFixture.start(pop, 3, 1, dir, Tracer.OFF, Faults.NONE)) {
            URI interfaceSystem = net.interfaceSystem().http().uri();
            // I2 has not reported: a query to it is refused by the core, with the reason.
            URI i1 = net.server(1).http().uri();
            Reply sent = post(i1, "/v1/inquiries", "{\"item\":1,\"provider\":2,\"category\":\"tax\",\"code\":\"" + code(pop, 1, 0) + "\"}");
            JsonNode answer = await(i1, sent.body().get("serial").asLong());
            assertEquals("refused", answer.get("state").asText());
            assertEquals("I2 is not connected: no accepted self-check against the connection rules (NET-7)", answer.get("reason").asText());
            // I3 has not reported either: its own server will not send.
            Reply fromI3 = post(net.server(3).http().uri(), "/v1/inquiries",
                    "{\"item\":1,\"provider\":1,\"category\":\"tax\",\"code\":\"" + code(pop, 3, 0) + "\"}");
            assertEquals(403, fromI3.status());
            assertEquals("not-connected", fromI3.body().get("type").asText());
            assertEquals(List.of(RecordKind.REFUSAL), net.server(3).records().readAll().stream().map(ProvisionRecord::kind).toList());
            // An incomplete report is refused and names what is missing; a complete one connects.
            Map<String, Boolean> partial = new TreeMap<>(ConnectionRegistry.allInPlace());
            partial.put("log-inspection", false);
            assertEquals(List.of(422), net.reportSelfChecks(List.of(new InstitutionId(2)), partial));
            assertFalse(get(interfaceSystem, "/v1/connections/2").body().get("connected").asBoolean());
            Reply incomplete = post(interfaceSystem, "/v1/self-checks", "{\"institution\":2,\"measures\":{\"closed-network\":true}}");
            assertEquals("self-check-incomplete", incomplete.body().get("type").asText());
            assertEquals("not in place: encrypted-store, log-inspection, separate-lines, staff-secrecy",
                    incomplete.body().get("detail").asText());
            assertEquals("unknown-measure", post(interfaceSystem, "/v1/self-checks",
                    "{\"institution\":2,\"measures\":{\"firewall\":true}}").body().get("type").asText());
            assertEquals(List.of(200), net.reportSelfChecks(List.of(new InstitutionId(2)), ConnectionRegistry.allInPlace()));
            assertTrue(get(interfaceSystem, "/v1/connections/2").body().get("connected").asBoolean());
            Reply again = post(i1, "/v1/inquiries", "{\"item\":1,\"provider\":2,\"category\":\"care\",\"code\":\"" + code(pop, 1, 1) + "\"}");
            JsonNode later = await(i1, again.body().get("serial").asLong());
            assertEquals("refused", later.get("state").asText(), "connected now, but I2 has no copy registered");
            assertEquals("no copy of care for that person at the provider", later.get("reason").asText());
        }
    }

    @Test
    @Covers({"NET-7"})
    void aSelfCheckLapsesAfterItsPeriod() {
        ConnectionRegistry r = new ConnectionRegistry();
        Instant t = Instant.parse("2026-04-01T00:00:00Z");
        assertEquals(List.of(), r.report(5, ConnectionRegistry.allInPlace(), t));
        assertTrue(r.connected(5, t.plus(ConnectionRegistry.PERIOD)));
        assertFalse(r.connected(5, t.plus(ConnectionRegistry.PERIOD).plusSeconds(1)));
        assertFalse(r.connected(5, t.minusSeconds(1)));
        assertFalse(r.connected(6, t));
        assertThrows(IllegalArgumentException.class, () -> r.report(5, Map.of("firewall", true), t));
        // A later complete report renews; an incomplete one changes nothing.
        Map<String, Boolean> partial = new TreeMap<>(ConnectionRegistry.allInPlace());
        partial.remove("staff-secrecy");
        assertEquals(List.of("staff-secrecy"), r.report(5, partial, t.plus(ConnectionRegistry.PERIOD)));
        assertFalse(r.connected(5, t.plus(ConnectionRegistry.PERIOD).plusSeconds(1)));
        r.report(5, ConnectionRegistry.allInPlace(), t.plus(ConnectionRegistry.PERIOD));
        assertTrue(r.connected(5, t.plus(ConnectionRegistry.PERIOD).plusSeconds(1)));
    }

    static final Pattern NETWORK_LINE = Pattern.compile("(is-\\d+->interface|interface->core|interface->is-\\d+|core->interface) /v1/\\w+");

    @Test
    @Covers({"NET-5", "NET-4", "IS-1"})
    void everyLineRunsToOrFromTheInterfaceSystem() throws Exception {
        LinkedPopulation pop = NetworkFixture.population(3, 3);
        try (Network net = NetworkFixture.start(pop, 3, dir, Tracer.OFF, Faults.NONE)) {
            URI provider = net.server(2).http().uri();
            post(provider, "/v1/copies", "[{\"code\":\"" + code(pop, 2, 0) + "\",\"category\":\"tax\",\"data\":{\"amountYen\":1}}]");
            URI i1 = net.server(1).http().uri();
            for (String category : List.of("tax", "care", "family")) {
                Reply r = post(i1, "/v1/inquiries", "{\"item\":1,\"provider\":2,\"category\":\"" + category + "\",\"code\":\"" + code(pop, 1, 0) + "\"}");
                await(i1, r.body().get("serial").asLong());
            }
            List<String> lines = net.lines();
            assertTrue(lines.size() >= 8, lines.toString());
            for (String line : lines) {
                assertTrue(NETWORK_LINE.matcher(line).matches(), line);
            }
            assertTrue(lines.contains("is-2->interface /v1/data"), "the data goes to the interface system");
            assertFalse(lines.stream().anyMatch(l -> l.startsWith("core->") && l.endsWith("/v1/data")));
            // The pattern is not vacuous: a direct line between institutions, or data to the core, is rejected.
            assertFalse(NETWORK_LINE.matcher("is-2->is-1 /v1/answers").matches());
            assertFalse(NETWORK_LINE.matcher("is-1->core /v1/queries").matches());
        }
    }
}
