package bango.bench;

import bango.annex.AnnexTable;
import bango.annex.Authorizer;
import bango.annex.Decision;
import bango.annex.InstitutionRegistry;
import bango.annex.NetworkBinding;
import bango.annex.RegisteredInstitution;
import bango.annex.Rule;
import bango.codes.InstitutionId;
import bango.intermediate.CopyStore;
import bango.intermediate.IntermediateServer;
import bango.issuance.LinkedPopulation;
import bango.network.Authorization;
import bango.network.ConnectionRegistry;
import bango.network.Faults;
import bango.network.Network;
import bango.network.http.JsonHttpServer;
import bango.network.http.Link;
import bango.records.JournalRecordLog;
import bango.records.ProvisionRecord;
import bango.records.RecordKind;
import bango.records.VerificationResult;
import bango.trace.Tracer;
import bango.vault.InMemoryKeyCustody;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.HttpClient;

/**
 * Measures linkages end to end on loopback: the whole network ({@link Network}: core system,
 * interface system, an intermediate server per institution of the sample registry, each with its
 * own durable record journal and copy store) and, in front of it, {@code clients} business systems
 * in a closed loop. Each client submits an allowed query to its institution's intermediate server
 * over HTTP and waits for the answer in the same request ({@code POST /v1/inquiries?wait=...}, a
 * long poll; {@code GET /v1/inquiries/{serial}?wait=...} is the same for a later collection); a
 * linkage counts once the data is in the reply,
 * which the inquirer's server gives only after its provision record, the core's and the
 * provider's are durable (LOG-1). Latency runs from the submission to the answer.
 *
 * <p>Afterwards every journal is verified (hash chain intact) and the provision records of each
 * party are counted against the linkages completed.
 */
public final class LinkageBench {

    /**
     * Default budget: three quarters of it measured, after a warm-up of at least a quarter of it that
     * lasts until the JIT is quiet (it takes a third of the CPU, or more, in the first 20 to 40 s).
     */
    public static final int DEFAULT_SECONDS = 60;
    /** The JIT counts as quiet once it compiled for less than this many milliseconds in the last second. */
    static final long QUIET_JIT_MILLIS = 50;
    public static final int MIN_SECONDS = 4;
    /** With stages, one serial in this many is followed through the steps. */
    public static final int STAGE_SAMPLE = 16;
    public static final int DEFAULT_CLIENTS = 256;
    public static final int MAX_CLIENTS = 4096;
    public static final int DEFAULT_RESIDENTS = 2_000;
    public static final int DEFAULT_BATCH = 1;
    /** Longest linger the benchmark accepts for the network's lines. */
    public static final Duration MAX_LINGER = Duration.ofMillis(100);
    /** The intermediate server's own limit on a batch. */
    public static final int MAX_BATCH = IntermediateServer.MAX_BATCH;

    /** Longest a client waits for one answer before it counts the linkage as failed. */
    private static final long ANSWER_WAIT_MILLIS = 10_000;

    private LinkageBench() {
    }

