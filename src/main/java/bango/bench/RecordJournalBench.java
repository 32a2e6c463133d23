package bango.bench;

import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import bango.records.JournalRecordLog;
import bango.records.ProvisionRecord;
import bango.records.VerificationResult;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures the provision-record journal as the network uses it: many linkages at once, each
 * awaiting its record's durability before its next step. {@code appenders} threads each append a
 * request and then a provision for serial after serial, waiting for each append, into one journal
 * on a real disk; throughput counts the appends completed in the measured window, latency is from
 * the call of {@code append} to its future's completion.
 *
 * <p>A harness rather than JMH: the quantity measured is the latency of a closed loop of many
 * concurrent waiters on one file, with exact percentiles over all of them, which JMH's modes do not
 * give for one shared resource. In the same run, as the reference, the same journal without group
 * commit (a write and a force per record, {@code JournalRecordLog.open(file, 1)}) and the disk's own
 * latency for one small write and force.
 *
 * <p>Afterwards each journal is verified: its chain is intact and it holds every record whose append
 * completed.
 */
public final class RecordJournalBench {

    /** Default budget, both journals and the disk probe. */
    public static final int DEFAULT_SECONDS = 20;

    /** Smallest budget accepted: a second of warm-up and two of measurement for group commit. */
    public static final int MIN_SECONDS = 4;

    /** Default concurrent appenders. */
    public static final int DEFAULT_APPENDERS = 64;

    /** Most concurrent appenders accepted. */
    public static final int MAX_APPENDERS = 4096;

    private RecordJournalBench() {
    }

    /** What was measured; rates are records per second, latencies microseconds. */
    @JsonPropertyOrder({"records_per_sec", "p50_us", "p99_us", "p999_us", "max_us", "appenders", "mean_batch",
        "unbatched_records_per_sec", "unbatched_p50_us", "unbatched_p99_us", "group_commit_gain",
        "disk_force_p50_us", "disk_force_p99_us", "measured_seconds", "journal_records", "verified", "file_store"})
    public record RecordsResult(
            @JsonProperty("records_per_sec") double recordsPerSec,
            @JsonProperty("p50_us") long p50Micros,
            @JsonProperty("p99_us") long p99Micros,
            @JsonProperty("p999_us") long p999Micros,
            @JsonProperty("max_us") long maxMicros,
            @JsonProperty("appenders") int appenders,
            @JsonProperty("mean_batch") double meanBatch,
            @JsonProperty("unbatched_records_per_sec") double unbatchedRecordsPerSec,
            @JsonProperty("unbatched_p50_us") long unbatchedP50Micros,
            @JsonProperty("unbatched_p99_us") long unbatchedP99Micros,
            @JsonProperty("group_commit_gain") double groupCommitGain,
            @JsonProperty("disk_force_p50_us") long diskForceP50Micros,
            @JsonProperty("disk_force_p99_us") long diskForceP99Micros,
            @JsonProperty("measured_seconds") double measuredSeconds,
            @JsonProperty("journal_records") long journalRecords,
            @JsonProperty("verified") boolean verified,
            @JsonProperty("file_store") String fileStore) {
    }

    /**
     * One journal measured.
     *
     * @param appended every append completed, warm-up included
     * @param journalRecords records the journal holds, verified, after it was closed
     */
    record Phase(double recordsPerSec, long[] latencies, double seconds, double meanBatch, long appended,
            long journalRecords, boolean verified) {

        long percentile(double p) {
            return latencies.length == 0 ? 0 : latencies[(int) Math.min(latencies.length - 1, (long) (p * latencies.length))];
        }
    }

    /**
     * Measures within about {@code seconds} of wall-clock time, with journals in a fresh directory
     * under {@code dir} that is deleted afterwards. Progress lines go to {@code progress}.
     */
    public static RecordsResult run(Path dir, int seconds, int appenders, PrintStream progress)
            throws IOException, InterruptedException {
        if (seconds < MIN_SECONDS) {
            throw new IllegalArgumentException("seconds must be at least " + MIN_SECONDS + ", not " + seconds);
        }
        if (appenders < 1 || appenders > MAX_APPENDERS) {
            throw new IllegalArgumentException("appenders must be 1 to " + MAX_APPENDERS + ", not " + appenders);
        }
        long budget = TimeUnit.SECONDS.toMillis(seconds);
        Path work = Files.createTempDirectory(dir, "bango-bench-records-");
        try {
            String store = Files.getFileStore(work).type();
            progress.printf("provision-record journal in %s (%s), %d appenders, %d s%n", work, store, appenders, seconds);
            long[] force = diskForce(work.resolve("probe"), budget / 20);
            progress.printf("disk: one small write and force, p50 %d us, p99 %d us%n", micros(force[force.length / 2]),
                    micros(force[(int) (force.length * 0.99)]));
            Phase grouped = measure(work.resolve("grouped.journal"), 4096, appenders, budget * 2 / 9, budget * 5 / 9,
                    progress, "group commit");
            Phase single = measure(work.resolve("unbatched.journal"), 1, appenders, budget / 18, budget / 9,
                    progress, "a force per record");
            return new RecordsResult(grouped.recordsPerSec(), micros(grouped.percentile(0.5)),
                    micros(grouped.percentile(0.99)), micros(grouped.percentile(0.999)),
                    micros(grouped.percentile(1.0)), appenders, grouped.meanBatch(), single.recordsPerSec(),
                    micros(single.percentile(0.5)), micros(single.percentile(0.99)),
                    grouped.recordsPerSec() / single.recordsPerSec(), micros(force[force.length / 2]),
                    micros(force[(int) (force.length * 0.99)]), grouped.seconds(), grouped.journalRecords(),
                    grouped.verified() && single.verified(), store);
        } finally {
            deleteTree(work);
        }
    }

