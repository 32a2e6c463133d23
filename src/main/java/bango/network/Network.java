package bango.network;

import bango.codes.CoreSystem;
import bango.codes.InstitutionId;
import bango.intermediate.CopyStore;
import bango.intermediate.IntermediateServer;
import bango.network.Messages.Answer;
import bango.network.Messages.Data;
import bango.network.Messages.Notice;
import bango.network.Messages.Query;
import bango.network.Messages.Release;
import bango.network.Messages.Report;
import bango.network.Messages.Status;
import bango.network.http.JsonHttpServer;
import bango.network.http.Link;
import bango.records.JournalRecordLog;
import bango.records.RecordLog;
import bango.trace.TraceEvent;
import bango.trace.Tracer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;

/**
 * The Information Provision Network System on loopback (NET-1..NET-5): the core system, the
 * interface system and one intermediate server per institution, each a service of its own with its
 * own store under the data directory, joined by batched HTTP lines. Every line between an
 * intermediate server and the core runs through the interface system.
 */
public final class Network implements AutoCloseable {

    /**
     * What to start.
     *
     * @param codes the core system's codes (CODE-4: the core translates between code spaces)
     * @param authorization the core's decision (NET-2)
     * @param institutions the institutions on the network, each with its intermediate server
     * @param vocabulary what an intermediate server may check before a query leaves
     * @param dataDirectory where each service keeps its store (records, copies)
     * @param basePort the core listens on basePort, the interface system on basePort + 1, the
     *     intermediate server of institution n on basePort + 100 + n; 0: any free ports
     * @param linger how long a message that finds its line idle waits for others to share its POST
     *     (see {@link Link}); {@link #DEFAULT_LINGER} unless given
     */
    public record Plan(CoreSystem codes, Authorization authorization, List<InstitutionId> institutions,
            IntermediateServer.Vocabulary vocabulary, Path dataDirectory, int basePort, Tracer tracer, Faults faults,
            Duration linger) {
        public Plan {
            Objects.requireNonNull(codes, "codes");
            Objects.requireNonNull(authorization, "authorization");
            institutions = List.copyOf(institutions);
            Objects.requireNonNull(vocabulary, "vocabulary");
            Objects.requireNonNull(dataDirectory, "dataDirectory");
            Objects.requireNonNull(tracer, "tracer");
            Objects.requireNonNull(faults, "faults");
            Objects.requireNonNull(linger, "linger");
        }

        /** A plan whose lines linger {@link #DEFAULT_LINGER}. */
        public Plan(CoreSystem codes, Authorization authorization, List<InstitutionId> institutions,
                IntermediateServer.Vocabulary vocabulary, Path dataDirectory, int basePort, Tracer tracer, Faults faults) {
            this(codes, authorization, institutions, vocabulary, dataDirectory, basePort, tracer, faults, DEFAULT_LINGER);
        }
    }

    /**
     * How long a message that finds its line idle waits for others (see {@link Link}). Measured on
     * two cores (README, "The linkage network"): without it most POSTs between the services carried
     * one to four messages and a linkage cost about twice the CPU; with it, each of a linkage's hops
     * takes about this much longer when the network is quiet (one query at a time: p50 2.2 ms
     * without, 5.9 ms with).
     */
    public static final Duration DEFAULT_LINGER = Duration.ofNanos(300_000);

    private final Plan plan;
    private final HttpClient client;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    /** The lines by sender and path: read without the lock on every message, opened under it. */
    private final Map<String, Map<String, Link>> lines = new ConcurrentHashMap<>();
    private final ConnectionRegistry connections = new ConnectionRegistry();
    private CoreService core;
    private InterfaceService interfaceSystem;
    private final Map<Long, IntermediateServer> servers = new LinkedHashMap<>();

    private Network(Plan plan) {
        this.plan = plan;
        // The lines' replies are handled where they arrive, on the client's I/O thread: what a
        // reply does (start the line's next POST, or report a lost batch) never blocks.
        HttpClientTransportOverHTTP transport = new HttpClientTransportOverHTTP(1);
        transport.setInvocationType(InvocationType.NON_BLOCKING);
        this.client = new HttpClient(transport);
        client.setMaxConnectionsPerDestination(16);
        client.setName("network-client");
    }

