package bango.bench;

import bango.annex.AnnexTable;
import bango.annex.Authorizer;
import bango.annex.Category;
import bango.annex.Decision;
import bango.annex.InstitutionRegistry;
import bango.annex.InstitutionType;
import bango.annex.RegisteredInstitution;
import bango.annex.Rule;
import bango.codes.InstitutionId;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Measures {@link Authorizer#decide} (NET-2) on the whole bundled table, in this JVM, on one thread:
 * a warm-up, then decisions per second over a loop of pre-generated queries, then the latency of
 * each decision timed on its own with {@link System#nanoTime()} into a histogram of nanoseconds.
 * The latencies include the cost of reading the clock, which is measured too and reported as
 * {@code clock_ns_p50}.
 *
 * <p>The registry has one institution per institution type of the table
 * ({@link InstitutionRegistry#onePerType}), so that every rule can be exercised. The queries mix
 * allowed and refused ones: half follow a rule, the rest change its category, provider or item, or
 * name an institution, item or category the table does not know.
 */
public final class AuthorizationBench {

    public static final int DEFAULT_SECONDS = 20;
    public static final int MIN_SECONDS = 3;

    /** Pre-generated queries; a power of two. */
    static final int QUERIES = 1 << 20;

    /** Latencies above this many nanoseconds share the histogram's last bucket. */
    static final int HISTOGRAM_NS = 100_000;

    /** Written with what the decisions add up to, so that the JIT cannot drop them. */
    static volatile long blackhole;

    private AuthorizationBench() {
    }

    /** What was measured. */
    @JsonPropertyOrder({"decisions_per_sec", "ns_p50", "ns_p99", "ns_p999", "clock_ns_p50", "allowed_fraction",
        "rules", "institutions", "queries", "timed_decisions", "threads", "seconds"})
    public record AuthzResult(
            @JsonProperty("decisions_per_sec") double decisionsPerSec,
            @JsonProperty("ns_p50") long nsP50,
            @JsonProperty("ns_p99") long nsP99,
            @JsonProperty("ns_p999") long nsP999,
            @JsonProperty("clock_ns_p50") long clockNsP50,
            @JsonProperty("allowed_fraction") double allowedFraction,
            @JsonProperty("rules") int rules,
            @JsonProperty("institutions") int institutions,
            @JsonProperty("queries") int queries,
            @JsonProperty("timed_decisions") long timedDecisions,
            @JsonProperty("threads") int threads,
            @JsonProperty("seconds") int seconds) {
    }

    /** One batch of queries, column by column. */
    static final class Queries {
        final InstitutionId[] inquirers = new InstitutionId[QUERIES];
        final int[] items = new int[QUERIES];
        final InstitutionId[] providers = new InstitutionId[QUERIES];
        final Category[] categories = new Category[QUERIES];

        static Queries generate(AnnexTable table, InstitutionRegistry registry, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Rule> rules = table.rules();
            List<RegisteredInstitution> all = registry.all();
            List<Category> categories = new ArrayList<>(table.categories());
            Map<InstitutionType, List<InstitutionId>> byType = new HashMap<>();
            for (RegisteredInstitution i : all) {
                for (InstitutionType t : i.types()) {
                    byType.computeIfAbsent(t, k -> new ArrayList<>()).add(i.id());
                }
            }
            InstitutionId unknown = new InstitutionId(Long.MAX_VALUE);
            Category unknownCategory = new Category("氏名");
            Queries q = new Queries();
            for (int k = 0; k < QUERIES; k++) {
                Rule r = rules.get(random.nextInt(rules.size()));
                q.inquirers[k] = pick(byType.get(r.inquirer()), random);
                q.items[k] = r.item();
                q.providers[k] = pick(byType.get(r.provider()), random);
                q.categories[k] = r.category();
                int change = random.nextInt(100);
                if (change < 50) {
                    continue;
                } else if (change < 70) {
                    q.categories[k] = categories.get(random.nextInt(categories.size()));
                } else if (change < 85) {
                    q.providers[k] = all.get(random.nextInt(all.size())).id();
                } else if (change < 95) {
                    q.items[k] = 1 + random.nextInt(table.items());
                } else if (change < 97) {
                    q.inquirers[k] = unknown;
                } else if (change < 99) {
                    q.categories[k] = unknownCategory;
                } else {
                    q.items[k] = table.items() + 1;
                }
            }
            return q;
        }

        private static InstitutionId pick(List<InstitutionId> ids, SplittableRandom random) {
            return ids.get(random.nextInt(ids.size()));
        }
    }

    /** Measures for about {@code seconds} seconds; progress lines go to {@code progress}. */
    public static AuthzResult run(int seconds, long seed, PrintStream progress) {
        if (seconds < MIN_SECONDS) {
            throw new IllegalArgumentException("seconds must be at least " + MIN_SECONDS + ", not " + seconds);
        }
        AnnexTable table = AnnexTable.bundled();
        InstitutionRegistry registry = InstitutionRegistry.onePerType(table);
        Authorizer authorizer = new Authorizer(table, registry);
        Queries q = Queries.generate(table, registry, seed);
        long budget = seconds * 1_000_000_000L;
        progress.printf("NET-2 decisions on Annex Table 2: %d rules, %d institutions, %,d queries, 1 thread%n",
                table.rules().size(), registry.all().size(), QUERIES);

        progress.println("warming up ...");
        loop(authorizer, q, budget / 4);
        progress.println("measuring throughput ...");
        long[] counted = loop(authorizer, q, budget * 3 / 8);
        double perSec = counted[0] * 1e9 / counted[1];
        progress.printf("  %,.0f decisions/s%n", perSec);

        progress.println("measuring latency ...");
        long[] histogram = new long[HISTOGRAM_NS + 1];
        long[] clock = new long[HISTOGRAM_NS + 1];
        long allowed = 0;
        long timed = 0;
        long end = System.nanoTime() + budget * 3 / 8;
        int mask = QUERIES - 1;
        while (System.nanoTime() < end) {
            for (int n = 0; n < 4096; n++, timed++) {
                int k = (int) (timed & mask);
                long t0 = System.nanoTime();
                Decision d = authorizer.decide(q.inquirers[k], q.items[k], q.providers[k], q.categories[k]);
                long t1 = System.nanoTime();
                long t2 = System.nanoTime();
                histogram[(int) Math.min(t1 - t0, HISTOGRAM_NS)]++;
                clock[(int) Math.min(t2 - t1, HISTOGRAM_NS)]++;
                if (d instanceof Decision.Allow) {
                    allowed++;
                }
            }
        }
        AuthzResult r = new AuthzResult(perSec, percentile(histogram, timed, 0.50), percentile(histogram, timed, 0.99),
                percentile(histogram, timed, 0.999), percentile(clock, timed, 0.50), (double) allowed / timed,
                table.rules().size(), registry.all().size(), QUERIES, timed, 1, seconds);
        progress.printf("  p50 %d ns, p99 %d ns (reading the clock: %d ns), %.0f%% allowed%n",
                r.nsP50(), r.nsP99(), r.clockNsP50(), 100 * r.allowedFraction());
        return r;
    }

    /** Decides queries in a loop for {@code nanos}; returns {decisions, nanoseconds taken}. */
    private static long[] loop(Authorizer authorizer, Queries q, long nanos) {
        int mask = QUERIES - 1;
        long decisions = 0;
        long sink = 0;
        long start = System.nanoTime();
        long now = start;
        while (now - start < nanos) {
            for (int n = 0; n < 65_536; n++, decisions++) {
                int k = (int) (decisions & mask);
                Decision d = authorizer.decide(q.inquirers[k], q.items[k], q.providers[k], q.categories[k]);
                sink += d instanceof Decision.Allow a ? a.item() : 1;
            }
            now = System.nanoTime();
        }
        blackhole = sink;
        return new long[] {decisions, now - start};
    }

    /** The smallest value v such that at least {@code fraction} of the {@code total} samples are ≤ v. */
    static long percentile(long[] histogram, long total, double fraction) {
        long wanted = (long) Math.ceil(fraction * total);
        long seen = 0;
        for (int v = 0; v < histogram.length; v++) {
            seen += histogram[v];
            if (seen >= wanted) {
                return v;
            }
        }
        return histogram.length - 1;
    }
}
