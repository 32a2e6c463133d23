package bango.jlis;

import java.util.HashMap;
import java.util.Map;

/**
 * A test-only {@link NumberPermutation} written out by hand: the identity, except for the cycles
 * given for a (generation, attempt). A resident code left a fixed point of a tweak makes J-LIS try
 * the next attempt at once; a short cycle through issued values makes it walk.
 */
public final class ScriptedPermutation implements NumberPermutation {

    private final Map<Long, Map<Long, Long>> cycles = new HashMap<>();

    /** Adds the cycle {@code values[0] -> values[1] -> ... -> values[0]} to the tweak's permutation. */
    public ScriptedPermutation cycle(int generation, int attempt, long... values) {
        Map<Long, Long> map = cycles.computeIfAbsent(key(generation, attempt), k -> new HashMap<>());
        for (int i = 0; i < values.length; i++) {
            long from = values[i];
            long to = values[(i + 1) % values.length];
            if (map.containsKey(from) || map.containsValue(to)) {
                throw new IllegalArgumentException("cycles of one tweak must be disjoint");
            }
            map.put(from, to);
        }
        return this;
    }

    @Override
    public long apply(long value, int generation, int attempt) {
        if (value < 0 || value >= 100_000_000_000L) {
            throw new IllegalArgumentException("outside the 11-digit domain");
        }
        if (generation < 0 || generation > MAX_GENERATION || attempt < 0 || attempt > MAX_ATTEMPT) {
            throw new IllegalArgumentException("tweak out of range");
        }
        Map<Long, Long> map = cycles.get(key(generation, attempt));
        return map == null ? value : map.getOrDefault(value, value);
    }

    private static long key(int generation, int attempt) {
        return (long) generation << 16 | attempt;
    }
}
