package bango.records;

import static bango.records.JournalRecordLogTest.failure;
import static bango.records.Records.PENSION;
import static bango.records.Records.appendAll;
import static bango.records.Records.request;
import static bango.records.Records.requests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.records.JournalRecordLog.Limits;
import bango.records.RecordFailure.Reason;
import bango.records.VerificationResult.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fail closed (LOG-1, LOG-4): a record that cannot be made durable fails its append, and the log then
 * refuses everything, so that no provision is released without its record. The disk's faults come
 * from {@link FaultyChannel}.
 */
@Covers({"LOG-1", "LOG-4"})
@Timeout(60)
class FailClosedTest {

    @TempDir(factory = MemoryTempDir.class)
    Path dir;

    FaultyChannel disk;

    JournalRecordLog open(Limits limits) throws IOException {
        return JournalRecordLog.open(dir.resolve("core.journal"), limits, channel -> disk = new FaultyChannel(channel));
    }

    /** With no zeros written ahead: each fault below hits a batch's own write. */
    JournalRecordLog open() throws IOException {
        return open(new Limits(JournalRecordLog.MAX_BATCH, JournalRecordLog.MAX_QUEUED, SerialIndex.MAX_RECORDS));
    }

    @Test
    void aReserveThatCannotBeWrittenFailsItsBatchClosed() throws Exception {
        try (JournalRecordLog log = open(Limits.DEFAULT)) {
            disk.hold();
            CompletableFuture<Void> first = log.append(request(0));
            disk.awaitHeld();
            disk.failNextWrite(10, new IOException("No space left on device")); // the zeros after the batch
            disk.release();
            RecordFailure e = failure(first);
            assertEquals(Reason.WRITE_FAILED, e.reason());
            assertEquals(3, disk.writes.get(), "the header, the batch, then the zeros");
            assertEquals(List.of(), log.readAll());
        }
        assertEquals(List.of(), reopened());
        assertEquals(JournalFormat.HEADER_LINE.length, Files.size(dir.resolve("core.journal")));
    }

    /** Appends {@code first} and stalls the writer in its write; the next appends wait behind it. */
    CompletableFuture<Void> stallWriterOn(JournalRecordLog log, ProvisionRecord first) throws InterruptedException {
        disk.hold();
        CompletableFuture<Void> done = log.append(first);
        disk.awaitHeld();
        return done;
    }

    static List<CompletableFuture<Void>> appendEach(RecordLog log, List<ProvisionRecord> records) {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (ProvisionRecord r : records) {
            done.add(log.append(r));
        }
        return done;
    }

    List<ProvisionRecord> reopened() throws IOException {
        try (JournalRecordLog log = JournalRecordLog.open(dir.resolve("core.journal"))) {
            assertTrue(log.truncatedTail().isEmpty());
            return log.readAll();
        }
    }

    @Test
    void appendsWaitingDuringAForceShareTheNextOne() throws Exception {
        try (JournalRecordLog log = open()) {
            CompletableFuture<Void> first = stallWriterOn(log, request(0));
            List<CompletableFuture<Void>> rest = appendEach(log, requests(1, 99));
            int forcesBefore = disk.forces.get();
            disk.release();
            first.join();
            rest.forEach(CompletableFuture::join);
            assertEquals(forcesBefore + 2, disk.forces.get(), "one force for the first, one for the 99 behind it");
            assertEquals(requests(0, 100), log.readAll());
        }
    }

    @Test
    void aWriteFailingMidBatchFailsTheWholeBatchAndEverythingAfter() throws Exception {
        List<CompletableFuture<Void>> batch;
        try (JournalRecordLog log = open()) {
            CompletableFuture<Void> first = stallWriterOn(log, request(0));
            batch = appendEach(log, requests(1, 10));
            disk.failNextWrite(700, new IOException("No space left on device"));
            disk.release();
            first.join();
            RecordFailure cause = null;
            for (CompletableFuture<Void> f : batch) {
                RecordFailure e = failure(f);
                assertEquals(Reason.WRITE_FAILED, e.reason());
                assertEquals("No space left on device", e.getCause().getMessage());
                cause = cause == null ? e : cause;
                assertSame(cause, e, "the batch fails as one");
            }
            CompletableFuture<Void> later = log.append(request(11));
            assertTrue(later.isCompletedExceptionally(), "refused at once");
            RecordFailure refused = failure(later);
            assertEquals(Reason.FAILED_EARLIER, refused.reason());
            assertSame(cause, refused.getCause());
            assertEquals(List.of(request(0)), log.readAll(), "only what was forced");
            assertEquals(List.of(), log.find(PENSION, 5));
            assertEquals(List.of(request(0)), log.find(PENSION, 0));
            assertEquals(1, log.head().records());
        }
        VerificationResult v = JournalRecordLog.verify(dir.resolve("core.journal"));
        assertEquals(Status.INTACT, v.status(), "the part written of the failed batch was cut off again");
        assertEquals(1, v.records());
        assertEquals(List.of(request(0)), reopened());
    }

