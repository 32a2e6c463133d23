package bango.records;

import static bango.records.Records.appendAll;
import static bango.records.Records.isCommitLine;
import static bango.records.Records.lineStarts;
import static bango.records.Records.lines;
import static bango.records.Records.requests;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.records.VerificationResult.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/**
 * A crash while a batch is being written leaves its lines cut, zeroed or partly lost; none of them
 * was reported durable. Opening the journal cuts them off, reports it, and keeps every committed
 * batch (LOG-4: nothing durable is lost, nothing unfinished is kept).
 */
@Covers({"LOG-4"})
class TornTailTest {

    @TempDir(factory = MemoryTempDir.class)
    Path dir;

    /** A journal's bytes and its records, batch by batch. */
    record Written(byte[] bytes, List<List<ProvisionRecord>> batches) {
    }

    /**
     * Writes a journal of six batches, of 1, 3, 1, 4, 1 and 3 records: in each round the writer is
     * held on the round's first record, so that the rest wait and share the next force.
     */
    Written write(Path journal) throws Exception {
        List<List<ProvisionRecord>> rounds = List.of(requests(0, 4), requests(4, 5), requests(9, 4));
        List<List<ProvisionRecord>> batches = new ArrayList<>();
        FaultyChannel[] disk = new FaultyChannel[1];
        try (JournalRecordLog log = JournalRecordLog.open(journal, JournalRecordLog.Limits.DEFAULT,
                c -> disk[0] = new FaultyChannel(c))) {
            for (List<ProvisionRecord> round : rounds) {
                disk[0].hold();
                CompletableFuture<Void> first = log.append(round.get(0));
                disk[0].awaitHeld();
                List<CompletableFuture<Void>> rest = new ArrayList<>();
                round.subList(1, round.size()).forEach(r -> rest.add(log.append(r)));
                disk[0].release();
                first.join();
                rest.forEach(CompletableFuture::join);
                batches.add(round.subList(0, 1));
                batches.add(round.subList(1, round.size()));
            }
        }
        List<String> commits = lines(journal).stream().filter(Records::isCommitLine).toList();
        assertEquals(6, commits.size());
        for (int i = 0; i < 6; i++) {
            assertTrue(commits.get(i).contains("\"batch\":" + batches.get(i).size() + ","), commits.get(i));
        }
        return new Written(Files.readAllBytes(journal), batches);
    }

    static List<ProvisionRecord> upTo(List<List<ProvisionRecord>> batches, int count) {
        List<ProvisionRecord> records = new ArrayList<>();
        batches.subList(0, count).forEach(records::addAll);
        return records;
    }

