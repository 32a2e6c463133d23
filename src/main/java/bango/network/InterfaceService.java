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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface system (インターフェイスシステム): every message between the institutions'
 * intermediate servers and the core system passes through it, and the provided data passes through
 * it alone (NET-4). It parks a provider's data, tells the core of the provision without the data,
 * and releases the data to the inquirer only when the core says its provision record is durable
 * (LOG-1).
 */
public final class InterfaceService implements AutoCloseable {

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
    private final Map<Key, Data> parked = new ConcurrentHashMap<>();
    private volatile Routes routes;

    /** A self-check report (NET-7): the measures of the connection rules and whether each is in place. */
    record SelfCheck(long institution, Map<String, Boolean> measures) {
    }

    public InterfaceService(java.util.function.LongPredicate knownInstitution, ConnectionRegistry connections,
            Tracer tracer) {
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
        for (Data d : batch) {
            parked.put(new Key(d.inquirer(), d.serial()), d);
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
        for (Release r : batch) {
            Data d = parked.remove(new Key(r.inquirer(), r.serial()));
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

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "InterfaceService[" + parked.size() + " parked]";
    }
}
