package bango.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.PrintStream;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link FpeIssuanceBenchmark} with JMH from code: our {@code Ff1} against Bouncy Castle's
 * {@code FPEFF1Engine}, each in one forked JVM with as many threads as there are processors, within
 * a budget of wall-clock seconds.
 *
 * <p>The fork is started with this JVM's class path, so it finds the benchmark classes and the
 * {@code META-INF/BenchmarkList} that JMH's annotation processor writes into {@code target/classes}.
 */
public final class IssuanceBench {

    /** Default budget: both benchmarks, forks included, in about a minute. */
    public static final int DEFAULT_SECONDS = 60;

    /**
     * Smallest budget accepted: it still gives each benchmark two warmup and three measured
     * iterations (JMH reports no error for fewer than three), and then takes about 25 s.
     */
    public static final int MIN_SECONDS = 20;

    /**
     * JVM start, JMH set-up, iteration hand-offs and tear-down of one fork, taken off each
     * benchmark's share (measured at 4-8 s on a loaded 2-core machine).
     */
    private static final int FORK_OVERHEAD_SECONDS = 7;

    /** Individual numbers to issue: the whole nation. */
    static final long NATION = 125_000_000L;

    private IssuanceBench() {
    }

    /** What was measured; rates are issued numbers per second summed over all threads. */
    @JsonPropertyOrder({"ours_per_sec", "ours_error_per_sec", "bouncycastle_ff1_per_sec",
        "bouncycastle_ff1_error_per_sec", "ratio", "threads", "nation_seconds", "warmup_iterations",
        "measurement_iterations", "iteration_seconds"})
    public record IssuanceResult(
            @JsonProperty("ours_per_sec") double oursPerSec,
            @JsonProperty("ours_error_per_sec") double oursErrorPerSec,
            @JsonProperty("bouncycastle_ff1_per_sec") double bouncyCastlePerSec,
            @JsonProperty("bouncycastle_ff1_error_per_sec") double bouncyCastleErrorPerSec,
            @JsonProperty("ratio") double ratio,
            @JsonProperty("threads") int threads,
            @JsonProperty("nation_seconds") double nationSeconds,
            @JsonProperty("warmup_iterations") int warmupIterations,
            @JsonProperty("measurement_iterations") int measurementIterations,
            @JsonProperty("iteration_seconds") int iterationSeconds) {
    }

    /** How a budget is spent on each of the two benchmarks. */
    record Plan(int warmupIterations, int measurementIterations, int iterationSeconds) {

        /**
         * Half the budget per benchmark; of that, after the fork's overhead, a third warms up and the
         * rest is measured, in one-second iterations (at least 2 warmup and 3 measured).
         */
        static Plan forBudget(int seconds) {
            if (seconds < MIN_SECONDS) {
                throw new IllegalArgumentException("seconds must be at least " + MIN_SECONDS + ", not " + seconds);
            }
            int timed = seconds / 2 - FORK_OVERHEAD_SECONDS;
            int warmup = Math.max(2, timed / 3);
            return new Plan(warmup, Math.max(3, timed - warmup), 1);
        }
    }

    /**
     * Measures both benchmarks within about {@code seconds} of wall-clock time. Progress lines go to
     * {@code progress}; JMH's own output is silenced.
     */
    public static IssuanceResult run(int seconds, PrintStream progress) throws RunnerException {
        Plan plan = Plan.forBudget(seconds);
        int threads = Runtime.getRuntime().availableProcessors();
        progress.printf("FF1 issuance, AES-256, 11 digits, tweak of generation 0, %d thread(s), "
                + "%d warmup + %d measured iteration(s) of %d s per benchmark%n",
                threads, plan.warmupIterations(), plan.measurementIterations(), plan.iterationSeconds());
        Result<?> ours = measure("ours", "bango.vault.Ff1 batch + check digit", plan, threads, progress);
        Result<?> bc = measure("bouncyCastle", "Bouncy Castle FPEFF1Engine + check digit", plan, threads, progress);
        progress.printf("ratio %.1f%n", ours.getScore() / bc.getScore());
        return new IssuanceResult(ours.getScore(), ours.getScoreError(), bc.getScore(), bc.getScoreError(),
                ours.getScore() / bc.getScore(), threads, NATION / ours.getScore(),
                plan.warmupIterations(), plan.measurementIterations(), plan.iterationSeconds());
    }

    private static Result<?> measure(String method, String what, Plan plan, int threads, PrintStream progress)
            throws RunnerException {
        progress.println("measuring " + what + " ...");
        long start = System.nanoTime();
        Options options = new OptionsBuilder()
                .include("^" + Pattern.quote(FpeIssuanceBenchmark.class.getName() + "." + method) + "$")
                .mode(org.openjdk.jmh.annotations.Mode.Throughput)
                .timeUnit(TimeUnit.SECONDS)
                .forks(1)
                .threads(threads)
                .warmupIterations(plan.warmupIterations())
                .warmupTime(TimeValue.seconds(plan.iterationSeconds()))
                .measurementIterations(plan.measurementIterations())
                .measurementTime(TimeValue.seconds(plan.iterationSeconds()))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results =
                new Runner(options, OutputFormatFactory.createFormatInstance(progress, VerboseMode.SILENT)).run();
        if (results.size() != 1) {
            throw new RunnerException("expected one result for " + method + ", got " + results.size());
        }
        Result<?> result = results.iterator().next().getPrimaryResult();
        progress.printf("  %,.0f ± %,.0f numbers/s (%.1f s)%n",
                result.getScore(), result.getScoreError(), (System.nanoTime() - start) / 1e9);
        return result;
    }
}