    @Test
    void aFailedForceFailsTheBatchAndTheFileIsCutBack() throws Exception {
        try (JournalRecordLog log = open()) {
            appendAll(log, requests(0, 3));
            disk.failNextForce(new IOException("Input/output error"));
            RecordFailure e = failure(log.append(request(3)));
            assertEquals(Reason.FORCE_FAILED, e.reason());
            assertEquals(Reason.FAILED_EARLIER, failure(log.append(request(4))).reason());
            assertEquals(requests(0, 3), log.readAll());
        }
        assertEquals(requests(0, 3), reopened());
    }

    @Test
    void appendsWaitingBehindAFailedBatchFailToo() throws Exception {
        try (JournalRecordLog log = open(new Limits(5, 1000, SerialIndex.MAX_RECORDS))) {
            CompletableFuture<Void> first = stallWriterOn(log, request(0));
            List<CompletableFuture<Void>> waiting = appendEach(log, requests(1, 20));
            disk.failNextForce(new IOException("Input/output error"));
            disk.release();
            assertEquals(Reason.FORCE_FAILED, failure(first).reason());
            for (CompletableFuture<Void> f : waiting) {
                assertEquals(Reason.FAILED_EARLIER, failure(f).reason());
            }
            assertEquals(List.of(), log.readAll());
        }
        assertEquals(List.of(), reopened());
    }

    @Test
    void whenTheFileCannotBeCutBackTheUnforcedBatchIsStillNotReported() throws Exception {
        try (JournalRecordLog log = open()) {
            appendAll(log, requests(0, 2));
            disk.failTruncate(new IOException("Read-only file system"));
            disk.failNextWrite(100, new IOException("Input/output error"));
            RecordFailure e = failure(log.append(request(2)));
            assertEquals(Reason.WRITE_FAILED, e.reason());
            assertEquals("Read-only file system", e.getSuppressed()[0].getMessage());
            assertEquals(requests(0, 2), log.readAll());
        }
        // The 100 bytes left behind are an unfinished batch: the next open cuts them off and says so.
        try (JournalRecordLog log = JournalRecordLog.open(dir.resolve("core.journal"))) {
            assertEquals(100, log.truncatedTail().orElseThrow().bytes());
            assertEquals(requests(0, 2), log.readAll());
        }
    }

    @Test
    void aWriteThatTakesNothingOrThrowsUncheckedFailsClosed() throws Exception {
        try (JournalRecordLog log = open()) {
            disk.writeNothingNext();
            RecordFailure e = failure(log.append(request(0)));
            assertEquals(Reason.WRITE_FAILED, e.reason());
            assertEquals("the file took no bytes", e.getCause().getMessage());
        }
        Files.delete(dir.resolve("core.journal"));
        try (JournalRecordLog log = open()) {
            IllegalStateException bug = new IllegalStateException("driver bug");
            disk.breakNextWrite(bug);
            assertSame(bug, failure(log.append(request(0))).getCause());
            assertEquals(Reason.FAILED_EARLIER, failure(log.append(request(1))).reason());
        }
    }

    @Test
    void anErrorInTheWriterFailsClosedInsteadOfLeavingAppendsWaiting() throws Exception {
        try (JournalRecordLog log = open()) {
            log.append(request(0)).join();
            AssertionError error = new AssertionError("out of something");
            disk.failNextForce(error);
            RecordFailure e = failure(log.append(request(1)));
            assertEquals(Reason.WRITE_FAILED, e.reason());
            assertSame(error, e.getCause());
            assertEquals(Reason.FAILED_EARLIER, failure(log.append(request(2))).reason());
            assertEquals(List.of(request(0)), log.readAll());
        }
        assertEquals(List.of(request(0)), reopened());
    }

