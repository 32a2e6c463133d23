package bango.network;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * How many settled serials a service keeps in memory. A service's map of serials (the core's
 * decisions, an intermediate server's queries and outcomes) would otherwise grow with every query
 * it ever saw; past this many settled entries, the oldest is dropped and, should its serial come up
 * again (a repeat, a late report), its state is read back from the service's own records (LOG-1),
 * which are the state of record: what the entry held is what the records say.
 *
 * <p>Only the entry that was settled is dropped ({@link Map#remove(Object, Object)}): an entry
 * made again for the same key meanwhile, perhaps still under way, stays. An entry that is busy
 * again (a late report's record being appended) is asked first, under its own lock, and stays if it
 * says so; it is noted again when it settles again. A service that changes an entry takes the same
 * lock and looks whether the entry left meanwhile, so that no change is made to an entry no longer in
 * the map while its records are not yet durable.
 *
 * @param <K> the map's key
 * @param <V> the map's value
 */
public final class Retention<K, V> {

    /** Settled serials each service keeps by default: a few seconds of traffic at full load. */
    public static final int DEFAULT_KEPT = 8_192;

    private final Map<K, V> map;
    private final int kept;
    private final Predicate<V> leaving;
    /** The settled entries, oldest first; an entry settled again moves to the end. */
    private final LinkedHashMap<K, V> order = new LinkedHashMap<>();

    /**
     * @param map  the map whose settled entries are bounded
     * @param kept how many settled entries to keep (at least 1)
     */
    public Retention(Map<K, V> map, int kept) {
        this(map, kept, v -> true);
    }

    /**
     * @param map     the map whose settled entries are bounded
     * @param kept    how many settled entries to keep (at least 1)
     * @param leaving asked under the entry's lock whether it may leave now (and to mark it gone if so)
     */
    public Retention(Map<K, V> map, int kept, Predicate<V> leaving) {
        this.map = Objects.requireNonNull(map, "map");
        this.leaving = Objects.requireNonNull(leaving, "leaving");
        if (kept < 1) {
            throw new IllegalArgumentException("a service keeps at least one settled serial, not " + kept);
        }
        this.kept = kept;
    }

    /** Notes that {@code value}, the entry of {@code key}, is settled; drops the oldest beyond the bound. */
    public void settled(K key, V value) {
        Map.Entry<K, V> oldest = null;
        synchronized (order) {
            order.remove(key);
            order.put(key, value);
            if (order.size() > kept) {
                Iterator<Map.Entry<K, V>> first = order.entrySet().iterator();
                Map.Entry<K, V> e = first.next();
                oldest = Map.entry(e.getKey(), e.getValue());
                first.remove();
            }
        }
        if (oldest != null) {
            V v = oldest.getValue();
            synchronized (v) {
                if (map.get(oldest.getKey()) == v && leaving.test(v)) {
                    map.remove(oldest.getKey(), v);
                }
            }
        }
    }

    /** How many settled entries are noted (at most the bound). */
    public int size() {
        synchronized (order) {
            return order.size();
        }
    }
}
