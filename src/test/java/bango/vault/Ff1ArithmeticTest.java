package bango.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The 64-bit helpers of {@link Ff1} against the JDK's unsigned arithmetic. */
class Ff1ArithmeticTest {

    @Test
    void remainderMatchesRemainderUnsigned() {
        SplittableRandom random = new SplittableRandom(99);
        long m = 1;
        for (int k = 1; k <= Ff1.MAX_DIGITS; k++) {
            m *= 10;
            long magic = Ff1.reciprocal(m);
            long[] edges = {0, 1, m - 1, m, m + 1, -1, -2, Long.MIN_VALUE, Long.MAX_VALUE,
                Long.MIN_VALUE - 1, -m, -m - 1, Long.divideUnsigned(-1L, m) * m, Long.divideUnsigned(-1L, m) * m - 1};
            for (long y : edges) {
                assertEquals(Long.remainderUnsigned(y, m), Ff1.remainder(y, m, magic), y + " mod " + m);
            }
            for (int i = 0; i < 200_000; i++) {
                long y = random.nextLong();
                assertEquals(Long.remainderUnsigned(y, m), Ff1.remainder(y, m, magic), y + " mod " + m);
            }
        }
    }

    @Test
    void halfBytesFollowTheStandard() {
        // b = ceil(ceil(v log2 10) / 8) for v = 1..9, worked out by hand.
        int[] expected = {0, 1, 1, 2, 2, 3, 3, 3, 4, 4};
        for (int v = 1; v <= 9; v++) {
            assertEquals(expected[v], Ff1.halfBytes(v), "v = " + v);
        }
    }
}
