package bango.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A query's key: equal by both parts, and hashed so that many inquirers' serials spread. */
class KeyTest {

    @Test
    void keysAreEqualByInquirerAndSerial() {
        assertEquals(new Key(3, 7), new Key(3, 7));
        assertEquals(new Key(3, 7).hashCode(), new Key(3, 7).hashCode());
        assertNotEquals(new Key(3, 7), new Key(7, 3));
        assertNotEquals(new Key(3, 7), new Key(3, 8));
        assertNotEquals(new Key(3, 7), (Object) "3/7");
        assertEquals("Key[inquirer=3, serial=7]", new Key(3, 7).toString());
    }

    @Test
    void thirteenInquirersSerialsSpreadOverAHashTable() {
        int inquirers = 13;
        int serials = 20_000;
        int bins = 1 << 19; // a concurrent hash map's table for this many keys
        Map<Integer, Integer> perHash = new HashMap<>();
        int[] perBin = new int[bins];
        for (long i = 1; i <= inquirers; i++) {
            for (long s = 1; s <= serials; s++) {
                int h = new Key(i, s).hashCode();
                perHash.merge(h, 1, Integer::sum);
                perBin[(h ^ (h >>> 16)) & (bins - 1)]++; // ConcurrentHashMap's spread
            }
        }
        int keys = inquirers * serials;
        assertTrue(perHash.size() >= keys - 10, "nearly every key has a hash of its own: " + perHash.size() + " of " + keys);
        int fullest = java.util.Arrays.stream(perBin).max().orElseThrow();
        // A bin of 8 turns into a tree: 31 * inquirer + serial would put up to 13 keys in one.
        assertTrue(fullest < 8, "the fullest bin holds " + fullest);
    }
}