    /** What was measured; latencies in milliseconds. */
    @JsonPropertyOrder({"linkages_per_sec", "p50_ms", "p99_ms", "p999_ms", "max_ms", "clients", "batch", "linkages",
        "failed", "linger_us", "measured_seconds", "warmup_seconds", "jit_ms_measured", "gc_pauses_measured",
        "gc_pause_ms_measured", "p99_ms_outside_gc_pauses", "cpu_us_per_linkage",
        "allocated_kb_per_linkage",
        "query_kinds", "institutions", "residents", "provision_records_inquirers",
        "provision_records_providers", "provision_records_core", "journals_intact", "posts_per_linkage", "lines", "stages"})
    public record LinkageResult(
            @JsonProperty("linkages_per_sec") double linkagesPerSec,
            @JsonProperty("p50_ms") double p50Millis,
            @JsonProperty("p99_ms") double p99Millis,
            @JsonProperty("p999_ms") double p999Millis,
            @JsonProperty("max_ms") double maxMillis,
            @JsonProperty("clients") int clients,
            @JsonProperty("batch") int batch,
            @JsonProperty("linkages") long linkages,
            @JsonProperty("failed") long failed,
            @JsonProperty("linger_us") long lingerMicros,
            @JsonProperty("measured_seconds") double measuredSeconds,
            @JsonProperty("warmup_seconds") double warmupSeconds,
            @JsonProperty("jit_ms_measured") long jitMillisMeasured,
            @JsonProperty("gc_pauses_measured") int gcPausesMeasured,
            @JsonProperty("gc_pause_ms_measured") long gcPauseMillisMeasured,
            @JsonProperty("p99_ms_outside_gc_pauses") double p99MillisOutsideGcPauses,
            @JsonProperty("cpu_us_per_linkage") double cpuMicrosPerLinkage,
            @JsonProperty("allocated_kb_per_linkage") double allocatedKilobytesPerLinkage,
            @JsonProperty("query_kinds") int queryKinds,
            @JsonProperty("institutions") int institutions,
            @JsonProperty("residents") int residents,
            @JsonProperty("provision_records_inquirers") long provisionRecordsInquirers,
            @JsonProperty("provision_records_providers") long provisionRecordsProviders,
            @JsonProperty("provision_records_core") long provisionRecordsCore,
            @JsonProperty("journals_intact") boolean journalsIntact,
            @JsonProperty("posts_per_linkage") double postsPerLinkage,
            @JsonProperty("lines") Map<String, LineTraffic> lines,
            @JsonProperty("stages") @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, LinkageStages.Stage> stages) {
    }

    /**
     * What one line between the services carried in the measured window: its POSTs, the messages a
     * POST, how long a message waited on the line before its POST started (the linger, or a POST in
     * flight), and a POST's round trip (writing the body to the reply, the receiver's work on the
     * batch included).
     */
    @JsonPropertyOrder({"posts", "messages_per_post", "wait_us_mean", "round_trip_us_mean"})
    public record LineTraffic(
            @JsonProperty("posts") long posts,
            @JsonProperty("messages_per_post") double messagesPerPost,
            @JsonProperty("wait_us_mean") double waitMicrosMean,
            @JsonProperty("round_trip_us_mean") double roundTripMicrosMean) {

        static LineTraffic of(Link.Traffic t) {
            return new LineTraffic(t.posts(), t.posts() == 0 ? 0 : (double) t.messages() / t.posts(),
                    t.messages() == 0 ? 0 : t.waitNanos() / 1e3 / t.messages(),
                    t.posts() == 0 ? 0 : t.roundTripNanos() / 1e3 / t.posts());
        }
    }

    /** Each line's traffic between two snapshots of {@link Network#traffic()}; lines with no POST left out. */
    static Map<String, LineTraffic> between(Map<String, Link.Traffic> before, Map<String, Link.Traffic> after) {
        Map<String, LineTraffic> out = new java.util.TreeMap<>();
        after.forEach((line, t) -> {
            Link.Traffic d = t.since(before.getOrDefault(line, new Link.Traffic(0, 0, 0, 0)));
            if (d.posts() > 0) {
                out.put(line, LineTraffic.of(d));
            }
        });
        return out;
    }

    /** An allowed query kind: inquirer, item, provider, category. */
    record Kind(InstitutionId inquirer, int item, InstitutionId provider, String category) {
    }

    /**
     * Measures for three quarters of {@code seconds}, after a warm-up of a quarter of it or, if the
     * JIT is still busy then, until it is quiet (at most {@code seconds}), with {@code clients} concurrent
     * business systems, the network's stores in a fresh directory under {@code dir}, deleted
     * afterwards. Progress lines go to {@code progress}.
     */
    public static LinkageResult run(Path dir, int seconds, int clients, int residents, PrintStream progress)
            throws Exception {
        return run(dir, seconds, clients, 1, residents, progress);
    }

    /**
     * As {@link #run(Path, int, int, int, PrintStream)}, each client submitting {@code batch}
     * queries at a time to one intermediate server (一括照会, {@code POST /v1/inquiry-batches}); with
     * a batch of 1, one query per request ({@code POST /v1/inquiries}).
     */
    public static LinkageResult run(Path dir, int seconds, int clients, int batch, int residents, PrintStream progress)
            throws Exception {
        return run(dir, seconds, clients, batch, residents, Network.DEFAULT_LINGER, progress);
    }

