package bango.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.annex.AnnexTable;
import bango.annex.Authorizer;
import bango.annex.Decision;
import bango.annex.InstitutionRegistry;
import bango.annex.Refusal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harness of {@code bango bench authz}: its percentiles and its mix of queries (not its timings). */
class AuthorizationBenchTest {

    @Test
    void percentilesOfAHistogram() {
        long[] h = new long[10];
        h[1] = 50;
        h[2] = 49;
        h[9] = 1;
        assertEquals(1, AuthorizationBench.percentile(h, 100, 0.50));
        assertEquals(2, AuthorizationBench.percentile(h, 100, 0.51));
        assertEquals(2, AuthorizationBench.percentile(h, 100, 0.99));
        assertEquals(9, AuthorizationBench.percentile(h, 100, 0.999));
        assertEquals(9, AuthorizationBench.percentile(new long[10], 1, 0.5), "more wanted than recorded: the last bucket");
    }

    @Test
    void theQueriesMixAllowedAndRefused() {
        AnnexTable table = AnnexTable.bundled();
        InstitutionRegistry registry = InstitutionRegistry.onePerType(table);
        AuthorizationBench.Queries q = AuthorizationBench.Queries.generate(table, registry, 2);
        Authorizer a = new Authorizer(table, registry);
        int allowed = 0;
        Map<Refusal, Integer> refused = new EnumMap<>(Refusal.class);
        for (int k = 0; k < 100_000; k++) {
            Decision d = a.decide(q.inquirers[k], q.items[k], q.providers[k], q.categories[k]);
            if (d instanceof Decision.Deny deny) {
                refused.merge(deny.reason(), 1, Integer::sum);
            } else {
                allowed++;
            }
        }
        assertTrue(allowed > 40_000 && allowed < 70_000, "allowed: " + allowed);
        for (Refusal r : new Refusal[] {Refusal.UNKNOWN_INQUIRER, Refusal.UNKNOWN_ITEM, Refusal.UNKNOWN_CATEGORY,
            Refusal.INQUIRER_NOT_IN_ITEM, Refusal.PROVIDER_NOT_IN_ITEM, Refusal.CATEGORY_NOT_FROM_PROVIDER}) {
            assertTrue(refused.getOrDefault(r, 0) > 500, () -> r + ": " + refused);
        }
    }

    @Test
    void aShortRunReportsItsFigures() {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        AuthorizationBench.AuthzResult r = AuthorizationBench.run(AuthorizationBench.MIN_SECONDS, 2,
                new PrintStream(progress, true, StandardCharsets.UTF_8));
        assertEquals(AnnexTable.bundled().rules().size(), r.rules());
        assertEquals(AnnexTable.bundled().institutionTypes().size(), r.institutions());
        assertTrue(r.decisionsPerSec() > 0 && r.timedDecisions() > 0);
        assertTrue(r.nsP50() <= r.nsP99() && r.nsP99() <= r.nsP999());
        assertTrue(r.allowedFraction() > 0.3 && r.allowedFraction() < 0.8, () -> "allowed " + r.allowedFraction());
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains("measuring latency"));
        assertThrows(IllegalArgumentException.class, () -> AuthorizationBench.run(2, 2, new PrintStream(progress)));
    }
}
