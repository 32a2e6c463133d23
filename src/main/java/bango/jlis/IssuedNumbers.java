package bango.jlis;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Every individual-number body J-LIS has ever issued, replaced ones included (従前の個人番号):
 * the history a new number must avoid (ID-3). An open-addressing set of longs, so that a nation's
 * history costs 16 bytes a number rather than an object each.
 */
class IssuedNumbers {

    private static final long EMPTY = -1L;

    private long[] slots = newSlots(1 << 10);
    private int size;

    boolean contains(long body) {
        if (body < 0) {
            return false; // negative values are never issued, and -1 marks an empty slot
        }
        int mask = slots.length - 1;
        for (int i = index(body, mask); ; i = (i + 1) & mask) {
            long v = slots[i];
            if (v == body) {
                return true;
            }
            if (v == EMPTY) {
                return false;
            }
        }
    }

    /** Adds {@code body}; returns false if it was already there. */
    boolean add(long body) {
        if (body < 0) {
            throw new IllegalArgumentException("a number body is not negative");
        }
        if ((size + 1) * 2L > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = index(body, mask); ; i = (i + 1) & mask) {
            long v = slots[i];
            if (v == body) {
                return false;
            }
            if (v == EMPTY) {
                slots[i] = body;
                size++;
                return true;
            }
        }
    }

    int size() {
        return size;
    }

    /** Calls {@code action} with every body in the set, in no particular order. */
    void forEach(LongConsumer action) {
        for (long v : slots) {
            if (v != EMPTY) {
                action.accept(v);
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = newSlots(old.length * 2);
        size = 0;
        for (long v : old) {
            if (v != EMPTY) {
                add(v);
            }
        }
    }

    private static long[] newSlots(int n) {
        long[] s = new long[n];
        Arrays.fill(s, EMPTY);
        return s;
    }

    private static int index(long body, int mask) {
        long h = body * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