    /** Starts every service; on failure, stops what was started and rethrows. */
    public static Network start(Plan plan) throws Exception {
        Network n = new Network(plan);
        try {
            n.startAll();
            return n;
        } catch (Exception | Error e) {
            n.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        client.start();
        Set<Long> ids = new TreeSet<>();
        plan.institutions().forEach(i -> ids.add(i.value()));
        Path root = plan.dataDirectory();
        Files.createDirectories(root.resolve("core"));
        RecordLog coreRecords = own(JournalRecordLog.open(root.resolve("core").resolve("records.journal")));
        core = own(new CoreService(plan.codes(), plan.authorization(), ids::contains, connections, coreRecords, plan.tracer()));
        interfaceSystem = own(new InterfaceService(ids::contains, connections, plan.tracer()));
        int base = plan.basePort();
        core.start(base == 0 ? 0 : base, coreOutbound());
        interfaceSystem.start(base == 0 ? 0 : base + 1, interfaceRoutes());
        for (InstitutionId id : plan.institutions()) {
            Path dir = root.resolve("intermediate").resolve("I" + id.value());
            Files.createDirectories(dir);
            CopyStore copies = own(CopyStore.open(dir));
            RecordLog records = own(JournalRecordLog.open(dir.resolve("records.journal")));
            IntermediateServer s = own(new IntermediateServer(id, copies, records, plan.vocabulary(), plan.tracer()));
            s.connectedWhen(() -> connections.connected(id.value()));
            servers.put(id.value(), s);
            s.start(base == 0 ? 0 : base + 100 + (int) id.value(), serverOutbound(id.value()));
        }
    }

    private <T extends AutoCloseable> T own(T resource) {
        resources.add(resource);
        return resource;
    }

    // --- Lines ---------------------------------------------------------------------------------

    private synchronized Link open(String name, JsonHttpServer to, String path) {
        return lines.computeIfAbsent(name, n -> new ConcurrentHashMap<>()).computeIfAbsent(path, p -> {
            Link l = new Link(name, client, URI.create(to.uri() + path), lost -> lost.forEach(m -> lost(name, m)),
                    plan.linger());
            links.add(l);
            return l;
        });
    }

    private void send(String name, JsonHttpServer to, String path, Object message) {
        if (plan.faults().lose(name, message)) {
            lost(name, message);
            return;
        }
        Map<String, Link> from = lines.get(name);
        Link opened = from == null ? null : from.get(path);
        Link l = opened != null ? opened : open(name, to, path);
        l.send(message);
        if (plan.faults().duplicate(name, message)) {
            l.send(message);
        }
    }

    private void lost(String line, Object m) {
        if (plan.tracer().on()) {
            long[] key = keyOf(m);
            // A report's outcome and a status tell which of the spec's messages about the serial was lost.
            String detail = m instanceof Report r ? r.outcome() : m instanceof Status s ? s.status() : "";
            plan.tracer().event(TraceEvent.of("Lose", "line", line, "type", m.getClass().getSimpleName().toLowerCase(),
                    "inquirer", key[0], "serial", key[1], "detail", detail));
        }
    }

    private static long[] keyOf(Object m) {
        if (m instanceof Query q) {
            return new long[] {q.inquirer(), q.serial()};
        } else if (m instanceof Notice n) {
            return new long[] {n.inquirer(), n.serial()};
        } else if (m instanceof Data d) {
            return new long[] {d.inquirer(), d.serial()};
        } else if (m instanceof Report r) {
            return new long[] {r.inquirer(), r.serial()};
        } else if (m instanceof Release r) {
            return new long[] {r.inquirer(), r.serial()};
        } else if (m instanceof Answer a) {
            return new long[] {a.inquirer(), a.serial()};
        } else if (m instanceof Status s) {
            return new long[] {s.inquirer(), s.serial()};
        }
        return new long[] {-1, -1};
    }

    private CoreService.Outbound coreOutbound() {
        return new CoreService.Outbound() {
            @Override
            public void notice(Notice n) {
                send("core->interface", interfaceSystem.http(), "/v1/notices", n);
            }

            @Override
            public void status(Status s) {
                send("core->interface", interfaceSystem.http(), "/v1/statuses", s);
            }

            @Override
            public void release(Release r) {
                send("core->interface", interfaceSystem.http(), "/v1/releases", r);
            }
        };
    }

    private InterfaceService.Routes interfaceRoutes() {
        return new InterfaceService.Routes() {
            @Override
            public void toCore(Query q) {
                send("interface->core", core.http(), "/v1/queries", q);
            }

            @Override
            public void toCore(Report r) {
                send("interface->core", core.http(), "/v1/reports", r);
            }

            @Override
            public void notice(long institution, Notice n) {
                send("interface->is-" + institution, server(institution).http(), "/v1/notices", n);
            }

            @Override
            public void answer(long institution, Answer a) {
                send("interface->is-" + institution, server(institution).http(), "/v1/answers", a);
            }

            @Override
            public void status(long institution, Status s) {
                send("interface->is-" + institution, server(institution).http(), "/v1/statuses", s);
            }
        };
    }

    private IntermediateServer.Outbound serverOutbound(long institution) {
        String name = "is-" + institution + "->interface";
        return new IntermediateServer.Outbound() {
            @Override
            public void query(Query q) {
                send(name, interfaceSystem.http(), "/v1/queries", q);
            }

            @Override
            public void data(Data d) {
                send(name, interfaceSystem.http(), "/v1/data", d);
            }

            @Override
            public void report(Report r) {
                send(name, interfaceSystem.http(), "/v1/reports", r);
            }

            @Override
            public void status(Status s) {
                send(name, interfaceSystem.http(), "/v1/statuses", s);
            }
        };
    }

    // --- Access --------------------------------------------------------------------------------

    /** NET-7: the ministry's register of accepted self-checks, shared by the core and interface systems. */
    public ConnectionRegistry connections() {
        return connections;
    }

    /**
     * NET-7: each of {@code institutions} reports its self-check to the interface system over HTTP;
     * returns the replies' statuses, in order.
     */
    public List<Integer> reportSelfChecks(List<InstitutionId> institutions, Map<String, Boolean> measures) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (InstitutionId i : institutions) {
            var body = JsonHttpServer.JSON.createObjectNode().put("institution", i.value());
            body.set("measures", JsonHttpServer.JSON.valueToTree(measures));
            statuses.add(client.POST(URI.create(interfaceSystem.http().uri() + "/v1/self-checks"))
                    .body(new org.eclipse.jetty.client.StringRequestContent("application/json", body.toString()))
                    .send().getStatus());
        }
        return statuses;
    }

