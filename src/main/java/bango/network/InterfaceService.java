package bango.network;

import bango.network.Messages.Answer;
import bango.network.Messages.Data;
import bango.network.Messages.Notice;
import bango.network.Messages.Query;
import bango.network.Messages.Release;
import bango.network.Messages.Report;
import bango.network.Messages.Status;
import bango.network.http.ApiException;
import bango.network.http.JsonHttpServer;
import bango.trace.TraceEvent;
import bango.trace.Tracer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The interface system (インターフェイスシステム): every message between the institutions'
 * intermediate servers and the core system passes through it, and the provided data passes through
 * it alone (NET-4). It parks a provider's data, tells the core of the provision without the data,
 * and releases the data to the inquirer only when the core says its provision record is durable
 * (LOG-1). Data whose release does not come within the park time (the core's report or release was
 * lost, or the core refused) is dropped, as the network may lose an answer: the inquirer's resend
 * brings it again. So the interface system never becomes a store of the data it passes on (NET-4).
 */
public final class InterfaceService implements AutoCloseable {

    /** How long data waits for its release before it is dropped (a lost answer, resent by the inquirer). */
    public static final Duration DEFAULT_PARK_TIME = Duration.ofSeconds(60);

    /** Most data parked at once: a batch of data that would pass it is refused whole (lost, 503). */
    public static final int MAX_PARKED = 100_000;

    /** Parked data, and when it was parked. Compared by identity: only this parking is dropped. */
    private static final class Parked {
        final Data data;
        final long atNanos;

        Parked(Data data, long atNanos) {
            this.data = data;
            this.atNanos = atNanos;
        }
    }

    /** Where the interface system sends what it receives. */
    public interface Routes {
        void toCore(Query q);

        void toCore(Report r);

        /** To the intermediate server of {@code institution}. */
        void notice(long institution, Notice n);

        void answer(long institution, Answer a);

        void status(long institution, Status s);
    }

    private final Tracer tracer;
    private final JsonHttpServer http;
    private final Map<Key, Parked> parked = new ConcurrentHashMap<>();
    private final long parkNanos;
    private final LongSupplier clock;
    /** When the parked data is next looked through for data past its time (nanoTime). */
    private final AtomicLong nextSweep;
    private final AtomicLong dropped = new AtomicLong();
    private volatile Routes routes;

    /** A self-check report (NET-7): the measures of the connection rules and whether each is in place. */
    record SelfCheck(long institution, Map<String, Boolean> measures) {
    }

    public InterfaceService(java.util.function.LongPredicate knownInstitution, ConnectionRegistry connections,
            Tracer tracer) {
        this(knownInstitution, connections, tracer, DEFAULT_PARK_TIME, System::nanoTime);
    }

    /**
     * As above, dropping data parked longer than {@code parkTime} by {@code clock} (nanoseconds),
     * at the next data or release the interface system handles after it is due.
     */
    public InterfaceService(java.util.function.LongPredicate knownInstitution, ConnectionRegistry connections,
            Tracer tracer, Duration parkTime, LongSupplier clock) {
        if (parkTime.isNegative() || parkTime.isZero()) {
            throw new IllegalArgumentException("data is parked for a positive time, not " + parkTime);
        }
        this.parkNanos = parkTime.toNanos();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nextSweep = new AtomicLong(clock.getAsLong() + sweepEvery());
        this.tracer = Objects.requireNonNull(tracer, "tracer");
        Objects.requireNonNull(knownInstitution, "knownInstitution");
        Objects.requireNonNull(connections, "connections");
        this.http = new JsonHttpServer("interface")
                .route("POST", "/v1/queries", Wire.listOf(Query.class), (p, query, batch) -> {
                    for (Query q : batch) {
                        requireKnown(knownInstitution, q.inquirer());
                        if (!connections.connected(q.inquirer())) {
                            throw new ApiException(403, "not-connected", "I" + q.inquirer()
                                    + " has no accepted self-check against the connection rules (NET-7)");
                        }
                    }
                    batch.forEach(q -> routes.toCore(q));
                    return null;
                })
                .route("POST", "/v1/self-checks", (p, body) -> {
                    SelfCheck c = Wire.one(body, SelfCheck.class);
                    requireKnown(knownInstitution, c.institution());
                    if (c.measures() == null) {
                        throw ApiException.badRequest("malformed", "a self-check lists its measures");
                    }
                    List<String> missing;
                    try {
                        missing = connections.report(c.institution(), c.measures(), java.time.Instant.now());
                    } catch (IllegalArgumentException e) {
                        throw ApiException.unprocessable("unknown-measure", e.getMessage());
                    }
                    if (!missing.isEmpty()) {
                        throw ApiException.unprocessable("self-check-incomplete", "not in place: " + String.join(", ", missing));
                    }
                    return Map.of("institution", c.institution(), "connected", true,
                            "validUntil", java.time.Instant.now().plus(ConnectionRegistry.PERIOD).toString());
                })
                .route("GET", "/v1/connections/{institution}", (p, body) -> {
                    long i;
                    try {
                        i = Long.parseLong(p[0]);
                    } catch (NumberFormatException e) {
                        throw ApiException.badRequest("malformed", "an institution is a number");
                    }
                    requireKnown(knownInstitution, i);
                    return Map.of("institution", i, "connected", connections.connected(i));
                })
                .route("POST", "/v1/notices", Wire.listOf(Notice.class), (p, query, batch) -> {
                    for (Notice n : batch) {
                        routes.notice(n.provider(), n);
                    }
                    return null;
                })
                .route("POST", "/v1/statuses", Wire.listOf(Status.class), (p, query, batch) -> {
                    for (Status s : batch) {
                        routes.status(s.inquirer(), s);
                    }
                    return null;
                })
                .route("POST", "/v1/reports", Wire.listOf(Report.class), (p, query, batch) -> {
                    for (Report r : batch) {
                        if (Messages.PROVIDED.equals(r.outcome())) {
                            throw ApiException.unprocessable("unexpected-report",
                                    "a provision is reported by sending the data, not a report");
                        }
                        routes.toCore(r);
                    }
                    return null;
                })
                .route("POST", "/v1/data", Wire.listOf(Data.class), (p, query, batch) -> {
                    data(batch);
                    return null;
                })
                .route("POST", "/v1/releases", Wire.listOf(Release.class), (p, query, batch) -> {
                    releases(batch);
                    return null;
                });
    }

