package bango.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.bench.RecordJournalBench.Phase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness counts what the journal holds: a short run's every completed append is in the
 * journal, verified, and its latencies are consistent. (No timing decides anything here.)
 */
class RecordJournalBenchTest {

    @TempDir
    Path dir;

    @Test
    void aShortPhaseCountsExactlyWhatTheJournalHolds() throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        Path journal = dir.resolve("j");
        Phase p = RecordJournalBench.measure(journal, 4096, 4, 100, 300, new PrintStream(progress, true,
                StandardCharsets.UTF_8), "a test");
        assertTrue(p.verified());
        assertEquals(p.appended(), p.journalRecords());
        assertTrue(p.appended() >= p.latencies().length && p.latencies().length > 0);
        assertEquals(p.latencies().length / p.seconds(), p.recordsPerSec(), 1e-6);
        assertTrue(p.percentile(0.5) <= p.percentile(0.99) && p.percentile(0.99) <= p.percentile(1.0));
        assertTrue(p.meanBatch() >= 1.0);
        assertEquals(p.appended() / p.meanBatch(), RecordJournalBench.commitLines(journal), 1e-6);
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains("journal INTACT"));
    }

    @Test
    void theDiskProbeTimesEveryForce() throws Exception {
        long[] times = RecordJournalBench.diskForce(dir.resolve("probe"), 50);
        assertTrue(times.length >= 10);
        for (int i = 1; i < times.length; i++) {
            assertTrue(times[i - 1] <= times[i] && times[0] > 0);
        }
        assertEquals(300L * times.length, Files.size(dir.resolve("probe")));
    }

    @Test
    void budgetsAndAppendersAreChecked() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> RecordJournalBench.run(dir, RecordJournalBench.MIN_SECONDS - 1, 1, quiet));
        assertThrows(IllegalArgumentException.class, () -> RecordJournalBench.run(dir, RecordJournalBench.MIN_SECONDS, 0, quiet));
        assertThrows(IllegalArgumentException.class,
                () -> RecordJournalBench.run(dir, RecordJournalBench.MIN_SECONDS, RecordJournalBench.MAX_APPENDERS + 1, quiet));
    }
}
