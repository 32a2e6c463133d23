package bango.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import bango.Covers;
import bango.codes.CodePermutation;
import bango.codes.InstitutionCode;
import bango.issuance.Issuance;
import bango.jlis.SeededFaults;
import bango.modelcheck.TlcResult;
import bango.trace.IdentifiersTraceModule;
import bango.trace.RecordingTracer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trace validation: random runs of the implementation (QuickTheories scenarios of issuance,
 * reissuance, code requests with current and replaced numbers, served in any order, across several
 * municipalities and institutions) are checked by TLC against Identifiers.tla through
 * TraceIdentifiers.tla, every invariant included. Runs are batched so TLC starts once per batch.
 */
@Covers({"ID-1", "ID-2", "ID-3", "ID-4", "ID-5", "ID-6", "ID-7", "ID-8",
         "CODE-1", "CODE-2", "CODE-3", "CODE-4", "CODE-5"})
class IdentifiersTraceValidationTest {

    static final int RUNS = 200;
    static final int BATCH = 25;
    static final long SEED = 20261129L;

    @TempDir
    Path dir;

    @Test
    void twoHundredRandomRunsConformToTheSpec() throws Exception {
        List<IdentifiersTraceModule.Run> runs = new ArrayList<>();
        qt().withFixedSeed(SEED).withExamples(RUNS).forAll(IdentifierScenarios.scenarios(40))
                .checkAssert(s -> runs.add(s.run(runs.size())));
        assertEquals(RUNS, runs.size());
        long events = runs.stream().mapToLong(r -> r.events().size()).sum();
        assertTrue(events > RUNS * 5L, "runs too short to mean anything: " + events + " events");
        for (int start = 0; start < RUNS; start += BATCH) {
            int from = start;
            List<IdentifiersTraceModule.Run> batch = runs.subList(from, Math.min(RUNS, from + BATCH));
            TraceValidation.Verdict verdict = TraceValidation.identifiers(dir.resolve("batch" + from), batch);
            assertEquals(TlcResult.Outcome.PASS, verdict.result().outcome(),
                    () -> "runs " + from + ".. diverge from Identifiers.tla: " + verdict.describe());
        }
    }

    /** A J-LIS that skips its history check issues a number twice; the spec cannot follow it (ID-3). */
    @Test
    @Covers({"ID-3"})
    void aJlisWithoutHistoryCheckIsCaught() throws Exception {
        List<IdentifiersTraceModule.Run> runs = new ArrayList<>();
        qt().withFixedSeed(SEED).withExamples(BATCH).forAll(IdentifierScenarios.scenarios(40))
                .checkAssert(s -> {
                    IdentifierScenario narrow = new IdentifierScenario(s.seed(), 6, s.municipalities(),
                            s.institutions(), true, s.ops());
                    RecordingTracer tracer = new RecordingTracer();
                    Issuance world = new Issuance(
                            SeededFaults.jlisWithoutHistoryCheck(narrow.permutation(), tracer),
                            narrow.codePermutation(), tracer);
                    runs.add(narrow.run(runs.size(), world, tracer));
                });
        TraceValidation.Verdict verdict = TraceValidation.identifiers(dir, runs);
        assertEquals(TlcResult.Outcome.DEADLOCK, verdict.result().outcome(), verdict::describe);
        assertEquals("JlisIssue", verdict.divergence() == null ? null : verdict.divergence().action(), verdict::describe);
    }

    /** Codes computed without the institution collide across institutions (CODE-3d). */
    @Test
    @Covers({"CODE-3"})
    void codesWithoutTheInstitutionAreCaught() throws Exception {
        List<IdentifiersTraceModule.Run> runs = new ArrayList<>();
        qt().withFixedSeed(SEED).withExamples(BATCH).forAll(IdentifierScenarios.scenarios(40))
                .checkAssert(s -> {
                    IdentifierScenario multi = new IdentifierScenario(s.seed(), s.residents(), s.municipalities(),
                            3, s.narrow(), s.ops());
                    CodePermutation real = multi.codePermutation();
                    CodePermutation ignoringInstitution = new CodePermutation() {
                        @Override
                        public InstitutionCode forward(long institution, long person) {
                            return real.forward(0, person);
                        }

                        @Override
                        public long[] inverse(InstitutionCode code) {
                            return real.inverse(code);
                        }
                    };
                    RecordingTracer tracer = new RecordingTracer();
                    runs.add(multi.run(runs.size(), new Issuance(multi.permutation(), ignoringInstitution, tracer), tracer));
                });
        TraceValidation.Verdict verdict = TraceValidation.identifiers(dir, runs);
        assertEquals(TlcResult.Outcome.DEADLOCK, verdict.result().outcome(), verdict::describe);
        assertEquals("IssueCode", verdict.divergence() == null ? null : verdict.divergence().action(), verdict::describe);
    }
}
