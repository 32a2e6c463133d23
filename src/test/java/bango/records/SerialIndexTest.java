package bango.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/** The index of (inquirer, serial) against a plain map, through growth and rehashing. */
class SerialIndexTest {

    record Key(long inquirer, long serial) {
    }

    @Test
    void findsEveryRecordOfAPairInAppendOrderAsAMapWould() {
        QuickTheory.qt().withFixedSeed(0x1DE8L).withExamples(60)
                .forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 40)).ofSizeBetween(0, 3000),
                        SourceDSL.longs().between(-5, 5))
                .checkAssert((keys, spread) -> {
                    SerialIndex index = new SerialIndex();
                    Map<Key, List<Integer>> expected = new HashMap<>();
                    for (int n = 0; n < keys.size(); n++) {
                        // Few distinct pairs, many repeats; extreme values included.
                        int k = keys.get(n);
                        Key key = new Key(k % 7 == 0 ? Long.MAX_VALUE - k : k % 5, k * spread);
                        index.add(key.inquirer(), key.serial(), 1000L * n, n + 1);
                        expected.computeIfAbsent(key, x -> new ArrayList<>()).add(n);
                    }
                    assertEquals(keys.size(), index.size());
                    for (Map.Entry<Key, List<Integer>> e : expected.entrySet()) {
                        int[] found = index.find(e.getKey().inquirer(), e.getKey().serial());
                        assertArrayEquals(e.getValue().stream().mapToInt(Integer::intValue).toArray(), found);
                        for (int r : found) {
                            assertEquals(1000L * r, index.lineStart(r));
                            assertEquals(r + 1, index.lineLength(r));
                        }
                    }
                    assertEquals(0, index.find(99, 99).length);
                });
    }

    @Test
    void manyDistinctPairsGrowTheTable() {
        SerialIndex index = new SerialIndex();
        for (int n = 0; n < 100_000; n++) {
            index.add(n % 3, n, n, 1);
        }
        for (int n = 0; n < 100_000; n += 997) {
            assertArrayEquals(new int[] {n}, index.find(n % 3, n));
            assertEquals(0, index.find((n + 1) % 3, n).length);
        }
    }

    @Test
    void aFullIndexTakesNoMore() {
        SerialIndex index = new SerialIndex(2);
        assertTrue(index.hasRoomFor(2));
        assertFalse(index.hasRoomFor(3));
        index.add(1, 1, 0, 1);
        index.add(1, 1, 1, 1);
        assertFalse(index.hasRoomFor(1));
        assertTrue(index.hasRoomFor(0));
        assertThrows(IllegalStateException.class, () -> index.add(1, 2, 2, 1));
        assertArrayEquals(new int[] {0, 1}, index.find(1, 1));
        assertTrue(new SerialIndex().hasRoomFor(SerialIndex.MAX_RECORDS));
        assertFalse(new SerialIndex().hasRoomFor(SerialIndex.MAX_RECORDS + 1));
    }

    @Test
    void nearbySerialsMixApart() {
        assertNotEquals(SerialIndex.mix(1, 2), SerialIndex.mix(2, 1));
        assertNotEquals(SerialIndex.mix(1, 1), SerialIndex.mix(1, 2));
        // The low bits (the slot) of consecutive serials differ.
        int sameSlot = 0;
        for (long s = 0; s < 1000; s++) {
            if ((SerialIndex.mix(1, s) & 1023) == (SerialIndex.mix(1, s + 1) & 1023)) {
                sameSlot++;
            }
        }
        assertTrue(sameSlot < 10, "consecutive serials share a slot " + sameSlot + " times in 1000");
    }
}
