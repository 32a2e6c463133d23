package bango.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The collector's pauses while a benchmark runs, as the JVM's collector beans report them, on the
 * {@link System#nanoTime()} clock the benchmark times its requests with. It tells whether a
 * latency percentile is the collector's: a request whose span overlaps no pause was slow for
 * another reason.
 *
 * <p>The beans give a pause's start and end in whole milliseconds from an origin of their own
 * (about the end of the JVM's start-up, some tens of milliseconds after the origin of the runtime
 * bean's uptime), so the origin is found from the notifications themselves: each arrives after its
 * pause ended, which bounds the origin from above, and the tightest bound so far is used. Times are
 * therefore late by the quickest notification's delay, and each pause is widened by a millisecond
 * on both sides for the rounding. Collectors that work concurrently also report their concurrent
 * cycles ("... Cycles", "... Concurrent GC"); those are not pauses and are left out.
 */
final class CollectorPauses implements AutoCloseable {

    /** A pause on the nanoTime clock: [from, to]. */
    record Pause(long fromNanos, long toNanos) {
        Pause {
            if (toNanos < fromNanos) {
                throw new IllegalArgumentException("a pause ends after it starts");
            }
        }

        boolean overlaps(long from, long to) {
            return from <= toNanos && fromNanos <= to;
        }
    }

    /** A pause as a bean reported it: start and end in its milliseconds, and its duration. */
    private record Reported(long startMillis, long endMillis, long durationMillis) {
    }

    private static final long SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final List<Reported> reported = new ArrayList<>();
    /** The beans' origin on the nanoTime clock: at most this (guarded by reported). */
    private long originNanos = Long.MAX_VALUE;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onNotification;

    CollectorPauses() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e && isPausing(gc.getName())) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
    }

    /** Whether a collector bean of this name reports pauses (not concurrent cycles). */
    static boolean isPausing(String beanName) {
        String n = beanName.toLowerCase(Locale.ROOT);
        return !n.contains("cycles") && !n.contains("concurrent");
    }

    private void onNotification(Notification n, Object handback) {
        long arrived = System.nanoTime();
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
        synchronized (reported) {
            reported.add(new Reported(info.getStartTime(), info.getEndTime(), info.getDuration()));
            originNanos = Math.min(originNanos, arrived - TimeUnit.MILLISECONDS.toNanos(info.getEndTime()));
        }
    }

    /** The pauses so far on the nanoTime clock, each widened by the rounding. */
    private List<Pause> pauses() {
        synchronized (reported) {
            List<Pause> out = new ArrayList<>(reported.size());
            for (Reported r : reported) {
                out.add(new Pause(originNanos + TimeUnit.MILLISECONDS.toNanos(r.startMillis()) - SLACK_NANOS,
                        originNanos + TimeUnit.MILLISECONDS.toNanos(r.endMillis()) + SLACK_NANOS));
            }
            return out;
        }
    }

    /** The pauses that overlapped [from, to], so far. */
    List<Pause> within(long fromNanos, long toNanos) {
        return pauses().stream().filter(p -> p.overlaps(fromNanos, toNanos)).toList();
    }

    /** Milliseconds the pauses that overlapped [from, to] took, as the beans report them. */
    long millisWithin(long fromNanos, long toNanos) {
        List<Pause> all = pauses();
        long sum = 0;
        synchronized (reported) {
            for (int k = 0; k < all.size(); k++) {
                if (all.get(k).overlaps(fromNanos, toNanos)) {
                    sum += reported.get(k).durationMillis();
                }
            }
        }
        return sum;
    }

    /**
     * The latencies (ns, sorted) of the requests whose span [start, end] overlaps none of
     * {@code pauses}, each counted {@code times[k]} times (a batch's queries).
     */
    static long[] outside(long[] starts, long[] ends, int[] times, List<Pause> pauses) {
        if (starts.length != ends.length || starts.length != times.length) {
            throw new IllegalArgumentException("one start, end and count a request");
        }
        List<Pause> sorted = pauses.stream().sorted((a, b) -> Long.compare(a.fromNanos(), b.fromNanos())).toList();
        boolean[] clear = new boolean[starts.length];
        int n = 0;
        for (int k = 0; k < starts.length; k++) {
            clear[k] = !overlapsAny(starts[k], ends[k], sorted);
            n += clear[k] ? times[k] : 0;
        }
        long[] out = new long[n];
        int at = 0;
        for (int k = 0; k < starts.length; k++) {
            if (clear[k]) {
                Arrays.fill(out, at, at + times[k], ends[k] - starts[k]);
                at += times[k];
            }
        }
        Arrays.sort(out);
        return out;
    }

    private static boolean overlapsAny(long from, long to, List<Pause> pauses) {
        for (Pause p : pauses) {
            if (p.fromNanos() > to) {
                return false;
            }
            if (p.overlaps(from, to)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // never added: nothing to remove
            }
        }
    }
}
