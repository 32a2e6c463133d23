package bango.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** NET-7: the register of accepted self-checks, on a fixed clock. */
@Covers("NET-7")
class ConnectionRegistryTest {

    static final Instant T = Instant.parse("2026-04-01T00:00:00Z");
    final ConnectionRegistry registry = new ConnectionRegistry();

    static Map<String, Boolean> without(String... missing) {
        Map<String, Boolean> m = new TreeMap<>(ConnectionRegistry.allInPlace());
        for (String x : missing) {
            m.put(x, false);
        }
        return m;
    }

    @Test
    void aCompleteReportConnectsForThePeriodFromItsTimeOn() {
        assertEquals(List.of(), registry.report(1, ConnectionRegistry.allInPlace(), T));

        assertFalse(registry.connected(1, T.minusNanos(1)));
        assertTrue(registry.connected(1, T));
        assertTrue(registry.connected(1, T.plus(ConnectionRegistry.PERIOD)));
        assertFalse(registry.connected(1, T.plus(ConnectionRegistry.PERIOD).plusNanos(1)));
        assertEquals(Duration.ofDays(365), ConnectionRegistry.PERIOD);
        assertFalse(registry.connected(2, T));
        assertEquals(Optional.of(new ConnectionRegistry.Acceptance(1, T)), registry.acceptance(1));
        assertEquals(Optional.empty(), registry.acceptance(2));
    }

    @Test
    void anIncompleteReportNamesWhatIsMissingInOrderAndConnectsNothing() {
        Map<String, Boolean> report = without("staff-secrecy", "closed-network");
        report.remove("log-inspection");
        assertEquals(List.of("closed-network", "log-inspection", "staff-secrecy"), registry.report(1, report, T));
        assertFalse(registry.connected(1, T));
        assertEquals(Optional.empty(), registry.acceptance(1));
        assertEquals(ConnectionRegistry.MEASURES.stream().sorted().toList(), registry.report(1, Map.of(), T));
    }

    @Test
    void aMeasureTheRulesDoNotHaveIsRefused() {
        Map<String, Boolean> report = new TreeMap<>(ConnectionRegistry.allInPlace());
        report.put("antivirus", true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.report(1, report, T));
        assertEquals("the connection rules have no measure 'antivirus'", e.getMessage());
        assertFalse(registry.connected(1, T));
        assertThrows(NullPointerException.class, () -> registry.report(1, null, T));
        assertThrows(NullPointerException.class, () -> registry.report(1, ConnectionRegistry.allInPlace(), null));
    }

    @Test
    void theLatestAcceptedReportCountsAndAFailedOneRemovesNothing() {
        Instant later = T.plus(Duration.ofDays(200));
        registry.report(1, ConnectionRegistry.allInPlace(), later);
        registry.report(1, ConnectionRegistry.allInPlace(), T); // an older report, arriving late
        assertEquals(later, registry.acceptance(1).orElseThrow().reportedAt());

        registry.report(2, ConnectionRegistry.allInPlace(), T);
        registry.report(2, ConnectionRegistry.allInPlace(), later);
        assertEquals(later, registry.acceptance(2).orElseThrow().reportedAt());
        assertTrue(registry.connected(2, T.plus(ConnectionRegistry.PERIOD).plusSeconds(1)));

        assertEquals(List.of("encrypted-store"), registry.report(2, without("encrypted-store"), later.plusSeconds(1)));
        assertTrue(registry.connected(2, later.plusSeconds(1)));
    }

    @Test
    void nowIsTheClockOfTheOneArgumentCheck() {
        registry.report(1, ConnectionRegistry.allInPlace(), Instant.now().minusSeconds(60));
        registry.report(2, ConnectionRegistry.allInPlace(), Instant.now().minus(ConnectionRegistry.PERIOD).minusSeconds(60));
        registry.report(3, ConnectionRegistry.allInPlace(), Instant.now().plusSeconds(3600));
        assertTrue(registry.connected(1));
        assertFalse(registry.connected(2));
        assertFalse(registry.connected(3));
    }

    @Test
    void allInPlaceIsEveryMeasureTrue() {
        Map<String, Boolean> all = ConnectionRegistry.allInPlace();
        assertEquals(ConnectionRegistry.MEASURES, all.keySet());
        assertTrue(all.values().stream().allMatch(Boolean::booleanValue));
        assertEquals(5, all.size());
    }
}
