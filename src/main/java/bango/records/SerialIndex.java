package bango.records;

import java.util.Arrays;

/**
 * Where in the journal the records of each (inquirer, processing serial) are: an open-addressing
 * hash table from the pair to its latest record, and for each record its place in the file and the
 * record before it with the same pair. About 40 bytes a record, with no object per record, so a
 * journal of millions of records fits; a lookup costs a few probes whatever the size.
 *
 * <p>Not thread-safe: {@link JournalRecordLog} guards it with a read-write lock.
 */
final class SerialIndex {

    /**
     * The most records an index holds: with at most half its slots in use the table stays within
     * Java's largest power-of-two array, 2^30.
     */
    static final int MAX_RECORDS = 1 << 29;

    private static final int NONE = -1;

    // Per record, by record number.
    private long[] start = new long[64];
    private int[] length = new int[64];
    private int[] previous = new int[64];
    private int records;

    // The table: per slot, the pair and its latest record (NONE if the slot is empty).
    private long[] inquirers = new long[64];
    private long[] serials = new long[64];
    private int[] latest = filled(64);
    private int pairs;

    private final int maxRecords;

    SerialIndex() {
        this(MAX_RECORDS);
    }

    SerialIndex(int maxRecords) {
        this.maxRecords = maxRecords;
    }

    /** Records indexed. */
    int size() {
        return records;
    }

    /** Whether {@code more} records still fit. */
    boolean hasRoomFor(int more) {
        return more <= maxRecords - records;
    }

    /** Indexes the next record: its pair and its line's place in the file. */
    void add(long inquirer, long serial, long lineStart, int lineLength) {
        if (!hasRoomFor(1)) {
            throw new IllegalStateException("the index is full");
        }
        if (records == start.length) {
            int grown = (int) Math.min((long) records * 2, maxRecords);
            start = Arrays.copyOf(start, grown);
            length = Arrays.copyOf(length, grown);
            previous = Arrays.copyOf(previous, grown);
        }
        int slot = slot(inquirer, serial);
        if (latest[slot] == NONE) {
            inquirers[slot] = inquirer;
            serials[slot] = serial;
            pairs++;
        }
        start[records] = lineStart;
        length[records] = lineLength;
        previous[records] = latest[slot];
        latest[slot] = records;
        records++;
        if (2 * pairs > latest.length) {
            rehash(2 * latest.length);
        }
    }

    /** The record numbers of a pair, in append order. */
    int[] find(long inquirer, long serial) {
        int n = 0;
        for (int r = latest[slot(inquirer, serial)]; r != NONE; r = previous[r]) {
            n++;
        }
        int[] found = new int[n];
        for (int r = latest[slot(inquirer, serial)]; r != NONE; r = previous[r]) {
            found[--n] = r;
        }
        return found;
    }

    long lineStart(int record) {
        return start[record];
    }

    int lineLength(int record) {
        return length[record];
    }

    /** The slot of the pair: where it is, or the empty slot where it goes. */
    private int slot(long inquirer, long serial) {
        int mask = latest.length - 1;
        int s = (int) mix(inquirer, serial) & mask;
        while (latest[s] != NONE && (inquirers[s] != inquirer || serials[s] != serial)) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private void rehash(int capacity) {
        long[] oldInquirers = inquirers;
        long[] oldSerials = serials;
        int[] oldLatest = latest;
        inquirers = new long[capacity];
        serials = new long[capacity];
        latest = filled(capacity);
        for (int s = 0; s < oldLatest.length; s++) {
            if (oldLatest[s] != NONE) {
                int to = slot(oldInquirers[s], oldSerials[s]);
                inquirers[to] = oldInquirers[s];
                serials[to] = oldSerials[s];
                latest[to] = oldLatest[s];
            }
        }
    }

    /** A 64-bit mix of the pair (the finaliser of MurmurHash3), so that nearby serials spread out. */
    static long mix(long inquirer, long serial) {
        long h = inquirer * 0x9E3779B97F4A7C15L + serial;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    private static int[] filled(int capacity) {
        int[] a = new int[capacity];
        Arrays.fill(a, NONE);
        return a;
    }
}
