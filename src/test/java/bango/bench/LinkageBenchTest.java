package bango.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.annex.AnnexTable;
import bango.annex.Authorizer;
import bango.annex.Category;
import bango.annex.Decision;
import bango.annex.InstitutionRegistry;
import bango.bench.LinkageBench.Kind;
import bango.bench.LinkageBench.LinkageResult;
import bango.network.Network;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linkage benchmark's harness on a short run: every linkage it counts was recorded by the
 * inquirer, the core and the provider, the journals verify, and nothing is left behind. (No timing
 * decides anything here.)
 */
class LinkageBenchTest {

    @TempDir
    Path dir;

    @Test
    @Covers({"NET-1", "LOG-1"})
    void aShortRunCountsOnlyLinkagesRecordedByAllThreeParties() throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        LinkageResult r = LinkageBench.run(dir, LinkageBench.MIN_SECONDS, 8, 60,
                new PrintStream(progress, true, StandardCharsets.UTF_8));
        assertTrue(r.linkages() > 0, "some linkages completed: " + r);
        assertEquals(0, r.failed(), "every allowed query was provided");
        assertTrue(r.journalsIntact());
        // Warm-up and the clients' last linkages are recorded too, so each party holds at least as many.
        assertTrue(r.provisionRecordsInquirers() >= r.linkages(), r.toString());
        assertTrue(r.provisionRecordsCore() >= r.linkages(), r.toString());
        assertTrue(r.provisionRecordsProviders() >= r.linkages(), r.toString());
        assertEquals(r.provisionRecordsCore(), r.provisionRecordsInquirers(), "one provision record each per linkage");
        assertEquals(r.provisionRecordsCore(), r.provisionRecordsProviders(), "one provision record each per linkage");
        assertEquals(r.linkages() / r.measuredSeconds(), r.linkagesPerSec(), 1e-6);
        assertTrue(r.warmupSeconds() >= LinkageBench.MIN_SECONDS / 4.0 && r.warmupSeconds() <= LinkageBench.MIN_SECONDS + 1.5,
                "a quarter of the budget at least, the budget at most (and a last second): " + r);
        assertTrue(r.jitMillisMeasured() >= 0, r.toString());
        assertTrue(r.gcPausesMeasured() >= 0 && r.gcPauseMillisMeasured() >= 0, r.toString());
        assertTrue(r.gcPauseMillisMeasured() <= r.measuredSeconds() * 1_000 + 1_000, "pauses fit the window: " + r);
        // Taking requests out can only take the slowest out: never above the whole run's maximum.
        assertTrue(r.p99MillisOutsideGcPauses() > 0 && r.p99MillisOutsideGcPauses() <= r.maxMillis(), r.toString());
        assertTrue(r.p50Millis() <= r.p99Millis() && r.p99Millis() <= r.p999Millis() && r.p999Millis() <= r.maxMillis());
        // CPU a linkage: some, and less than the whole window's CPU on every core.
        assertTrue(r.cpuMicrosPerLinkage() > 0, r.toString());
        assertTrue(r.allocatedKilobytesPerLinkage() > 0, r.toString());
        assertTrue(r.cpuMicrosPerLinkage() * r.linkages() <= r.measuredSeconds() * 1e6 * Runtime.getRuntime().availableProcessors() * 1.05,
                r.toString());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "the network's stores are deleted afterwards");
        }
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains("linkages in"));
    }

    /** A clock that only sleeping moves, and a JIT that compiles {@code busy} ms a second until {@code quietAt}. */
    private static final class FakeJit {
        long now;
        final long quietAt;
        final long busy;

        FakeJit(long quietAtMillis, long busyMillisASecond) {
            this.quietAt = TimeUnit.MILLISECONDS.toNanos(quietAtMillis);
            this.busy = busyMillisASecond;
        }

        long compiled() {
            return Math.min(now, quietAt) * busy / 1_000_000_000L;
        }

        void sleep(long millis) {
            now += TimeUnit.MILLISECONDS.toNanos(millis);
        }
    }

    /** The warm-up's length (ms) against a fake JIT, at least {@code minMillis}, at most {@code maxMillis}. */
    private static long warmUpMillis(FakeJit jit, long minMillis, long maxMillis) throws InterruptedException {
        return TimeUnit.NANOSECONDS.toMillis(LinkageBench.warmUp(jit::compiled, () -> jit.now, jit::sleep,
                TimeUnit.MILLISECONDS.toNanos(minMillis), TimeUnit.MILLISECONDS.toNanos(maxMillis)));
    }

    /** A JIT that compiles {@code busy} ms every second, for ever. */
    private static FakeJit neverQuiet(long busy) {
        return new FakeJit(Long.MAX_VALUE / 2_000_000, busy);
    }

    @Test
    void theWarmUpLastsItsMinimumWhenTheJitIsAlreadyQuiet() throws Exception {
        // 15 s, then one second to see that nothing was compiled in it.
        assertEquals(16_000, warmUpMillis(new FakeJit(1_000, 300), 15_000, 60_000));
    }

    @Test
    void theWarmUpGoesOnWhileTheJitCompiles() throws Exception {
        // Busy through 37.5 s: the second ending at 38 s still saw 150 ms, the one ending at 39 s none.
        assertEquals(39_000, warmUpMillis(new FakeJit(37_500, 300), 15_000, 60_000));
    }

    @Test
    void aJitJustUnderTheQuietLineEndsTheWarmUpAndOneAtItDoesNot() throws Exception {
        assertEquals(5_000, warmUpMillis(neverQuiet(LinkageBench.QUIET_JIT_MILLIS - 1), 4_000, 60_000));
        assertEquals(60_000, warmUpMillis(neverQuiet(LinkageBench.QUIET_JIT_MILLIS), 4_000, 60_000),
                "a JIT that never quiets: the maximum");
    }

    @Test
    void theWarmUpNeverPassesItsMaximumEvenMidSecond() throws Exception {
        assertEquals(3_500, warmUpMillis(neverQuiet(500), 1_000, 3_500));
    }

    @Test
    @Covers({"NET-1", "LOG-1"})
    void aShortRunInBatchesCountsEachQueryOfEachBatch() throws Exception {
        LinkageResult r = LinkageBench.run(dir, LinkageBench.MIN_SECONDS, 2, 25, 60,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(25, r.batch());
        assertEquals(Network.DEFAULT_LINGER.toNanos() / 1_000, r.lingerMicros());
        assertTrue(r.linkages() > 0, "some linkages completed: " + r);
        assertEquals(0, r.linkages() % 25, "every query of a batch counted, each batch whole: " + r);
        assertEquals(0, r.failed());
        assertTrue(r.journalsIntact());
        assertEquals(r.provisionRecordsCore(), r.provisionRecordsInquirers(), "one provision record each per linkage");
        assertEquals(r.provisionRecordsCore(), r.provisionRecordsProviders(), "one provision record each per linkage");
        assertTrue(r.provisionRecordsCore() >= r.linkages(), r.toString());
        assertEquals(null, r.stages(), "stages only when asked for");
        // Every linkage crosses the lines into and out of the core through the interface system.
        for (String line : List.of("interface->core /v1/queries", "core->interface /v1/notices",
                "interface->core /v1/reports", "core->interface /v1/releases")) {
            var t = r.lines().get(line);
            assertTrue(t != null && t.posts() > 0 && t.messagesPerPost() >= 1, line + ": " + r.lines());
            assertTrue(t.roundTripMicrosMean() > 0 && t.waitMicrosMean() >= 0, line + ": " + t);
        }
        assertTrue(r.lines().keySet().stream().anyMatch(l -> l.startsWith("interface->is-")), r.lines().toString());
        assertTrue(r.postsPerLinkage() > 0, r.toString());
    }

    @Test
    void aShortRunWithStagesFollowsSampledLinkagesThroughEveryStep() throws Exception {
        LinkageResult r = LinkageBench.run(dir, LinkageBench.MIN_SECONDS, 2, 25, 60, Network.DEFAULT_LINGER, true,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertTrue(r.linkages() > 0 && r.journalsIntact(), r.toString());
        var stages = List.copyOf(r.stages().values());
        assertEquals(LinkageStages.STEPS.size(), stages.size(), "six stages and the whole: " + r.stages());
        int followed = stages.get(0).linkages();
        assertTrue(followed > 0, "some linkages were followed: " + r.stages());
        double sum = 0;
        for (var st : stages.subList(0, stages.size() - 1)) {
            assertEquals(followed, st.linkages(), "the same linkages in every stage: " + st);
            assertTrue(st.meanMillis() >= 0 && st.p50Millis() <= st.p90Millis() && st.p90Millis() <= st.p99Millis(), st.toString());
            sum += st.meanMillis();
        }
        var whole = stages.get(stages.size() - 1);
        assertEquals("SendQuery", whole.from());
        assertEquals("InquirerReceiveAnswer", whole.to());
        assertEquals(whole.meanMillis(), sum, 1e-6, "the stages' means add up to the whole's");
        assertTrue(whole.p50Millis() <= r.maxMillis(), "a step inside a linkage takes no longer than the slowest linkage");
    }

    @Test
    @Covers("NET-2")
    void theQueryKindsAreAllowedAndDistinct() {
        AnnexTable table = AnnexTable.bundled();
        InstitutionRegistry registry = InstitutionRegistry.sample();
        Authorizer authorizer = new Authorizer(table, registry);
        List<Kind> kinds = LinkageBench.allowedKinds(table, registry, authorizer);
        Set<String> seen = new HashSet<>();
        for (Kind k : kinds) {
            assertTrue(authorizer.decide(k.inquirer(), k.item(), k.provider(), new Category(k.category()))
                    instanceof Decision.Allow, k.toString());
            assertTrue(seen.add(k.inquirer() + "/" + k.provider() + "/" + k.category()), "one kind per triple: " + k);
        }
        assertTrue(kinds.size() > 1);
    }

    @Test
    void budgetsAreChecked() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> LinkageBench.run(dir, LinkageBench.MIN_SECONDS - 1, 8, 60, quiet));
        assertThrows(IllegalArgumentException.class, () -> LinkageBench.run(dir, LinkageBench.MIN_SECONDS, 0, 60, quiet));
        assertThrows(IllegalArgumentException.class,
                () -> LinkageBench.run(dir, LinkageBench.MIN_SECONDS, LinkageBench.MAX_CLIENTS + 1, 60, quiet));
        assertThrows(IllegalArgumentException.class, () -> LinkageBench.run(dir, LinkageBench.MIN_SECONDS, 8, 0, quiet));
        assertThrows(IllegalArgumentException.class, () -> LinkageBench.run(dir, LinkageBench.MIN_SECONDS, 8, 0, 60, quiet));
        assertThrows(IllegalArgumentException.class,
                () -> LinkageBench.run(dir, LinkageBench.MIN_SECONDS, 8, LinkageBench.MAX_BATCH + 1, 60, quiet));
        assertThrows(IllegalArgumentException.class,
                () -> LinkageBench.run(dir, LinkageBench.MIN_SECONDS, 8, 1, 60, java.time.Duration.ofNanos(-1), quiet));
        assertThrows(IllegalArgumentException.class, () -> LinkageBench.run(dir, LinkageBench.MIN_SECONDS, 8, 1, 60,
                LinkageBench.MAX_LINGER.plusNanos(1), quiet));
    }
}
