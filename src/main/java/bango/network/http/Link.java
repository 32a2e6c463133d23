package bango.network.http;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * A one-way line from one service to one endpoint of another (e.g. the interface system's line to
 * the core's {@code /v1/queries}). Messages are queued and sent in batches, as one JSON array per
 * POST, with at most one POST in flight: what queues while a POST is under way leaves in the next
 * one. A message that finds no POST under way waits the line's <em>linger</em> (none by default)
 * for others to join it: on a busy network most POSTs would otherwise carry one or two messages,
 * and each POST costs more than the messages in it; on a quiet one the linger is added to each
 * hop. No thread of its own waits for the replies: the thread that queues a message on an idle
 * line starts the POST (or the client's scheduler does, after the linger), and the reply to a POST
 * starts the next. A message is sent at most once by the link; one that cannot be delivered
 * is lost (the caller learns it through {@code onLost}) and the inquirer's resend under the same
 * serial recovers it, as in the spec, where the network may lose messages.
 */
public final class Link implements AutoCloseable {

    /** Most messages per POST. */
    static final int MAX_BATCH = 512;

    /** Longest one POST may take before its batch counts as lost. */
    private static final long POST_TIMEOUT_SECONDS = 10;

    private final String name;
    private final HttpClient client;
    private final URI target;
    private final ConcurrentLinkedQueue<Queued> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger backlog = new AtomicInteger();
    /** Held by whoever is draining the queue into a POST, until that POST's reply. */
    private final AtomicBoolean sending = new AtomicBoolean();
    private final Consumer<List<Object>> onLost;
    private final long lingerNanos;
    private final Object idle = new Object();
    private volatile boolean closed;
    private final LongAdder posts = new LongAdder();
    private final LongAdder messages = new LongAdder();
    private final LongAdder waitNanos = new LongAdder();
    private final LongAdder roundTripNanos = new LongAdder();

    /** A message on the queue, with when it was queued. */
    private record Queued(Object message, long at) {
    }

    /**
     * What a line has carried since it opened: its POSTs, the messages in them, the time the
     * messages waited on the line before their POST started (the linger, or a POST in flight), and
     * the POSTs' round trips (from writing the body to the reply: the receiver's work on the batch
     * before it replies is in it).
     */
    public record Traffic(long posts, long messages, long waitNanos, long roundTripNanos) {

        /** What was carried since {@code earlier}, a snapshot of the same line. */
        public Traffic since(Traffic earlier) {
            return new Traffic(posts - earlier.posts, messages - earlier.messages, waitNanos - earlier.waitNanos,
                    roundTripNanos - earlier.roundTripNanos);
        }
    }

    /**
     * @param name the line's name, e.g. {@code interface->core/queries}
     * @param client the process's HTTP client
     * @param target the endpoint's full address
     * @param onLost called with the messages of a batch that could not be delivered
     */
    public Link(String name, HttpClient client, URI target, Consumer<List<Object>> onLost) {
        this(name, client, target, onLost, Duration.ZERO);
    }

    /**
     * @param linger how long a message that finds the line idle waits for others before the POST
     *     (zero: none; at most a second)
     */
    public Link(String name, HttpClient client, URI target, Consumer<List<Object>> onLost, Duration linger) {
        this.name = Objects.requireNonNull(name, "name");
        this.client = Objects.requireNonNull(client, "client");
        this.target = Objects.requireNonNull(target, "target");
        this.onLost = Objects.requireNonNull(onLost, "onLost");
        if (linger.isNegative() || linger.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("a line lingers 0 to 1 s, not " + linger);
        }
        this.lingerNanos = linger.toNanos();
    }

    /** Queues {@code message} (a record or JSON node Jackson can write). */
    public void send(Object message) {
        Objects.requireNonNull(message, "message");
        if (closed) {
            onLost.accept(List.of(message));
            return;
        }
        queue.add(new Queued(message, System.nanoTime()));
        backlog.incrementAndGet();
        if (lingerNanos > 0) {
            linger();
        } else {
            pump();
        }
    }

    /** On an idle line, holds it for the linger and then sends what has queued meanwhile. */
    private void linger() {
        if (!sending.compareAndSet(false, true)) {
            return; // a POST is under way or a linger already holds the line: its end sends this too
        }
        Runnable release = () -> {
            sending.set(false);
            pump();
        };
        Scheduler scheduler = client.getScheduler();
        try {
            if (scheduler.isRunning()) {
                scheduler.schedule(release, lingerNanos, TimeUnit.NANOSECONDS);
                return;
            }
        } catch (RuntimeException e) {
            // stopped meanwhile: send at once, below
        }
        release.run(); // a stopped scheduler runs nothing (the client is closing): send at once
    }

    /** Starts a POST of what is queued, unless one is in flight (its reply will start the next). */
    private void pump() {
        while (!queue.isEmpty() && sending.compareAndSet(false, true)) {
            List<Object> batch = new ArrayList<>();
            long now = System.nanoTime();
            long waited = 0;
            for (Queued q; batch.size() < MAX_BATCH && (q = queue.poll()) != null; ) {
                batch.add(q.message());
                waited += now - q.at();
            }
            waitNanos.add(waited);
            backlog.addAndGet(-batch.size());
            if (!batch.isEmpty()) {
                post(batch);
                return;
            }
            sending.set(false); // another drained it meanwhile; look again
        }
        if (queue.isEmpty()) {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    private void post(List<Object> batch) {
        long start = System.nanoTime();
        posts.increment();
        messages.add(batch.size());
        byte[] body;
        try {
            body = JsonHttpServer.JSON.writeValueAsBytes(batch);
        } catch (Exception e) {
            posted(batch, false);
            return;
        }
        try {
            client.POST(target)
                    .body(new BytesRequestContent("application/json", body))
                    .timeout(POST_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .send((Result r) -> {
                        roundTripNanos.add(System.nanoTime() - start);
                        posted(batch, r.isSucceeded() && r.getResponse().getStatus() < 300);
                    });
        } catch (RuntimeException e) {
            posted(batch, false);
        }
    }

    private void posted(List<Object> batch, boolean delivered) {
        if (!delivered) {
            onLost.accept(List.copyOf(batch));
        }
        sending.set(false);
        synchronized (idle) {
            idle.notifyAll();
        }
        pump();
    }

    /** The line's name, e.g. {@code interface->core}. */
    public String name() {
        return name;
    }

    /** The endpoint the line posts to. */
    public URI target() {
        return target;
    }

    /** Whether a POST is under way or a linger holds the line. */
    boolean holding() {
        return sending.get();
    }

    /** What the line has carried so far (each figure read on its own, not all at one instant). */
    public Traffic traffic() {
        return new Traffic(posts.sum(), messages.sum(), waitNanos.sum(), roundTripNanos.sum());
    }

    /** Messages waiting to be sent. */
    public int backlog() {
        return backlog.get();
    }

    /** Takes no more messages (later ones are lost at once); what is queued is still sent. */
    public void finish() {
        closed = true;
    }

    /** Takes no more messages, and waits (up to 5 s) until what is queued has been sent. */
    @Override
    public void close() {
        closed = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        boolean interrupted = false;
        synchronized (idle) {
            while ((!queue.isEmpty() || sending.get()) && System.nanoTime() < deadline) {
                try {
                    idle.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                } catch (InterruptedException e) {
                    interrupted = true;
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "Link[" + name + " -> " + target + "]";
    }
}
