package bango.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.identity.CheckDigits;
import org.junit.jupiter.api.Test;

/** The two benchmarked paths issue the same numbers, so the benchmark compares like with like. */
class FpeIssuanceBenchmarkTest {

    @Test
    void oursAndBouncyCastleIssueTheSameNumbers() {
        FpeIssuanceBenchmark bench = new FpeIssuanceBenchmark();
        bench.setUp();
        for (long code : bench.residentCodes) {
            assertEquals(CheckDigits.residentCode(code / 10), code % 10, "inputs are valid resident codes");
        }
        long ourDigest = bench.ours();
        long[] ours = bench.issued.clone();
        long bcDigest = bench.bouncyCastle();
        assertArrayEquals(bench.issued, ours);
        assertEquals(bcDigest, ourDigest);
        for (long number : ours) {
            assertTrue(number >= 0 && number < 1_000_000_000_000L, "12 digits");
            assertEquals(CheckDigits.individualNumber(number / 10), number % 10, "check digit");
        }
    }

    @Test
    void budgetIsSplitIntoWarmupAndMeasurement() {
        IssuanceBench.Plan plan = IssuanceBench.Plan.forBudget(IssuanceBench.DEFAULT_SECONDS);
        int perBenchmark = (plan.warmupIterations() + plan.measurementIterations()) * plan.iterationSeconds();
        assertTrue(2 * perBenchmark <= IssuanceBench.DEFAULT_SECONDS, "within the budget with the forks");
        assertTrue(plan.measurementIterations() > plan.warmupIterations());
        IssuanceBench.Plan smallest = IssuanceBench.Plan.forBudget(IssuanceBench.MIN_SECONDS);
        assertTrue(smallest.warmupIterations() >= 2 && smallest.measurementIterations() >= 3);
        assertThrows(IllegalArgumentException.class, () -> IssuanceBench.Plan.forBudget(IssuanceBench.MIN_SECONDS - 1));
    }
}
