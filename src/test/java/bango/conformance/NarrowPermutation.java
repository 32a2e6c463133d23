package bango.conformance;

import bango.jlis.NumberPermutation;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * A permutation of the 11-digit domain that keeps the high nine digits and shuffles the low two
 * with a seeded random permutation per (generation, attempt). Residents sharing the high digits then
 * live in a 100-value world where numbers collide with history, walks are long and cycles close: the
 * corner cases of J-LIS's generation that FF1 over 10^11 values almost never reaches.
 */
final class NarrowPermutation implements NumberPermutation {

    private final long seed;
    private final Map<Long, int[]> tables = new HashMap<>();

    NarrowPermutation(long seed) {
        this.seed = seed;
    }

    @Override
    public long apply(long value, int generation, int attempt) {
        int[] table = tables.computeIfAbsent(((long) generation << 16) | attempt, this::table);
        return value - value % 100 + table[(int) (value % 100)];
    }

    private int[] table(long tweak) {
        Random random = new Random(seed * 1_000_003L + tweak);
        int[] t = new int[100];
        for (int i = 0; i < 100; i++) {
            t[i] = i;
        }
        for (int i = 99; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int x = t[i];
            t[i] = t[j];
            t[j] = x;
        }
        return t;
    }
}
