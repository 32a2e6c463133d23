package bango.jlis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A test-only {@link NumberPermutation} with a small domain: for each (generation, attempt) a
 * seeded random permutation of the low {@code lowDigits} digits, the high digits kept. Values
 * sharing their high digits share one small block, so cycle walking past issued numbers, cycles
 * that come back to the resident code (a new attempt) and collisions with the history all happen
 * with a handful of residents.
 *
 * <p>With one low digit each block of ten values holds exactly one resident code's value (a
 * resident code is ten digits and a check digit); with two low digits the ten resident codes with
 * bodies {@code 10h .. 10h + 9} share the block {@code 100h .. 100h + 99}.
 */
public final class SmallDomainPermutation implements NumberPermutation {

    private final long seed;
    private final int modulus;
    private final Map<Long, int[]> forward = new HashMap<>();
    private final Map<Long, int[]> backward = new HashMap<>();
    private long calls;

    public SmallDomainPermutation(long seed, int lowDigits) {
        if (lowDigits < 1 || lowDigits > 4) {
            throw new IllegalArgumentException("1 to 4 low digits");
        }
        this.seed = seed;
        int m = 1;
        for (int i = 0; i < lowDigits; i++) {
            m *= 10;
        }
        this.modulus = m;
    }

    @Override
    public synchronized long apply(long value, int generation, int attempt) {
        calls++;
        return map(forward(generation, attempt), value);
    }

    /** The inverse of {@link #apply} for the same tweak. */
    public synchronized long inverse(long value, int generation, int attempt) {
        forward(generation, attempt);
        return map(backward.get(key(generation, attempt)), value);
    }

    /** The cycle of {@code start} under the tweak's permutation, starting with {@code start}. */
    public List<Long> cycle(long start, int generation, int attempt) {
        List<Long> cycle = new ArrayList<>();
        long x = start;
        do {
            cycle.add(x);
            x = apply(x, generation, attempt);
        } while (x != start);
        return cycle;
    }

    /** Number of {@link #apply} calls so far. */
    public synchronized long calls() {
        return calls;
    }

    public int modulus() {
        return modulus;
    }

    private long map(int[] table, long value) {
        if (value < 0 || value >= 100_000_000_000L) {
            throw new IllegalArgumentException("outside the 11-digit domain");
        }
        long high = value / modulus;
        int low = (int) (value % modulus);
        return high * modulus + table[low];
    }

    private int[] forward(int generation, int attempt) {
        if (generation < 0 || generation > MAX_GENERATION || attempt < 0 || attempt > MAX_ATTEMPT) {
            throw new IllegalArgumentException("tweak out of range");
        }
        return forward.computeIfAbsent(key(generation, attempt), k -> {
            SplittableRandom random = new SplittableRandom(seed ^ (k * 0x9E3779B97F4A7C15L));
            int[] p = new int[modulus];
            for (int i = 0; i < modulus; i++) {
                p[i] = i;
            }
            for (int i = modulus - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = p[i];
                p[i] = p[j];
                p[j] = t;
            }
            int[] inv = new int[modulus];
            for (int i = 0; i < modulus; i++) {
                inv[p[i]] = i;
            }
            backward.put(k, inv);
            return p;
        });
    }

    private static long key(int generation, int attempt) {
        return ((long) generation << 16 | attempt) + 1;
    }

    @Override
    public String toString() {
        return "SmallDomainPermutation[seed " + seed + ", " + modulus + " low values]";
    }
}
