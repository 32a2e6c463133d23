package bango.cli;

import bango.network.http.JsonHttpServer;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Synthetic column-4 information for the copies (副本) a provider registers: a few figures per
 * category, reproducible from (provider, resident, category). Never a name, address, date of
 * birth or sex (NET-6).
 */
final class SyntheticCopies {

    private SyntheticCopies() {
    }

    /** Residents the examples use: they have information of every category at every provider. */
    static final int ALWAYS_COVERED = 3;

    /**
     * Whether the provider holds information of {@code category} about {@code resident}: about one
     * resident in ten (not everyone receives every benefit), and always the first three.
     */
    static boolean covered(String category, long provider, int resident) {
        return resident < ALWAYS_COVERED || Long.remainderUnsigned(mix(category.hashCode() * 31L + provider * 1_000_003L + resident), 10) == 0;
    }

    static ObjectNode data(String category, long provider, int resident) {
        long h = mix(category.hashCode() * 0x9E3779B97F4A7C15L ^ provider * 0xC2B2AE3D27D4EB4FL ^ resident);
        ObjectNode n = JsonHttpServer.JSON.createObjectNode();
        n.put("fiscalYear", 2025);
        n.put("amountYen", (h >>> 1) % 5_000_000);
        n.put("status", (h & 1) == 0 ? "active" : "ended");
        n.put("recordedBy", "I" + provider);
        return n;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
