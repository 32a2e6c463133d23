package bango.jlis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import bango.Covers;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** J-LIS's history of issued numbers, which a new number must avoid (ID-3). */
@Covers({"ID-3", "ID-8"})
class IssuedNumbersTest {

    @Test
    void behavesAsASetOfBodiesThroughGrowth() {
        QuickTheory.qt().withFixedSeed(0x1550EDL).withExamples(50)
                .forAll(lists().of(longs().between(0, 99_999_999_999L)).ofSizeBetween(0, 3000))
                .checkAssert(values -> {
                    IssuedNumbers issued = new IssuedNumbers();
                    Set<Long> model = new HashSet<>();
                    for (long v : values) {
                        assertEquals(model.add(v), issued.add(v));
                        assertEquals(model.size(), issued.size());
                    }
                    for (long v : values) {
                        assertTrue(issued.contains(v));
                        assertFalse(issued.add(v));
                    }
                    for (long v : values) {
                        assertEquals(model.contains(v + 1), issued.contains(v + 1));
                    }
                    assertEquals(model.size(), issued.size());
                });
    }

    @Test
    void denseRunsAndZero() {
        IssuedNumbers issued = new IssuedNumbers();
        assertFalse(issued.contains(0));
        for (long v = 0; v < 5000; v++) {
            assertTrue(issued.add(v * 1024)); // all in one bucket of a multiplicative hash? no matter
        }
        assertEquals(5000, issued.size());
        for (long v = 0; v < 5000; v++) {
            assertTrue(issued.contains(v * 1024));
            assertFalse(issued.contains(v * 1024 + 1));
        }
        assertThrows(IllegalArgumentException.class, () -> issued.add(-1));
        assertEquals(5000, issued.size());
    }
}
