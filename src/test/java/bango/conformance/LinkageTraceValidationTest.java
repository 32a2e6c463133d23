package bango.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import bango.Covers;
import bango.modelcheck.TlcResult;
import bango.trace.LinkageTraceModule;
import bango.trace.TraceEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trace validation of the linkage services: random runs of the real core and interface systems
 * and intermediate servers ({@link LinkageWorld}: several institutions of the sample registry,
 * queries the table allows or refuses, an unpublished provider, a provider without an accepted
 * self-check, missing copies, restricted
 * information held for staff who provide or refuse, messages lost and delivered twice on the lines
 * and queries resent under the same serial) are checked by TLC against Linkage.tla through
 * TraceLinkage.tla, every invariant included, in one TLC invocation for all runs.
 */
@Covers({"NET-1", "NET-2", "NET-3", "NET-4", "NET-5", "NET-6", "NET-7", "IS-1", "IS-2", "IS-7", "LOG-1"})
class LinkageTraceValidationTest {

    static final int RUNS = 120;
    static final int SEEDED_RUNS = 20;
    static final long SEED = 20261202L;

    @TempDir
    static Path services;

    static LinkageWorld world;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        world = new LinkageWorld(services);
    }

    @AfterAll
    static void stop() {
        if (world != null) {
            world.close();
        }
    }

    static List<LinkageTraceModule.Run> runs(long seed, int count) {
        List<LinkageTraceModule.Run> runs = new ArrayList<>();
        qt().withFixedSeed(seed).withExamples(count).forAll(longs().all()).checkAssert(s -> {
            try {
                runs.add(world.run(s));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return runs;
    }

    static long count(List<LinkageTraceModule.Run> runs, Predicate<TraceEvent> p) {
        return runs.stream().flatMap(r -> r.events().stream()).filter(p).count();
    }

    @Test
    void randomRunsOfTheServicesConformToTheSpec() throws Exception {
        long t0 = System.nanoTime();
        List<LinkageTraceModule.Run> runs = runs(SEED, RUNS);
        long t1 = System.nanoTime();
        assertEquals(RUNS, runs.size());
        // The runs mean something only if they meet what the spec is about.
        long events = count(runs, e -> true);
        long refused = count(runs, e -> e.action().equals("CoreReceiveQuery") && Boolean.FALSE.equals(e.get("allow")));
        long held = count(runs, e -> e.action().equals("ProviderReceiveNotice") && "held".equals(e.get("outcome")));
        long staffRefused = count(runs, e -> e.action().equals("StaffDecide") && Boolean.FALSE.equals(e.get("provide")));
        long staffProvided = count(runs, e -> e.action().equals("StaffDecide") && Boolean.TRUE.equals(e.get("provide")));
        long lost = count(runs, e -> e.action().equals("Lose"));
        long repeated = count(runs, e -> Boolean.TRUE.equals(e.fields().get("leave")));
        long provided = count(runs, e -> e.action().equals("InquirerReceiveAnswer"));
        long unconnected = runs.stream().filter(r -> !((java.util.Set<?>) r.constants().get("connected"))
                .containsAll((java.util.Set<?>) r.constants().get("institutions"))).count();
        String summary = RUNS + " runs, " + events + " events: " + refused + " refusals by the core, " + held
                + " holds, staff provided " + staffProvided + " and refused " + staffRefused + ", " + lost
                + " losses, " + repeated + " repeated deliveries, " + provided + " answers, " + unconnected
                + " runs asking an institution without an accepted self-check";
        assertTrue(refused > 0 && held > 0 && staffRefused > 0 && staffProvided > 0 && lost > 0 && repeated > 0
                && provided > 0 && unconnected > 0, summary);
        TraceValidation.Verdict verdict = TraceValidation.linkage(dir, runs);
        long t2 = System.nanoTime();
        System.out.printf("TraceLinkage: %s; services %.1f s, TLC %.1f s, %s%n", summary, (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, verdict.result().summary());
        assertEquals(TlcResult.Outcome.PASS, verdict.result().outcome(),
                () -> "the services diverge from Linkage.tla: " + verdict.describe());
    }

    /** A core that allows queries without consulting the table (NET-2) is caught where it decides. */
    @Test
    @Covers({"NET-2"})
    void aCoreThatIgnoresTheTableIsCaught() throws Exception {
        List<LinkageTraceModule.Run> runs;
        world.ignoreTable = true;
        try {
            runs = runs(SEED + 1, SEEDED_RUNS);
        } finally {
            world.ignoreTable = false;
        }
        TraceValidation.Verdict verdict = TraceValidation.linkage(dir, runs);
        System.out.printf("TraceLinkage, a core without the table: %d runs, %s%n", runs.size(),
                verdict.result().summary());
        assertEquals(TlcResult.Outcome.DEADLOCK, verdict.result().outcome(), verdict::describe);
        // The first query the table refuses: the core allowed it, the spec's core does not.
        TraceEvent diverged = verdict.divergence();
        assertTrue(diverged != null && diverged.action().equals("CoreReceiveQuery")
                && Boolean.TRUE.equals(diverged.get("allow")), verdict::describe);
    }
}
