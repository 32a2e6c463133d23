package bango.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RetentionTest {

    @Test
    void theOldestSettledEntriesLeaveBeyondTheBound() {
        Map<Integer, String> map = new ConcurrentHashMap<>(Map.of(1, "a", 2, "b", 3, "c", 4, "d"));
        Retention<Integer, String> kept = new Retention<>(map, 2);
        kept.settled(1, "a");
        kept.settled(2, "b");
        assertEquals(4, map.size());
        kept.settled(3, "c");
        assertEquals(Map.of(2, "b", 3, "c", 4, "d"), map);
        assertEquals(2, kept.size());
    }

    @Test
    void anEntryMadeAgainForTheSameKeyStays() {
        Map<Integer, String> map = new ConcurrentHashMap<>(Map.of(1, "a"));
        Retention<Integer, String> kept = new Retention<>(map, 1);
        kept.settled(1, "a");
        map.put(1, "a again, under way");
        kept.settled(2, "b");
        assertEquals(Map.of(1, "a again, under way"), map);
    }

    @Test
    void aBusyEntryIsAskedAndStays() {
        Map<Integer, String> map = new ConcurrentHashMap<>(Map.of(1, "a", 2, "b"));
        AtomicBoolean busy = new AtomicBoolean(true);
        Retention<Integer, String> kept = new Retention<>(map, 1, v -> !busy.get());
        kept.settled(1, "a");
        kept.settled(2, "b");
        assertEquals(Map.of(1, "a", 2, "b"), map);
        busy.set(false);
        kept.settled(1, "a"); // settled again: it moves to the end, and 2, now the oldest, leaves
        assertEquals(Map.of(1, "a"), map);
        kept.settled(1, "a"); // settled once more: still one entry noted, none leaves
        assertEquals(Map.of(1, "a"), map);
        assertEquals(1, kept.size());
    }

    @Test
    void aServiceKeepsAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> new Retention<>(new ConcurrentHashMap<>(), 0));
        assertThrows(NullPointerException.class, () -> new Retention<>(null, 1));
    }
}