    /** The ends of the commit lines, in bytes from the start. */
    static List<Long> commitEnds(byte[] bytes) {
        long[] starts = lineStarts(bytes);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        List<Long> ends = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (isCommitLine(lines[i])) {
                ends.add(starts[i + 1]);
            }
        }
        return ends;
    }

    List<ProvisionRecord> openAndRead(Path journal) throws IOException {
        try (JournalRecordLog log = JournalRecordLog.open(journal)) {
            return log.readAll();
        }
    }

    @Test
    void anIncompleteLastLineIsCutOffAndReported() throws IOException {
        Path journal = dir.resolve("j");
        try (JournalRecordLog log = JournalRecordLog.open(journal)) {
            appendAll(log, requests(0, 3));
        }
        byte[] whole = Files.readAllBytes(journal);
        Files.write(journal, "{\"hash\":\"0a1b".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);

        VerificationResult v = JournalRecordLog.verify(journal);
        assertEquals(Status.TORN_TAIL, v.status());
        assertEquals(8, v.firstBadLine());
        assertEquals(7, v.lines());
        assertEquals(3, v.records());
        assertTrue(v.problem().contains("line 8: it is incomplete"), v.problem());

        try (JournalRecordLog log = JournalRecordLog.open(journal)) {
            assertEquals(new TornTail(8, 1, 13), log.truncatedTail().orElseThrow());
            assertEquals(requests(0, 3), log.readAll());
            assertEquals(v.head(), log.head().hash());
        }
        assertArrayEquals(whole, Files.readAllBytes(journal));
        assertEquals(Status.INTACT, JournalRecordLog.verify(journal).status());
    }

    @Test
    void recordsWithoutTheirCommitLineWereNeverDurableAndAreCutOff() throws Exception {
        Path journal = dir.resolve("j");
        Written w = write(journal);
        List<Long> ends = commitEnds(w.bytes());
        // Drop the last commit line only: the last batch's records are whole but were never committed.
        long lastCommitStart = lineStarts(w.bytes())[lines(journal).size() - 1];
        Files.write(journal, Arrays.copyOf(w.bytes(), (int) lastCommitStart));
        VerificationResult v = JournalRecordLog.verify(journal);
        assertEquals(Status.TORN_TAIL, v.status());
        assertTrue(v.problem().contains("it has no commit line"), v.problem());
        try (JournalRecordLog log = JournalRecordLog.open(journal)) {
            TornTail torn = log.truncatedTail().orElseThrow();
            assertEquals(3, torn.lines());
            assertEquals(lastCommitStart - ends.get(4), torn.bytes());
            assertEquals(upTo(w.batches(), 5), log.readAll());
        }
    }

    @Test
    void zerosAndLostPagesInTheLastBatchAreATornTail() throws Exception {
        Path journal = dir.resolve("j");
        Written w = write(journal);
        List<Long> ends = commitEnds(w.bytes());
        int lastBatchStart = (int) (long) ends.get(4);

        // The last batch's pages never written, zeros from its first line on: the journal ends
        // before them, as it does before the zeros its writer keeps written ahead; the batch was
        // never reported durable, and it is not kept.
        byte[] zeros = Arrays.copyOf(w.bytes(), w.bytes().length + 4096);
        Arrays.fill(zeros, lastBatchStart, zeros.length, (byte) 0);
        Files.write(journal, zeros);
        assertEquals(Status.INTACT, JournalRecordLog.verify(journal).status());
        assertEquals(upTo(w.batches(), 5), openAndRead(journal));
        assertEquals(lastBatchStart, Files.size(journal), "opening cut the zeros off");

        // Zeros from within the last batch's first line on: a torn tail.
        Arrays.fill(zeros, 0, zeros.length, (byte) 0);
        System.arraycopy(w.bytes(), 0, zeros, 0, lastBatchStart + 30);
        Files.write(journal, zeros);
        assertEquals(Status.TORN_TAIL, JournalRecordLog.verify(journal).status());
        assertEquals(upTo(w.batches(), 5), openAndRead(journal));

        // A page inside the last batch lost, the commit line after it written.
        byte[] lost = w.bytes().clone();
        Arrays.fill(lost, lastBatchStart + 10, lastBatchStart + 60, (byte) 0);
        Files.write(journal, lost);
        assertEquals(Status.TORN_TAIL, JournalRecordLog.verify(journal).status());
        assertEquals(upTo(w.batches(), 5), openAndRead(journal));
    }

    @Test
    void aCutHeaderIsAJournalThatNeverHeldAnything() throws IOException {
        Path journal = dir.resolve("j");
        byte[] header = JournalFormat.HEADER_LINE;
        for (byte[] cut : List.of(Arrays.copyOf(header, 10), Arrays.copyOf(header, header.length - 1),
                Arrays.copyOf(Arrays.copyOf(header, 20), 4096))) {
            Files.write(journal, cut);
            VerificationResult v = JournalRecordLog.verify(journal);
            assertEquals(Status.TORN_TAIL, v.status());
            assertEquals(1, v.firstBadLine());
            assertEquals(0, v.lines());
            try (JournalRecordLog log = JournalRecordLog.open(journal)) {
                assertEquals(new TornTail(1, 1, cut.length), log.truncatedTail().orElseThrow());
                assertEquals(List.of(), log.readAll());
            }
            assertArrayEquals(header, Files.readAllBytes(journal), "the header is written anew");
        }
        // Not a cut header: something else, which is refused.
        byte[] other = Arrays.copyOf(header, 20);
        other[19] = 'x';
        Files.write(journal, other);
        assertEquals(Status.BROKEN, JournalRecordLog.verify(journal).status());
    }

    /** Wherever a crash cuts the file, opening keeps exactly the batches committed before the cut. */
    @Test
    void aCutAnywhereKeepsExactlyTheBatchesCommittedBeforeIt() throws Exception {
        Path original = dir.resolve("original");
        Written w = write(original);
        List<Long> ends = commitEnds(w.bytes());
        assertEquals(6, ends.size());
        Path journal = dir.resolve("cut");
        QuickTheory.qt().withFixedSeed(0x70_72_6E).withExamples(100)
                .forAll(SourceDSL.integers().between(0, w.bytes().length))
                .checkAssert(cut -> {
                    try {
                        Files.write(journal, Arrays.copyOf(w.bytes(), cut));
                        int committed = (int) ends.stream().filter(e -> e <= cut).count();
                        long committedEnd = committed == 0 ? JournalFormat.HEADER_LINE.length : ends.get(committed - 1);
                        boolean torn = cut != committedEnd && cut != 0;
                        assertEquals(torn ? Status.TORN_TAIL : Status.INTACT, JournalRecordLog.verify(journal).status());
                        try (JournalRecordLog log = JournalRecordLog.open(journal)) {
                            assertEquals(upTo(w.batches(), committed), log.readAll(), "cut at " + cut);
                            assertEquals(torn, log.truncatedTail().isPresent(), "cut at " + cut);
                        }
                        assertEquals(Math.max(committedEnd, JournalFormat.HEADER_LINE.length), Files.size(journal));
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
    }
}
