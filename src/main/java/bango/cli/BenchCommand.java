package bango.cli;

import bango.bench.AuthorizationBench;
import bango.bench.AuthorizationBench.AuthzResult;
import bango.bench.IssuanceBench;
import bango.bench.LinkageBench;
import bango.bench.LinkageBench.LinkageResult;
import bango.bench.IssuanceBench.IssuanceResult;
import bango.bench.RecordJournalBench;
import bango.bench.RecordJournalBench.RecordsResult;
import bango.network.Network;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bango bench}: performance measurements. */
@Command(
        name = "bench",
        header = "Benchmark the implementation (JMH) and print the figures.",
        description = "Measure performance (JMH, in forked JVMs).",
        subcommands = {BenchCommand.Issuance.class, BenchCommand.Records.class, BenchCommand.Authz.class,
            BenchCommand.Linkage.class})
public final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code bango bench issuance}: our FF1 against Bouncy Castle's, issuing individual numbers. */
    @Command(
            name = "issuance",
            description = {
                "Issue individual numbers (FF1, AES-256, 11 digits, + check digit) with bango's Ff1 and with "
                        + "Bouncy Castle's FPEFF1Engine, one thread per processor for both, and compare.",
                "Progress goes to stderr; the result to stdout."})
    static final class Issuance implements Callable<Integer> {

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Option(names = "--json", description = "Print the result as one JSON object.")
        boolean json;

        @Option(names = "--seconds", paramLabel = "N",
                description = "Wall-clock budget for both benchmarks (default: ${DEFAULT-VALUE}, minimum "
                        + IssuanceBench.MIN_SECONDS + ").")
        int seconds = IssuanceBench.DEFAULT_SECONDS;

        @Override
        public Integer call() throws Exception {
            if (seconds < IssuanceBench.MIN_SECONDS) {
                System.err.println("--seconds must be at least " + IssuanceBench.MIN_SECONDS);
                return 2;
            }
            IssuanceResult r = IssuanceBench.run(seconds, System.err);
            if (json) {
                System.out.println(new ObjectMapper().writeValueAsString(r));
            } else {
                System.out.printf("%-34s %15s %12s%n", "implementation", "numbers/s", "± (99.9%)");
                System.out.printf("%-34s %,15.0f %,12.0f%n", "bango Ff1 (batch) + check digit",
                        r.oursPerSec(), r.oursErrorPerSec());
                System.out.printf("%-34s %,15.0f %,12.0f%n", "Bouncy Castle FPEFF1Engine + check",
                        r.bouncyCastlePerSec(), r.bouncyCastleErrorPerSec());
                System.out.printf("ratio (ours / Bouncy Castle): %.1f, threads: %d, 125 million numbers in %.0f s%n",
                        r.ratio(), r.threads(), r.nationSeconds());
            }
            return 0;
        }
    }

    /** {@code bango bench records}: the provision-record journal's durable appends, with and without group commit. */
    @Command(
            name = "records",
            description = {
                "Append provision records from many concurrent appenders, each awaiting its record's durability, to a"
                        + " journal with group commit and to one forcing every record, and report records/s and"
                        + " latency percentiles.",
                "The journals are written in a fresh directory under --dir and deleted afterwards; on a tmpfs the"
                        + " figures would be memory's, not a disk's.",
                "Progress goes to stderr; the result to stdout."})
    static final class Records implements Callable<Integer> {

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Option(names = "--json", description = "Print the result as one JSON object.")
        boolean json;

        @Option(names = "--seconds", paramLabel = "N",
                description = "Wall-clock budget (default: ${DEFAULT-VALUE}, minimum " + RecordJournalBench.MIN_SECONDS
                        + ").")
        int seconds = RecordJournalBench.DEFAULT_SECONDS;

        @Option(names = "--appenders", paramLabel = "N",
                description = "Concurrent appenders (default: ${DEFAULT-VALUE}, at most "
                        + RecordJournalBench.MAX_APPENDERS + ").")
        int appenders = RecordJournalBench.DEFAULT_APPENDERS;

        @Option(names = "--dir", paramLabel = "DIR", description = "Where to write the journals (default: the current"
                + " directory).")
        Path dir = Path.of(".");

        @Override
        public Integer call() throws Exception {
            if (seconds < RecordJournalBench.MIN_SECONDS) {
                System.err.println("--seconds must be at least " + RecordJournalBench.MIN_SECONDS);
                return 2;
            }
            if (appenders < 1 || appenders > RecordJournalBench.MAX_APPENDERS) {
                System.err.println("--appenders must be 1 to " + RecordJournalBench.MAX_APPENDERS);
                return 2;
            }
            if (!Files.isDirectory(dir)) {
                System.err.println("--dir must be an existing directory");
                return 2;
            }
            RecordsResult r = RecordJournalBench.run(dir, seconds, appenders, System.err);
            if (json) {
                System.out.println(new ObjectMapper().writeValueAsString(r));
            } else {
                System.out.printf("%-22s %14s %9s %9s%n", "journal", "records/s", "p50 us", "p99 us");
                System.out.printf("%-22s %,14.0f %9d %9d%n", "group commit", r.recordsPerSec(), r.p50Micros(),
                        r.p99Micros());
                System.out.printf("%-22s %,14.0f %9d %9d%n", "a force per record", r.unbatchedRecordsPerSec(),
                        r.unbatchedP50Micros(), r.unbatchedP99Micros());
                System.out.printf("%d appenders, %.1f records per force, gain %.1f, disk force p50 %d us, journal"
                        + " verified: %s%n", r.appenders(), r.meanBatch(), r.groupCommitGain(),
                        r.diskForceP50Micros(), r.verified());
            }
            return r.verified() ? 0 : 1;
        }
    }

    /** {@code bango bench authz}: the NET-2 decision on the whole of Annex Table 2. */
    @Command(
            name = "authz",
            mixinStandardHelpOptions = true,
            description = {
                "Decide random queries against the whole of Annex Table 2 (NET-2), allowed and refused mixed, "
                        + "with one institution per institution type, on one thread in this JVM: decisions per "
                        + "second, and the latency of single decisions (p50, p99, p99.9, in ns).",
                "Progress goes to stderr; the result to stdout."})
    static final class Authz implements Callable<Integer> {

        @Option(names = "--json", description = "Print the result as one JSON object.")
        boolean json;

        @Option(names = "--seconds", paramLabel = "N",
                description = "Wall-clock budget (default: ${DEFAULT-VALUE}, minimum " + AuthorizationBench.MIN_SECONDS + ").")
        int seconds = AuthorizationBench.DEFAULT_SECONDS;

        @Option(names = "--seed", paramLabel = "S", description = "Seed of the random queries (default: ${DEFAULT-VALUE}).")
        long seed = 2;

        @Override
        public Integer call() throws Exception {
            if (seconds < AuthorizationBench.MIN_SECONDS) {
                System.err.println("--seconds must be at least " + AuthorizationBench.MIN_SECONDS);
                return 2;
            }
            AuthzResult r = AuthorizationBench.run(seconds, seed, System.err);
            if (json) {
                System.out.println(new ObjectMapper().writeValueAsString(r));
            } else {
                System.out.printf("decisions/s %,.0f; p50 %d ns, p99 %d ns, p99.9 %d ns (clock %d ns); %.0f%% allowed; "
                        + "%d rules, %d institutions%n", r.decisionsPerSec(), r.nsP50(), r.nsP99(), r.nsP999(),
                        r.clockNsP50(), 100 * r.allowedFraction(), r.rules(), r.institutions());
            }
            return 0;
        }
    }

    /** {@code bango bench linkage}: allowed queries end to end on the whole network, on loopback. */
    @Command(
            name = "linkage",
            description = {
                "Start the whole network on loopback (core system, interface system, an intermediate server per "
                        + "institution of the sample registry, each with its own durable journal and copy store) "
                        + "and drive allowed queries end to end from many concurrent business systems: submit over "
                        + "HTTP and wait for the answer in the same request (a long poll). A linkage counts when the data "
                        + "arrives, which is only after the inquirer's, the core's and the provider's provision "
                        + "records are durable (LOG-1).",
                "Reports linkages/s, latency percentiles (submission to answer), and the process's CPU time and "
                        + "heap allocation a linkage (services, business systems and collector together), and the "
                        + "collector's pauses in the measured window with the p99 of the linkages that overlapped none "
                        + "of them (which tells whether the p99 is the collector's); afterwards verifies every "
                        + "journal and counts each party's provision records. The network's stores are written in "
                        + "a fresh directory under --dir and deleted afterwards.",
                "Progress goes to stderr; the result to stdout."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:Measured; every journal intact and every linkage recorded by all three parties.",
                "1:A journal was not intact, a party recorded fewer provisions than linkages, or no linkage completed.",
                "2:Usage error."})
    static final class Linkage implements Callable<Integer> {

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Option(names = "--json", description = "Print the result as one JSON object.")
        boolean json;

        @Option(names = "--seconds", paramLabel = "N",
                description = "Three quarters of it measured, after a warm-up of a quarter of it that goes on until the"
                        + " JIT is quiet, N seconds at most (default: ${DEFAULT-VALUE}, minimum " + LinkageBench.MIN_SECONDS
                        + ").")
        int seconds = LinkageBench.DEFAULT_SECONDS;

        @Option(names = "--clients", paramLabel = "N",
                description = "Concurrent business systems (default: ${DEFAULT-VALUE}, at most "
                        + LinkageBench.MAX_CLIENTS + ").")
        int clients = LinkageBench.DEFAULT_CLIENTS;

        @Option(names = "--batch", paramLabel = "N",
                description = "Queries each business system submits in one request: 1 sends each on its own (POST"
                        + " /v1/inquiries), more sends them as one batch, 一括照会 (POST /v1/inquiry-batches) (default:"
                        + " ${DEFAULT-VALUE}, at most " + LinkageBench.MAX_BATCH + ").")
        int batch = LinkageBench.DEFAULT_BATCH;

        @Option(names = "--residents", paramLabel = "N",
                description = "Residents whose copies the providers hold (default: ${DEFAULT-VALUE}).")
        int residents = LinkageBench.DEFAULT_RESIDENTS;

        @Option(names = "--dir", paramLabel = "DIR", description = "Where to put the network's stores (default: the"
                + " current directory).")
        Path dir = Path.of(".");

        @Option(names = "--linger-us", paramLabel = "US", description = "How long a message that finds its line between"
                + " two services idle waits for others to share its POST, in microseconds (default: the network's, "
                + "${DEFAULT-VALUE}; 0: none; at most 100000).")
        long lingerMicros = Network.DEFAULT_LINGER.toNanos() / 1_000;

        @Option(names = "--stages", description = "Also report where the linkages' time goes between the spec's steps"
                + " (one serial in " + LinkageBench.STAGE_SAMPLE + " followed from the inquirer's durable request to its"
                + " durable provision). Traces every action, so the run's throughput is lower than without.")
        boolean stages;

        @Option(names = "--lines", description = "Also print what each line between the services carried in the measured"
                + " window: POSTs, messages a POST, a message's mean wait on the line before its POST, a POST's mean round"
                + " trip (always in --json, as \"lines\").")
        boolean lines;

        @Override
        public Integer call() throws Exception {
            if (lingerMicros < 0 || lingerMicros > LinkageBench.MAX_LINGER.toNanos() / 1_000) {
                System.err.println("--linger-us must be 0 to " + LinkageBench.MAX_LINGER.toNanos() / 1_000);
                return 2;
            }
            if (seconds < LinkageBench.MIN_SECONDS) {
                System.err.println("--seconds must be at least " + LinkageBench.MIN_SECONDS);
                return 2;
            }
            if (clients < 1 || clients > LinkageBench.MAX_CLIENTS) {
                System.err.println("--clients must be 1 to " + LinkageBench.MAX_CLIENTS);
                return 2;
            }
            if (batch < 1 || batch > LinkageBench.MAX_BATCH) {
                System.err.println("--batch must be 1 to " + LinkageBench.MAX_BATCH);
                return 2;
            }
            if (residents < 1 || residents > 100_000) {
                System.err.println("--residents must be 1 to 100000");
                return 2;
            }
            if (!Files.isDirectory(dir)) {
                System.err.println("--dir must be an existing directory");
                return 2;
            }
            LinkageResult r = LinkageBench.run(dir, seconds, clients, batch, residents,
                    Duration.ofNanos(lingerMicros * 1_000), stages, System.err);
            if (json) {
                System.out.println(new ObjectMapper().writeValueAsString(r));
            } else {
                System.out.printf("linkages/s %,.0f; p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms; %d clients, "
                        + "%d a batch, %,d linkages, %d failed; %.0f µs of CPU and %.1f KB allocated a linkage; %.1f s measured after"
                        + " %.1f s of warm-up, %,d ms of JIT compilation in it%n", r.linkagesPerSec(),
                        r.p50Millis(), r.p99Millis(), r.p999Millis(), r.maxMillis(), r.clients(), r.batch(), r.linkages(),
                        r.failed(), r.cpuMicrosPerLinkage(), r.allocatedKilobytesPerLinkage(), r.measuredSeconds(),
                        r.warmupSeconds(), r.jitMillisMeasured());
                System.out.printf("collector pauses in the measured window: %d, %,d ms in all; p99 of the linkages that "
                        + "overlapped none of them %.1f ms%n", r.gcPausesMeasured(), r.gcPauseMillisMeasured(),
                        r.p99MillisOutsideGcPauses());
                System.out.printf("lines between the services: %,.3f POSTs a linkage in the measured window%n",
                        r.postsPerLinkage());
                if (lines) {
                    r.lines().forEach((name, t) -> System.out.printf("  %-40s %,9d POSTs, %6.1f messages a POST, wait"
                            + " %7.1f µs, round trip %7.1f µs%n", name, t.posts(), t.messagesPerPost(), t.waitMicrosMean(),
                            t.roundTripMicrosMean()));
                }
                if (r.stages() != null) {
                    r.stages().forEach((name, st) -> System.out.printf("  %-46s mean %6.2f ms, p50 %6.2f, p90 %6.2f,"
                            + " p99 %6.2f (%,d linkages)%n", name, st.meanMillis(), st.p50Millis(), st.p90Millis(),
                            st.p99Millis(), st.linkages()));
                }
                System.out.printf("provision records: inquirers %,d, core %,d, providers %,d; journals intact: %s%n",
                        r.provisionRecordsInquirers(), r.provisionRecordsCore(), r.provisionRecordsProviders(),
                        r.journalsIntact());
            }
            boolean recorded = r.provisionRecordsInquirers() >= r.linkages() && r.provisionRecordsCore() >= r.linkages()
                    && r.provisionRecordsProviders() >= r.linkages();
            return r.journalsIntact() && recorded && r.linkages() > 0 ? 0 : 1;
        }
    }
}
