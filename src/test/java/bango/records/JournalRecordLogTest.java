package bango.records;

import static bango.records.Records.CITY;
import static bango.records.Records.PENSION;
import static bango.records.Records.T0;
import static bango.records.Records.appendAll;
import static bango.records.Records.code;
import static bango.records.Records.lines;
import static bango.records.Records.request;
import static bango.records.Records.requests;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.codes.InstitutionId;
import bango.records.RecordFailure.Reason;
import bango.records.VerificationResult.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal as a record log: append, read back, find by serial, reopen, close. */
@Covers({"LOG-1"})
class JournalRecordLogTest {

    static final String HEADER = "{\"journal\":\"bango provision records\",\"format\":1}";

    @TempDir(factory = MemoryTempDir.class)
    Path dir;

    Path journal() {
        return dir.resolve("i1.journal");
    }

    static RecordFailure failure(CompletableFuture<Void> future) {
        CompletionException e = assertThrows(CompletionException.class, future::join);
        return assertInstanceOf(RecordFailure.class, e.getCause());
    }

    @Test
    void aNewJournalIsItsHeaderAndHoldsNothing() throws IOException {
        try (JournalRecordLog log = JournalRecordLog.open(journal())) {
            assertEquals(List.of(), log.readAll());
            assertEquals(List.of(), log.find(PENSION, 1));
            assertEquals(0, log.head().records());
            assertTrue(log.truncatedTail().isEmpty());
            assertEquals(journal(), log.file());
        }
        assertEquals(List.of(HEADER), lines(journal()));
        VerificationResult v = JournalRecordLog.verify(journal());
        assertEquals(new VerificationResult(Status.INTACT, 1, 0, 0, null, v.head()), v);
        assertTrue(v.intact());
        assertEquals(hex(sha256(HEADER + "\n")), v.head(), "the chain starts from the header's hash");
    }

    @Test
    void appendedRecordsAreReadBackInOrderAndFoundBySerial() throws IOException {
        ProvisionRecord asked = request(5);
        ProvisionRecord provided = asked.provided(T0.plusSeconds(1));
        ProvisionRecord other = request(6);
        ProvisionRecord otherInquirer = request(new InstitutionId(3), 5);
        try (JournalRecordLog log = JournalRecordLog.open(journal())) {
            appendAll(log, List.of(asked, other, provided, otherInquirer));
            assertEquals(List.of(asked, other, provided, otherInquirer), log.readAll());
            assertEquals(List.of(asked, provided), log.find(PENSION, 5));
            assertEquals(List.of(other), log.find(PENSION, 6));
            assertEquals(List.of(otherInquirer), log.find(new InstitutionId(3), 5));
            assertEquals(List.of(), log.find(PENSION, 7));
            assertEquals(List.of(), log.find(CITY, 5));
            assertEquals(4, log.head().records());
        }
    }

    @Test
    void reopeningRestoresTheRecordsTheIndexAndTheChainHead() throws IOException {
        List<ProvisionRecord> first = requests(0, 20);
        JournalHead head;
        try (JournalRecordLog log = JournalRecordLog.open(journal())) {
            appendAll(log, first);
            head = log.head();
        }
        List<ProvisionRecord> all = new ArrayList<>(first);
        try (JournalRecordLog log = JournalRecordLog.open(journal())) {
            assertEquals(head, log.head());
            assertEquals(first, log.readAll());
            assertEquals(List.of(request(13)), log.find(PENSION, 13));
            assertTrue(log.truncatedTail().isEmpty());
            ProvisionRecord later = request(13).provided(T0.plusSeconds(9));
            log.append(later).join();
            all.add(later);
            assertEquals(List.of(request(13), later), log.find(PENSION, 13));
        }
        VerificationResult v = JournalRecordLog.verify(journal());
        assertEquals(Status.INTACT, v.status());
        assertEquals(21, v.records());
        try (JournalRecordLog log = JournalRecordLog.open(journal())) {
            assertEquals(all, log.readAll());
            assertEquals(v.head(), log.head().hash());
        }
    }