    @Test
    void shortWritesAreCompleted() throws Exception {
        try (JournalRecordLog log = open()) {
            disk.writeAtMost(7);
            appendAll(log, requests(0, 5));
            assertTrue(disk.writes.get() > 5 * 300 / 7, "many short writes: " + disk.writes.get());
        }
        assertEquals(requests(0, 5), reopened());
    }

    @Test
    void tooManyWaitingAppendsAreRefusedAtOnce() throws Exception {
        try (JournalRecordLog log = open(new Limits(4096, 2, SerialIndex.MAX_RECORDS))) {
            CompletableFuture<Void> first = stallWriterOn(log, request(0));
            List<CompletableFuture<Void>> waiting = appendEach(log, requests(1, 2));
            CompletableFuture<Void> third = log.append(request(3));
            assertTrue(third.isCompletedExceptionally());
            assertEquals(Reason.OVERLOADED, failure(third).reason());
            disk.release();
            first.join();
            waiting.forEach(CompletableFuture::join);
            log.append(request(4)).join();
            assertEquals(List.of(request(0), request(1), request(2), request(4)), log.readAll(),
                    "an overload refuses the one append, not the log");
        }
    }

    @Test
    void aFullJournalRefusesTheBatchThatDoesNotFit() throws Exception {
        try (JournalRecordLog log = open(new Limits(4096, 100, 3))) {
            appendAll(log, requests(0, 2));
            CompletableFuture<Void> first = stallWriterOn(log, request(2));
            List<CompletableFuture<Void>> more = appendEach(log, requests(3, 2));
            disk.release();
            first.join();
            for (CompletableFuture<Void> f : more) {
                assertEquals(Reason.JOURNAL_FULL, failure(f).reason());
            }
            assertEquals(Reason.FAILED_EARLIER, failure(log.append(request(9))).reason());
            assertEquals(requests(0, 3), log.readAll());
        }
        IOException e = assertThrows(IOException.class, () -> open(new Limits(4096, 100, 2)));
        assertEquals("the journal holds more records than one log can index", e.getMessage());
        assertEquals(requests(0, 3), reopened(), "the refused open released the journal");
    }

    @Test
    void closeWaitsForTheBatchBeingWritten() throws Exception {
        JournalRecordLog log = open();
        CompletableFuture<Void> first = stallWriterOn(log, request(0));
        List<CompletableFuture<Void>> waiting = appendEach(log, requests(1, 3));
        AtomicReference<Throwable> closeFailed = new AtomicReference<>();
        Thread closer = new Thread(() -> {
            try {
                log.close();
            } catch (Throwable t) {
                closeFailed.set(t);
            }
        });
        closer.start();
        while (closer.getState() != Thread.State.WAITING && closer.isAlive()) {
            Thread.onSpinWait();
        }
        assertTrue(closer.isAlive(), "close waits for the writer");
        assertEquals(Reason.CLOSED, failure(log.append(request(9))).reason(), "refused once closing");
        disk.release();
        closer.join(10_000);
        assertFalse(closer.isAlive());
        assertEquals(null, closeFailed.get());
        first.join();
        waiting.forEach(CompletableFuture::join);
        assertEquals(requests(0, 4), reopened());
    }

    @Test
    void anInterruptedCloseStillClosesAndKeepsTheInterrupt() throws Exception {
        JournalRecordLog log = open();
        CompletableFuture<Void> first = stallWriterOn(log, request(0));
        Thread.currentThread().interrupt();
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            disk.release();
        });
        releaser.start();
        log.close();
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        releaser.join();
        first.join();
        assertEquals(List.of(request(0)), reopened());
    }

    @Test
    void aFailedLogClosesAndTheJournalOpensAgain() throws Exception {
        try (JournalRecordLog log = open()) {
            appendAll(log, requests(0, 2));
            disk.failNextForce(new IOException("Input/output error"));
            failure(log.append(request(2)));
        }
        try (JournalRecordLog log = JournalRecordLog.open(dir.resolve("core.journal"))) {
            log.append(request(2)).join();
            assertEquals(requests(0, 3), log.readAll());
        }
    }

    @Test
    void limitsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Limits(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Limits(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Limits(1, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> new Limits(1, 1, SerialIndex.MAX_RECORDS + 1));
        assertEquals(0, new Limits(1, 1, 0).maxRecords());
        assertInstanceOf(Limits.class, new Limits(1, 1, SerialIndex.MAX_RECORDS));
    }
}