    private static void requireKnown(java.util.function.LongPredicate known, long institution) {
        if (!known.test(institution)) {
            throw ApiException.unprocessable("unknown-institution", "no institution I" + institution + " on the network");
        }
    }

    public InterfaceService start(int port, Routes routes) throws Exception {
        this.routes = Objects.requireNonNull(routes, "routes");
        http.start(port);
        return this;
    }

    public JsonHttpServer http() {
        return http;
    }

    /** NET-4: parks the data and reports the provision to the core, without the data. */
    void data(List<Data> batch) {
        long now = clock.getAsLong();
        sweep(now);
        if (parked.size() + batch.size() > MAX_PARKED) {
            throw new ApiException(503, "interface-full", "at most " + MAX_PARKED + " answers wait for their release;"
                    + " nothing of this batch was parked");
        }
        for (Data d : batch) {
            parked.put(new Key(d.inquirer(), d.serial()), new Parked(d, now));
            if (tracer.on()) {
                tracer.event(TraceEvent.of("InterfaceParkData", "inquirer", d.inquirer(), "serial", d.serial()));
            }
            routes.toCore(new Report(d.inquirer(), d.serial(), d.provider(), Messages.PROVIDED, null));
        }
    }

    /**
     * LOG-1: the core's provision record is durable: the data goes to the inquirer, and the
     * interface system keeps no copy of it. A repeated release finds nothing parked and sends nothing
     * (Linkage.tla keeps parked data; trace validation reads this as a release whose answer the
     * network lost, see proofs-notes/linkage.md).
     */
    void releases(List<Release> batch) {
        sweep(clock.getAsLong());
        for (Release r : batch) {
            Parked p = parked.remove(new Key(r.inquirer(), r.serial()));
            Data d = p == null ? null : p.data;
            if (tracer.on()) {
                tracer.event(TraceEvent.of("InterfaceRelease", "inquirer", r.inquirer(), "serial", r.serial(),
                        "parked", d != null));
            }
            if (d == null) {
                continue; // released before (a repeated release) or never parked: nothing to send
            }
            routes.answer(r.inquirer(), new Answer(r.inquirer(), r.serial(), d.provider(), d.payload()));
        }
    }

    /** Data waiting for the core's provision record. */
    public int parked() {
        return parked.size();
    }

    /** Data dropped so far because its release did not come within the park time. */
    public long dropped() {
        return dropped.get();
    }

    /** Looks through the parked data at most every tenth of the park time (and at most every second). */
    private long sweepEvery() {
        return Math.min(parkNanos / 10, 1_000_000_000L);
    }

    /** Drops the data parked longer than the park time, if a look is due. */
    private void sweep(long now) {
        long due = nextSweep.get();
        if (now - due < 0 || !nextSweep.compareAndSet(due, now + sweepEvery())) {
            return;
        }
        for (Map.Entry<Key, Parked> e : parked.entrySet()) {
            // only this parking: data parked again for the serial meanwhile stays
            if (now - e.getValue().atNanos > parkNanos && parked.remove(e.getKey(), e.getValue())) {
                dropped.incrementAndGet();
            }
        }
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "InterfaceService[" + parked.size() + " parked]";
    }
}