    /** The format as the package documentation describes it, checked here with a digest of our own. */
    @Test
    void eachLineCarriesTheHashOfThePreviousHashAndItsPayload() throws Exception {
        try (JournalRecordLog log = JournalRecordLog.open(journal())) {
            appendAll(log, requests(0, 3));
            log.append(request(1).held("restricted")).join();
        }
        List<String> lines = lines(journal());
        assertEquals(HEADER, lines.get(0));
        assertEquals(1 + 2 * 4, lines.size(), "each record was durable before the next: a commit line each");
        byte[] previous = sha256(HEADER + "\n");
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.startsWith("{\"hash\":\"") && line.endsWith("}"), line);
            String stated = line.substring(9, 73);
            String payload = line.substring(75, line.length() - 1);
            assertEquals("\",", line.substring(73, 75));
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            previous = sha.digest(payload.getBytes(StandardCharsets.UTF_8));
            assertEquals(hex(previous), stated);
        }
        assertEquals("\"record\":{\"kind\":\"REQUEST\",\"inquirer\":1,\"provider\":2,\"item\":1,"
                + "\"category\":\"住民票関係情報\",\"serial\":0,\"person\":\"" + code(1, 0) + "\","
                + "\"requestedAt\":\"2026-11-30T09:00:00Z\"}", lines.get(1).substring(75, lines.get(1).length() - 1));
        assertTrue(lines.get(2).substring(75).startsWith("\"commit\":{\"records\":1,\"batch\":1,\"at\":\""), lines.get(2));
        assertTrue(lines.get(8).substring(75).startsWith("\"commit\":{\"records\":4,\"batch\":1,"), lines.get(8));
        assertTrue(lines.get(7).contains("\"kind\":\"HOLD\"") && lines.get(7).contains("\"reason\":\"restricted\""));
        assertEquals(hex(previous), JournalRecordLog.verify(journal()).head());
    }

    @Test
    void textThatIsNotPlainStaysOnItsLineAndRoundTrips() throws IOException {
        ProvisionRecord odd = ProvisionRecord.request(PENSION, CITY, 173, "a\"b\\c\nd\u0000e\u2028f 𠮷", 9,
                code(1, 2) + ">" + code(3, 4), T0).refused("line\nbreak \"quoted\" }{");
        try (JournalRecordLog log = JournalRecordLog.open(journal())) {
            log.append(odd).join();
        }
        assertEquals(3, lines(journal()).size());
        try (JournalRecordLog log = JournalRecordLog.open(journal())) {
            assertEquals(List.of(odd), log.readAll());
            assertEquals(List.of(odd), log.find(PENSION, 9));
        }
    }

    @Test
    void afterCloseAppendFailsAtOnceAndReadsAreRefused() throws IOException {
        JournalRecordLog log = JournalRecordLog.open(journal());
        log.append(request(1)).join();
        log.close();
        CompletableFuture<Void> late = log.append(request(2));
        assertTrue(late.isCompletedExceptionally(), "failed at once, not later");
        assertEquals(Reason.CLOSED, failure(late).reason());
        assertEquals(Reason.CLOSED, assertThrows(RecordFailure.class, log::readAll).reason());
        assertEquals(Reason.CLOSED, assertThrows(RecordFailure.class, () -> log.find(PENSION, 1)).reason());
        log.close(); // again: nothing happens
        assertEquals(1, JournalRecordLog.verify(journal()).records());
    }

    @Test
    void closeMakesEveryAcceptedAppendDurableFirst() throws IOException {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        try (JournalRecordLog log = JournalRecordLog.open(journal())) {
            for (ProvisionRecord r : requests(0, 500)) {
                done.add(log.append(r));
            }
        }
        for (CompletableFuture<Void> d : done) {
            assertTrue(d.isDone() && !d.isCompletedExceptionally());
        }
        try (JournalRecordLog log = JournalRecordLog.open(journal())) {
            assertEquals(requests(0, 500), log.readAll());
        }
    }

    @Test
    void closingFromAnActionOnTheWriterThreadDoesNotWaitForItself() throws Exception {
        JournalRecordLog log = JournalRecordLog.open(journal());
        CompletableFuture<Void> closed = log.append(request(1)).thenRun(log::close);
        closed.join();
        assertEquals(Reason.CLOSED, failure(log.append(request(2))).reason());
        // The writer releases the file when it has drained: the journal can be opened again.
        JournalRecordLog again = null;
        for (int attempt = 0; again == null; attempt++) {
            try {
                again = JournalRecordLog.open(journal());
            } catch (JournalInUseException stillClosing) {
                assertTrue(attempt < 1000, "the writer never released the journal");
                Thread.sleep(10);
            }
        }
        try (JournalRecordLog reopened = again) {
            assertEquals(List.of(request(1)), reopened.readAll());
        }
    }

    @Test
    void oneLogPerJournal() throws IOException {
        try (JournalRecordLog log = JournalRecordLog.open(journal())) {
            assertThrows(JournalInUseException.class, () -> JournalRecordLog.open(journal()));
            log.append(request(1)).join();
            assertEquals(List.of(request(1)), log.readAll(), "the refused second open changed nothing");
        }
        try (JournalRecordLog log = JournalRecordLog.open(journal())) {
            assertEquals(1, log.head().records());
        }
    }

    @Test
    void withBatchesOfOneEveryRecordHasItsOwnCommit() throws IOException {
        try (JournalRecordLog log = JournalRecordLog.open(journal(), 1)) {
            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (ProvisionRecord r : requests(0, 50)) {
                done.add(log.append(r));
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
        }
        List<String> lines = lines(journal());
        assertEquals(1 + 2 * 50, lines.size());
        for (int i = 2; i < lines.size(); i += 2) {
            assertTrue(lines.get(i).contains("\"batch\":1,"), lines.get(i));
        }
        assertThrows(IllegalArgumentException.class, () -> JournalRecordLog.open(journal(), 0));
    }

    @Test
    void nullsAreRefused() throws IOException {
        try (JournalRecordLog log = JournalRecordLog.open(journal())) {
            assertThrows(NullPointerException.class, () -> log.append(null));
            assertThrows(NullPointerException.class, () -> log.find(null, 1));
            assertEquals(List.of(), log.readAll());
        }
    }

    @Test
    void aFileThatIsNotAJournalIsRefusedAndLeftAsItWas() throws IOException {
        byte[] text = "name,number\nsomeone,123456789018\n".getBytes(StandardCharsets.UTF_8);
        Files.write(journal(), text);
        CorruptJournalException e = assertThrows(CorruptJournalException.class, () -> JournalRecordLog.open(journal()));
        assertEquals(1, e.line());
        assertFalse(e.getMessage().contains("123456789018"));
        assertArrayEquals(text, Files.readAllBytes(journal()));
        VerificationResult v = JournalRecordLog.verify(journal());
        assertEquals(Status.BROKEN, v.status());
        assertEquals(1, v.firstBadLine());
        assertEquals(0, v.lines());
    }

    @Test
    void anEmptyFileBecomesAJournal() throws IOException {
        Files.write(journal(), new byte[0]);
        assertEquals(Status.INTACT, JournalRecordLog.verify(journal()).status());
        try (JournalRecordLog log = JournalRecordLog.open(journal())) {
            assertTrue(log.truncatedTail().isEmpty());
            log.append(request(1)).join();
        }
        assertEquals(HEADER, lines(journal()).get(0));
    }

    @Test
    void aMissingFileIsUnreadable() {
        VerificationResult v = JournalRecordLog.verify(dir.resolve("none.journal"));
        assertEquals(Status.UNREADABLE, v.status());
        assertFalse(v.intact());
        assertNull(v.head());
        assertTrue(v.problem().contains("NoSuchFileException"), v.problem());
        assertThrows(IOException.class, () -> JournalRecordLog.open(dir.resolve("no/such/dir/x.journal")));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
