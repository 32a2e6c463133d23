package bango.records;

import static bango.records.Records.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.records.JournalRecordLog.Limits;
import bango.records.VerificationResult.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zeros a journal's writer keeps written ahead of its last batch, so that a force need not grow
 * the file: they are not lines, a crash that leaves them loses nothing and reports no torn tail,
 * and a closed journal ends with its last commit line.
 */
@Covers("LOG-4")
class ReservedSpaceTest {

    @TempDir(factory = MemoryTempDir.class)
    Path dir;

    /** Where the journal's lines end: after its last newline. */
    static int linesEnd(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        return end;
    }

    static boolean zerosFrom(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void anOpenJournalHoldsZerosAfterItsLastCommitAndACrashThereLosesNothing() throws Exception {
        Path journal = dir.resolve("j");
        try (JournalRecordLog log = JournalRecordLog.open(journal)) {
            log.append(request(0)).join();
            byte[] bytes = Files.readAllBytes(journal);
            int end = linesEnd(bytes);
            assertEquals(end + JournalRecordLog.RESERVE, bytes.length, "the reserve follows the batch");
            assertTrue(zerosFrom(bytes, end));
            VerificationResult v = JournalRecordLog.verify(journal);
            assertEquals(Status.INTACT, v.status());
            assertEquals(1, v.records());

            // The file as a crash now would leave it.
            Path crashed = dir.resolve("crashed");
            Files.write(crashed, bytes);
            try (JournalRecordLog again = JournalRecordLog.open(crashed)) {
                assertEquals(List.of(request(0)), again.readAll());
                assertTrue(again.truncatedTail().isEmpty(), "zeros ahead are no torn tail");
            }
            assertEquals(end, Files.size(crashed), "closed, it ends with its last commit line");

            log.append(request(1)).join(); // written over the zeros
            assertEquals(List.of(request(0), request(1)), log.readAll());
        }
        byte[] closed = Files.readAllBytes(journal);
        assertEquals(linesEnd(closed), closed.length, "a closed journal ends with its last commit line");
        assertEquals(2, JournalRecordLog.verify(journal).records());
        try (JournalRecordLog log = JournalRecordLog.open(journal)) {
            assertEquals(List.of(request(0), request(1)), log.readAll());
        }
    }

    @Test
    void theReserveIsToppedUpOnceHalfOfItIsUsed() throws Exception {
        Path journal = dir.resolve("j");
        int reserve = 2048;
        List<Long> sizes = new ArrayList<>();
        try (JournalRecordLog log = JournalRecordLog.open(journal, new Limits(16, 100, 1000, reserve),
                UnaryOperator.identity())) {
            for (int i = 0; i < 12; i++) {
                log.append(request(i)).join();
                byte[] bytes = Files.readAllBytes(journal);
                int ahead = bytes.length - linesEnd(bytes);
                assertTrue(ahead >= reserve / 2 && ahead <= reserve, "zeros ahead: " + ahead);
                assertTrue(zerosFrom(bytes, linesEnd(bytes)));
                sizes.add((long) bytes.length);
            }
        }
        long grew = 0;
        for (int i = 1; i < sizes.size(); i++) {
            grew += sizes.get(i) > sizes.get(i - 1) ? 1 : 0;
        }
        assertTrue(grew > 0 && grew < sizes.size() - 1, "the file grows now and then, not with every batch: " + sizes);
        assertEquals(12, JournalRecordLog.verify(journal).records());
    }

    @Test
    void aReserveIsZeroOrMore() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Limits(1, 1, 1, -1));
        assertEquals(0, new Limits(1, 1, 1).reserve());
        assertEquals(JournalRecordLog.RESERVE, Limits.DEFAULT.reserve());
    }
}
