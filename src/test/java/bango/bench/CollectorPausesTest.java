package bango.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.bench.CollectorPauses.Pause;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which requests a collector pause touched, on a made-up clock. */
class CollectorPausesTest {

    private static final long[] STARTS = {0, 10, 20, 30, 40};
    private static final long[] ENDS = {5, 15, 25, 35, 45};
    private static final int[] TIMES = {1, 2, 1, 3, 1};

    @Test
    void withoutPausesEveryLinkageCountsAsOftenAsItsReplyCarried() {
        assertArrayEquals(new long[] {5, 5, 5, 5, 5, 5, 5, 5}, CollectorPauses.outside(STARTS, ENDS, TIMES, List.of()));
    }

    @Test
    void aPauseTouchingARequestAtEitherEndTakesItOut() {
        // [15, 15] touches the second request's end; [30, 31] lies in the fourth; [45, 50] touches the last's end.
        long[] out = CollectorPauses.outside(STARTS, ENDS, TIMES,
                List.of(new Pause(45, 50), new Pause(15, 15), new Pause(30, 31)));
        assertArrayEquals(new long[] {5, 5}, out, "the first and the third are left, once each");
    }

    @Test
    void aPauseBetweenRequestsTakesNothingOut() {
        assertEquals(8, CollectorPauses.outside(STARTS, ENDS, TIMES, List.of(new Pause(6, 9), new Pause(36, 39))).length);
    }

    @Test
    void aPauseSpanningSeveralRequestsTakesThemAllOut() {
        assertArrayEquals(new long[] {5}, CollectorPauses.outside(STARTS, ENDS, TIMES, List.of(new Pause(3, 38))));
    }

    @Test
    void theLatenciesAreSorted() {
        long[] out = CollectorPauses.outside(new long[] {0, 0, 0}, new long[] {9, 3, 6}, new int[] {1, 1, 1}, List.of());
        assertArrayEquals(new long[] {3, 6, 9}, out);
    }

    @Test
    void mismatchedArraysAndBackwardPausesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CollectorPauses.outside(new long[1], new long[2], new int[1], List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Pause(2, 1));
    }

    @Test
    void concurrentCyclesAreNotPauses() {
        assertTrue(CollectorPauses.isPausing("PS Scavenge"));
        assertTrue(CollectorPauses.isPausing("G1 Young Generation"));
        assertTrue(CollectorPauses.isPausing("ZGC Pauses"));
        assertFalse(CollectorPauses.isPausing("ZGC Cycles"));
        assertFalse(CollectorPauses.isPausing("Shenandoah Cycles"));
        assertFalse(CollectorPauses.isPausing("G1 Concurrent GC"));
    }

    @Test
    void aCollectionWhileWatchingIsSeenOnTheNanoClock() throws Exception {
        try (CollectorPauses watch = new CollectorPauses()) {
            long from = System.nanoTime();
            List<Pause> seen = List.of();
            for (int k = 0; k < 20 && seen.isEmpty(); k++) {
                System.gc();
                Thread.sleep(50); // the beans notify on a thread of their own
                seen = watch.within(from, System.nanoTime());
            }
            long to = System.nanoTime();
            assertFalse(seen.isEmpty(), "System.gc() was reported as a pause");
            // The one System.gc() made lies in [from, to], up to the rounding (1 ms each side) and a
            // little of the notification's delay; an earlier one may overlap the start.
            long slack = 5_000_000;
            assertTrue(seen.stream().anyMatch(p -> p.fromNanos() >= from - slack && p.toNanos() <= to + slack),
                    seen + " in " + from + ".." + to);
            assertTrue(watch.millisWithin(from, to) >= 0);
            assertTrue(watch.within(to + 10_000_000_000L, to + 20_000_000_000L).isEmpty(), "nothing in the future");
        }
    }
}