    public CoreService core() {
        return core;
    }

    public InterfaceService interfaceSystem() {
        return interfaceSystem;
    }

    /** The intermediate server of {@code institution}. */
    public IntermediateServer server(long institution) {
        IntermediateServer s = servers.get(institution);
        if (s == null) {
            throw new IllegalArgumentException("no intermediate server for I" + institution);
        }
        return s;
    }

    public Map<Long, IntermediateServer> servers() {
        return Map.copyOf(servers);
    }

    /** Every line opened so far: "from->to path", e.g. "is-1->interface /v1/queries". */
    public synchronized List<String> lines() {
        return links.stream().map(l -> l.name() + " " + l.target().getPath()).toList();
    }

    /** What each line has carried so far, by "from->to path" as in {@link #lines()}. */
    public synchronized Map<String, Link.Traffic> traffic() {
        Map<String, Link.Traffic> out = new java.util.TreeMap<>();
        links.forEach(l -> out.put(l.name() + " " + l.target().getPath(), l.traffic()));
        return out;
    }

    /** Messages queued on every line, not yet sent. */
    public int backlog() {
        synchronized (this) {
            return links.stream().mapToInt(Link::backlog).sum();
        }
    }

    /** Each service's name and address. */
    public Map<String, URI> addresses() {
        Map<String, URI> out = new LinkedHashMap<>();
        out.put("core system", core.http().uri());
        out.put("interface system", interfaceSystem.http().uri());
        servers.forEach((id, s) -> out.put("intermediate server I" + id, s.http().uri()));
        return out;
    }

    /** Stops every service and line, then closes the stores. */
    @Override
    public void close() {
        List<Link> ls;
        synchronized (this) {
            ls = List.copyOf(links);
        }
        ls.forEach(Link::finish); // every sender drains at once, rather than one after another
        ls.forEach(Link::close);
        List<AutoCloseable> rs = new ArrayList<>(resources);
        java.util.Collections.reverse(rs);
        for (AutoCloseable r : rs) {
            try {
                r.close();
            } catch (Exception e) {
                // keep closing the others
            }
        }
        try {
            client.stop();
        } catch (Exception e) {
            // stopping anyway
        }
    }
}