    /** As {@link #run(Path, int, int, int, int, PrintStream)}, the network's lines lingering {@code linger}. */
    public static LinkageResult run(Path dir, int seconds, int clients, int batch, int residents, Duration linger,
            PrintStream progress) throws Exception {
        return run(dir, seconds, clients, batch, residents, linger, false, progress);
    }

    /**
     * As above; with {@code stages}, also where the sampled linkages' time went between the spec's
     * steps ({@link LinkageStages}), at the cost of tracing every action.
     */
    public static LinkageResult run(Path dir, int seconds, int clients, int batch, int residents, Duration linger,
            boolean stages, PrintStream progress) throws Exception {
        if (seconds < MIN_SECONDS) {
            throw new IllegalArgumentException("seconds must be at least " + MIN_SECONDS + ", not " + seconds);
        }
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new IllegalArgumentException("clients must be 1 to " + MAX_CLIENTS + ", not " + clients);
        }
        if (batch < 1 || batch > MAX_BATCH) {
            throw new IllegalArgumentException("batch must be 1 to " + MAX_BATCH + ", not " + batch);
        }
        if (residents < 1 || residents > 100_000) {
            throw new IllegalArgumentException("residents must be 1 to 100000, not " + residents);
        }
        if (linger.isNegative() || linger.compareTo(MAX_LINGER) > 0) {
            throw new IllegalArgumentException("linger must be 0 to " + MAX_LINGER.toMillis() + " ms, not " + linger);
        }
        Path work = Files.createTempDirectory(dir, "bango-bench-linkage-");
        try {
            return measure(work, seconds, clients, batch, residents, linger, stages, progress);
        } finally {
            deleteTree(work);
        }
    }

    private static LinkageResult measure(Path work, int seconds, int clients, int batch, int residents,
            Duration linger, boolean withStages, PrintStream progress)
            throws Exception {
        AnnexTable table = AnnexTable.bundled();
        InstitutionRegistry registry = InstitutionRegistry.sample();
        Authorizer authorizer = new Authorizer(table, registry);
        List<InstitutionId> ids = registry.all().stream().map(RegisteredInstitution::id).toList();
        progress.printf("issuing %,d residents' numbers and %d institutions' codes ...%n", residents, ids.size());
        LinkedPopulation population = LinkedPopulation.issue(7, residents, ids, new InMemoryKeyCustody(),
                new InMemoryKeyCustody());
        List<Kind> kinds = allowedKinds(table, registry, authorizer);
        IntermediateServer.Vocabulary vocabulary = NetworkBinding.vocabulary(table, registry);
        Authorization authorization = NetworkBinding.authorization(authorizer);
        Path root = work.resolve("network");
        long linkages;
        long failed;
        long[] latencies;
        Map<String, LinkageStages.Stage> stages = null;
        LinkageStages stageTracer = withStages ? new LinkageStages(STAGE_SAMPLE, System::nanoTime) : null;
        long[] outsidePauses;
        int pauses;
        long pauseMillis;
        double window;
        double warmup;
        long jit;
        long cpu;
        long allocated;
        Map<String, LineTraffic> lines;
        try (CollectorPauses collector = new CollectorPauses();
                Network network = Network.start(new Network.Plan(population.core(), authorization, ids, vocabulary, root,
                0, withStages ? stageTracer : Tracer.OFF, Faults.NONE, linger))) {
            network.reportSelfChecks(ids, ConnectionRegistry.allInPlace());
            registerCopies(network, kinds, population);
            Map<URI, List<byte[]>> bodies = new LinkedHashMap<>();
            for (int k = 0; k < residents; k++) {
                Kind q = kinds.get(k % kinds.size());
                var body = JsonHttpServer.JSON.createObjectNode().put("item", q.item()).put("provider", q.provider().value())
                        .put("category", q.category()).put("code", population.code(q.inquirer(), population.number(k)).text());
                bodies.computeIfAbsent(network.server(q.inquirer().value()).http().uri(), u -> new ArrayList<>())
                        .add(JsonHttpServer.JSON.writeValueAsBytes(body));
            }
            progress.printf("%d kinds of allowed query among %d institutions; %d clients, %d %s, lines lingering %d µs, %d s ...%n",
                    kinds.size(), ids.size(), clients, batch, batch == 1 ? "query a request" : "queries a batch",
                    linger.toNanos() / 1_000, seconds);
            Driver driver = new Driver(bodies, clients, batch);
            long budget = TimeUnit.SECONDS.toNanos(seconds);
            driver.start();
            progress.printf("  warming up (at least %d s, then until the JIT is quiet, at most %d s) ...%n",
                    seconds / 4, seconds);
            warmup = warmUp(LinkageBench::compiledMillis, System::nanoTime, Thread::sleep, budget / 4, budget) / 1e9;
            long jit0 = compiledMillis();
            long cpu0 = processCpuNanos();
            long allocated0 = allocatedBytes();
            Map<String, Link.Traffic> traffic0 = network.traffic();
            long t0 = System.nanoTime();
            driver.measuring(t0);
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(budget * 3 / 4));
            long t1 = System.nanoTime();
            lines = between(traffic0, network.traffic());
            cpu = processCpuNanos() - cpu0;
            allocated = allocatedBytes() - allocated0;
            jit = compiledMillis() - jit0;
            driver.stop(t1);
            window = (t1 - t0) / 1e9;
            linkages = driver.completed.get();
            failed = driver.failed.get();
            latencies = driver.latencies();
            List<CollectorPauses.Pause> inWindow = collector.within(t0, t1);
            pauses = inWindow.size();
            pauseMillis = collector.millisWithin(t0, t1);
            outsidePauses = driver.latenciesOutside(inWindow);
            if (withStages) {
                stages = LinkageStages.byName(stageTracer.stages(t0, t1));
            }
            progress.printf("  %,d linkages in %.1f s after %.1f s of warm-up, %d failed%n", linkages, window, warmup, failed);
        }
        // Stores closed: verify every journal and count each party's provision records.
        boolean intact = true;
        long inquirers = 0;
        long providers = 0;
        long core = 0;
        List<Path> journals;
        try (Stream<Path> s = Files.walk(root)) {
            journals = s.filter(p -> p.getFileName().toString().equals("records.journal")).toList();
        }
        for (Path j : journals) {
            VerificationResult v = JournalRecordLog.verify(j);
            intact &= v.status() == VerificationResult.Status.INTACT;
            boolean atCore = j.getParent().getFileName().toString().equals("core");
            try (JournalRecordLog log = JournalRecordLog.open(j)) {
                String own = j.getParent().getFileName().toString(); // I<n> for an intermediate server
                for (ProvisionRecord r : log.readAll()) {
                    if (r.kind() != RecordKind.PROVISION) {
                        continue;
                    }
                    if (atCore) {
                        core++;
                    } else if (own.equals("I" + r.inquirer().value())) {
                        inquirers++;
                    } else if (own.equals("I" + r.provider().value())) {
                        providers++;
                    }
                }
            }
        }
        double rate = linkages / window;
        return new LinkageResult(rate, millis(latencies, 0.5), millis(latencies, 0.99), millis(latencies, 0.999),
                latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6, clients, batch, linkages, failed, linger.toNanos() / 1_000, window,
                warmup, jit, pauses, pauseMillis, millis(outsidePauses, 0.99),
                linkages == 0 || cpu < 0 ? 0 : cpu / 1e3 / linkages,
                linkages == 0 || allocated < 0 ? 0 : allocated / 1e3 / linkages,
                kinds.size(), ids.size(), residents, inquirers, providers, core, intact,
                linkages == 0 ? 0 : lines.values().stream().mapToLong(LineTraffic::posts).sum() / (double) linkages, lines,
                stages);
    }

    /** Waits as long as {@link Thread#sleep(long)}. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    /**
     * The warm-up: {@code minNanos}, then a second at a time until the JIT compiled for less than
     * {@link #QUIET_JIT_MILLIS} in the last one, {@code maxNanos} at most. Measuring while the JIT
     * still compiles would count its CPU against the network: on a slow day it was a third of the
     * CPU for the first 40 s. Returns how long the warm-up took (ns).
     *
     * @param compiledMillis the JIT's total compilation time so far (ms); a constant where unknown
     */
    static long warmUp(LongSupplier compiledMillis, LongSupplier nanoClock, Sleeper sleeper, long minNanos,
            long maxNanos) throws InterruptedException {
        long start = nanoClock.getAsLong();
        sleeper.sleep(TimeUnit.NANOSECONDS.toMillis(minNanos));
        long before = compiledMillis.getAsLong();
        long left;
        while ((left = maxNanos - (nanoClock.getAsLong() - start)) > 0) {
            sleeper.sleep(Math.max(1, Math.min(1_000, TimeUnit.NANOSECONDS.toMillis(left))));
            long now = compiledMillis.getAsLong();
            if (now - before < QUIET_JIT_MILLIS) {
                break;
            }
            before = now;
        }
        return nanoClock.getAsLong() - start;
    }

    /** The JIT's total compilation time so far (ms); 0 where the platform does not say. */
    private static long compiledMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /**
     * CPU time this process has used, every thread (the services and the business systems
     * driving them) and the collector's; -1 where the platform does not say.
     */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Bytes of heap every live thread has allocated so far; -1 where the platform does not say. */
    private static long allocatedBytes() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled()
                ? t.getTotalThreadAllocatedBytes() : -1;
    }

    /** Allowed query kinds among the registry's institutions: one per (inquirer, provider, category). */
    static List<Kind> allowedKinds(AnnexTable table, InstitutionRegistry registry, Authorizer authorizer) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (Rule r : table.rules()) {
            for (RegisteredInstitution i : registry.all()) {
                for (RegisteredInstitution p : registry.all()) {
                    if (i.equals(p)) {
                        continue;
                    }
                    String key = i.id().value() + "/" + p.id().value() + "/" + r.category().name();
                    if (!kinds.containsKey(key)
                            && authorizer.decide(i.id(), r.item(), p.id(), r.category()) instanceof Decision.Allow) {
                        kinds.put(key, new Kind(i.id(), r.item(), p.id(), r.category().name()));
                    }
                }
            }
        }
        if (kinds.isEmpty()) {
            throw new IllegalStateException("the table and the registry allow no query");
        }
        return List.copyOf(kinds.values());
    }

    /** IS-2: the provider of resident k's query (kind k mod kinds) holds that resident's copy. */
    private static void registerCopies(Network network, List<Kind> kinds, LinkedPopulation population) throws Exception {
        Map<InstitutionId, List<CopyStore.Copy>> batches = new LinkedHashMap<>();
        for (int k = 0; k < population.size(); k++) {
            Kind q = kinds.get(k % kinds.size());
            batches.computeIfAbsent(q.provider(), x -> new ArrayList<>()).add(new CopyStore.Copy(
                    population.code(q.provider(), population.number(k)).text(), q.category(), "{\"resident\":" + k + "}"));
        }
        for (var e : batches.entrySet()) {
            network.server(e.getKey().value()).copies().register(e.getValue());
        }
    }

    /** The {@code p} percentile of sorted nanoseconds, in milliseconds; 0 if there are none. */
    static double millis(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, (long) (p * sorted.length))] / 1e6;
    }

    /**
     * The business systems: {@code clients} closed loops, each submitting {@code batch} queries to
     * one intermediate server (the servers in turn) and waiting for their answers in the same request.
     */
    static final class Driver {
        private final List<URI> targets;
        private final List<List<byte[]>> bodies;
        private final AtomicLong[] cursors;
        private final int clients;
        private final int batch;
        private final HttpClient http = new HttpClient();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong next = new AtomicLong();
        private volatile long measuredFrom = Long.MAX_VALUE;
        private volatile long measuredTo = Long.MAX_VALUE;
        final AtomicLong completed = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        private final List<CompletableFuture<Void>> loops = new ArrayList<>();
        // Per reply in the measured window (guarded by this): its span and how many linkages it carried.
        private long[] starts = new long[1024];
        private long[] ends = new long[1024];
        private int[] times = new int[1024];
        private int replies;

        /** @param bodies each intermediate server's queries, one JSON object each */
        Driver(Map<URI, List<byte[]>> bodies, int clients, int batch) {
            this.targets = List.copyOf(bodies.keySet());
            this.bodies = targets.stream().map(bodies::get).toList();
            this.cursors = new AtomicLong[targets.size()];
            Arrays.setAll(cursors, k -> new AtomicLong());
            this.clients = clients;
            this.batch = batch;
            http.setMaxConnectionsPerDestination(clients);
            http.setName("business-systems");
        }

        void start() throws Exception {
            http.start();
            for (int c = 0; c < clients; c++) {
                CompletableFuture<Void> done = new CompletableFuture<>();
                loops.add(done);
                loop(done);
            }
        }

        void measuring(long from) {
            measuredFrom = from;
        }

        /** Ends the measured window at {@code to}; waits for every client's last linkage. */
        void stop(long to) throws Exception {
            measuredTo = to;
            running.set(false);
            CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new))
                    .get(ANSWER_WAIT_MILLIS * 2, TimeUnit.MILLISECONDS);
            http.stop();
        }

        private synchronized void sample(long start, long end, int linkages) {
            if (replies == starts.length) {
                starts = Arrays.copyOf(starts, 2 * replies);
                ends = Arrays.copyOf(ends, 2 * replies);
                times = Arrays.copyOf(times, 2 * replies);
            }
            starts[replies] = start;
            ends[replies] = end;
            times[replies] = linkages;
            replies++;
        }

        /** Latencies (ns) of the linkages started and finished in the measured window, sorted. */
        synchronized long[] latencies() {
            return CollectorPauses.outside(Arrays.copyOf(starts, replies), Arrays.copyOf(ends, replies),
                    Arrays.copyOf(times, replies), List.of());
        }

        /** As {@link #latencies()}, of the linkages whose request overlapped none of {@code pauses}. */
        synchronized long[] latenciesOutside(List<CollectorPauses.Pause> pauses) {
            return CollectorPauses.outside(Arrays.copyOf(starts, replies), Arrays.copyOf(ends, replies),
                    Arrays.copyOf(times, replies), pauses);
        }

        /** The next {@code batch} queries for one server: a JSON object, or an array of them. */
        private byte[] nextBody(int target) {
            List<byte[]> mine = bodies.get(target);
            long from = cursors[target].getAndAdd(batch);
            if (batch == 1) {
                return mine.get((int) (from % mine.size()));
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(batch * 128);
            out.write('[');
            for (int k = 0; k < batch; k++) {
                if (k > 0) {
                    out.write(',');
                }
                out.writeBytes(mine.get((int) ((from + k) % mine.size())));
            }
            out.write(']');
            return out.toByteArray();
        }

        private void loop(CompletableFuture<Void> done) {
            if (!running.get()) {
                done.complete(null);
                return;
            }
            int target = (int) (next.getAndIncrement() % targets.size());
            byte[] body = nextBody(target);
            String path = batch == 1 ? "/v1/inquiries" : "/v1/inquiry-batches";
            long start = System.nanoTime();
            new CompletableResponseListener(http.POST(targets.get(target).resolve(path + "?wait=" + ANSWER_WAIT_MILLIS))
                    .body(new BytesRequestContent("application/json", body))
                    .timeout(ANSWER_WAIT_MILLIS + 5_000, TimeUnit.MILLISECONDS), 16 * 1024 * 1024).send()
                    .thenApply(r -> r.getStatus() == 200 ? providedIn(r.getContent(), batch > 1) : 0)
                    .whenComplete((reply, failure) -> {
                        long end = System.nanoTime();
                        int provided = failure == null ? reply : 0;
                        if (start >= measuredFrom && end <= measuredTo) {
                            completed.addAndGet(provided);
                            failed.addAndGet(batch - provided);
                            sample(start, end, provided);
                        }
                        loop(done);
                    });
        }

    }

    /**
     * How many of a reply's queries were provided, with their data: the view itself, or with
     * {@code batch} each view of its {@code inquiries}; 0 if it is not JSON. Read as a stream,
     * without a tree of the reply: the business systems share the machine with the network.
     */
    static int providedIn(byte[] reply, boolean batch) {
        try (JsonParser p = JsonHttpServer.JSON.createParser(reply)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return 0;
            }
            if (!batch) {
                return providedView(p) ? 1 : 0;
            }
            int n = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if ("inquiries".equals(field) && t == JsonToken.START_ARRAY) {
                    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (t == JsonToken.START_OBJECT) {
                            n += providedView(p) ? 1 : 0;
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
            return n;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Reads one view (the parser at its start) to its end: provided, with a data field? */
    private static boolean providedView(JsonParser p) throws IOException {
        boolean provided = false;
        boolean data = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if ("state".equals(field)) {
                provided = t == JsonToken.VALUE_STRING && "provided".equals(p.getText());
            } else if ("data".equals(field)) {
                data = true;
            }
            p.skipChildren();
        }
        return provided && data;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