    /** The latencies, sorted, of one small write and force after another. */
    static long[] diskForce(Path file, long millis) throws IOException {
        List<Long> times = new ArrayList<>();
        ByteBuffer line = ByteBuffer.wrap(("x".repeat(299) + "\n").getBytes(StandardCharsets.US_ASCII));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(100, millis));
            long position = 0;
            while (System.nanoTime() < end || times.size() < 10) {
                long t0 = System.nanoTime();
                line.rewind();
                position += channel.write(line, position);
                channel.force(false);
                times.add(System.nanoTime() - t0);
            }
        }
        return times.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** Runs {@code appenders} closed-loop appenders against one journal: warm-up, then measurement. */
    static Phase measure(Path file, int maxBatch, int appenders, long warmupMillis, long measureMillis,
            PrintStream progress, String what) throws IOException, InterruptedException {
        progress.printf("measuring %s ...%n", what);
        Appender[] threads = new Appender[appenders];
        Window window = new Window();
        try (JournalRecordLog log = JournalRecordLog.open(file, maxBatch)) {
            for (int i = 0; i < appenders; i++) {
                threads[i] = new Appender(log, new InstitutionId(i), window);
                threads[i].start();
            }
            Thread.sleep(warmupMillis);
            window.start = System.nanoTime();
            Thread.sleep(measureMillis);
            window.end = System.nanoTime();
            window.stop = true;
            for (Appender a : threads) {
                a.join();
            }
        }
        for (Appender a : threads) {
            if (a.failure != null) {
                throw new IllegalStateException("an append failed", a.failure);
            }
        }
        long appended = Arrays.stream(threads).mapToLong(a -> a.appended).sum();
        long[] latencies = Arrays.stream(threads).flatMapToLong(a -> Arrays.stream(a.latencies, 0, a.measured))
                .sorted().toArray();
        double seconds = (window.end - window.start) / 1e9;
        VerificationResult v = JournalRecordLog.verify(file);
        double meanBatch = (double) v.records() / commitLines(file);
        Phase phase = new Phase(latencies.length / seconds, latencies, seconds, meanBatch, appended, v.records(),
                v.intact() && v.records() == appended);
        progress.printf("  %,.0f records/s, p50 %d us, p99 %d us, %.1f records per force, journal %s with %,d records%n",
                phase.recordsPerSec(), micros(phase.percentile(0.5)), micros(phase.percentile(0.99)), meanBatch,
                v.status(), v.records());
        return phase;
    }

    /** Commit lines in a journal: one per batch, one force each. */
    static long commitLines(Path journal) throws IOException {
        try (Stream<String> lines = Files.lines(journal, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("\"commit\":", 75)).count();
        }
    }

    /** When measuring starts and ends (nanoTime), and when to stop. */
    static final class Window {
        volatile long start = Long.MAX_VALUE;
        volatile long end = Long.MAX_VALUE;
        volatile boolean stop;
    }

    /** One linkage after another: a request, then its provision, each awaited. */
    static final class Appender extends Thread {
        private final JournalRecordLog log;
        private final InstitutionId inquirer;
        private final Window window;
        private final String person;
        long[] latencies = new long[1 << 12];
        int measured;
        long appended;
        Throwable failure;

        Appender(JournalRecordLog log, InstitutionId inquirer, Window window) {
            super("appender " + inquirer);
            this.log = log;
            this.inquirer = inquirer;
            this.window = window;
            this.person = new InstitutionCode(inquirer.value() * 0x9E3779B97F4A7C15L, ~inquirer.value()).text();
            setDaemon(true);
        }

        @Override
        public void run() {
            InstitutionId provider = new InstitutionId(inquirer.value() + 1);
            try {
                for (long serial = 0; !window.stop; serial++) {
                    ProvisionRecord request = ProvisionRecord.request(inquirer, provider, 1 + (int) (serial % 173),
                            "地方税関係情報", serial, person, Instant.now());
                    append(request);
                    append(request.provided(Instant.now()));
                }
            } catch (Throwable t) {
                failure = t;
            }
        }

        private void append(ProvisionRecord r) {
            long t0 = System.nanoTime();
            log.append(r).join();
            long t1 = System.nanoTime();
            appended++;
            if (t1 >= window.start && t1 < window.end) {
                if (measured == latencies.length) {
                    latencies = Arrays.copyOf(latencies, 2 * measured);
                }
                latencies[measured++] = t1 - t0;
            }
        }
    }

    private static long micros(long nanos) {
        return TimeUnit.NANOSECONDS.toMicros(nanos);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
