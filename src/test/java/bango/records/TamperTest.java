package bango.records;

import static bango.records.Records.appendAll;
import static bango.records.Records.isCommitLine;
import static bango.records.Records.lineOf;
import static bango.records.Records.lineStarts;
import static bango.records.Records.lines;
import static bango.records.Records.request;
import static bango.records.Records.requests;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.records.VerificationResult.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/**
 * LOG-4: no record can be silently changed or removed. A change anywhere before the last batch
 * breaks the hash chain at the changed line: {@code verify} names that line, and opening the
 * journal is refused without writing anything.
 */
@Covers({"LOG-4"})
class TamperTest {

    @TempDir(factory = MemoryTempDir.class)
    Path dir;

    Path journal;
    byte[] original;

    @BeforeEach
    void writeJournal() throws IOException {
        journal = dir.resolve("provider.journal");
        try (JournalRecordLog log = JournalRecordLog.open(journal)) {
            appendAll(log, requests(0, 8));
            log.append(request(3).provided(Records.T0.plusSeconds(1))).join();
        }
        original = Files.readAllBytes(journal);
    }

    /** Verify reports {@code line}; open refuses with it and leaves the file as it was. */
    void brokenAt(int line, byte[] changed) throws IOException {
        Files.write(journal, changed);
        VerificationResult v = JournalRecordLog.verify(journal);
        assertEquals(Status.BROKEN, v.status(), () -> "line " + line + ": " + v);
        assertEquals(line, v.firstBadLine(), v::toString);
        assertTrue(v.problem().startsWith("line " + line + ": "), v.problem());
        CorruptJournalException e = assertThrows(CorruptJournalException.class, () -> JournalRecordLog.open(journal));
        assertEquals(line, e.line());
        assertArrayEquals(changed, Files.readAllBytes(journal), "nothing written");
    }

    static byte[] join(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFlippedByteInARecordIsReportedAtItsLine() throws IOException {
        List<String> lines = lines(journal);
        int line = 6; // a record line: header, then record and commit in turn
        assertTrue(lines.get(line - 1).contains("\"record\""));
        String changed = lines.get(line - 1).replace("\"serial\":2", "\"serial\":7");
        lines.set(line - 1, changed);
        brokenAt(line, join(lines));
        VerificationResult v = JournalRecordLog.verify(journal);
        assertEquals("line 6: its hash does not follow from the line before it", v.problem());
        assertEquals(5, v.lines(), "intact up to the commit before the change");
        assertEquals(2, v.records());
    }

    @Test
    void aRemovedRecordIsReportedWhereTheChainBreaks() throws IOException {
        List<String> lines = new ArrayList<>(lines(journal));
        lines.remove(3); // line 4, a record
        brokenAt(4, join(lines));
    }

    @Test
    void aRemovedBatchIsReportedWhereTheChainBreaks() throws IOException {
        List<String> lines = new ArrayList<>(lines(journal));
        lines.subList(5, 7).clear(); // lines 6 and 7: a record and its commit
        brokenAt(6, join(lines));
    }

    @Test
    void swappedRecordsAreReported() throws IOException {
        List<String> lines = new ArrayList<>(lines(journal));
        Collections.swap(lines, 1, 3);
        brokenAt(2, join(lines));
    }

    @Test
    void aRecordWithItsHashRecomputedStillBreaksTheNextLine() throws IOException {
        // Whoever changes a record and fixes its own hash breaks the line after it.
        List<String> lines = new ArrayList<>(lines(journal));
        String payload = lines.get(3).substring(75, lines.get(3).length() - 1).replace("\"serial\":1", "\"serial\":9");
        byte[] previous = JournalFormat.GENESIS;
        java.security.MessageDigest sha = JournalFormat.sha256();
        for (int i = 1; i < 3; i++) {
            sha.update(previous);
            previous = sha.digest(lines.get(i).substring(75, lines.get(i).length() - 1).getBytes(StandardCharsets.UTF_8));
        }
        sha.update(previous);
        String hash = JournalFormat.hex(sha.digest(payload.getBytes(StandardCharsets.UTF_8)));
        lines.set(3, "{\"hash\":\"" + hash + "\"," + payload + "}");
        brokenAt(5, join(lines));
    }

    @Test
    void anInsertedLineIsReported() throws IOException {
        List<String> lines = new ArrayList<>(lines(journal));
        lines.add(3, lines.get(1));
        brokenAt(4, join(lines));
    }

    @Test
    void anUpperCaseHashIsNotTheHash() throws IOException {
        List<String> lines = new ArrayList<>(lines(journal));
        String l = lines.get(1);
        int letter = 9;
        while (!Character.isLetter(l.charAt(letter))) {
            letter++;
        }
        lines.set(1, l.substring(0, letter) + Character.toUpperCase(l.charAt(letter)) + l.substring(letter + 1));
        brokenAt(2, join(lines));
        assertEquals("line 2: its hash is not 64 lower-case hexadecimal digits", JournalRecordLog.verify(journal).problem());
    }

    /**
     * Any byte before the last two batches, changed to any other value (a newline included), breaks
     * the chain at the line that held it. (A change in the last batch reads as a torn tail; see
     * {@link TornTailTest} and the package documentation.)
     */
    @Test
    void anyChangedByteIsReportedAtItsLine() throws IOException {
        List<String> lines = lines(journal);
        long[] starts = lineStarts(original);
        int secondLastCommit = -1;
        int lastCommit = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (isCommitLine(lines.get(i))) {
                secondLastCommit = lastCommit;
                lastCommit = i;
            }
        }
        // Up to, not including, the newline before the second-last commit line.
        int end = (int) starts[secondLastCommit] - 1;
        QuickTheory.qt().withFixedSeed(0x7A_6D_70).withExamples(150)
                .forAll(SourceDSL.integers().between(0, end - 1), SourceDSL.integers().between(1, 255))
                .checkAssert((at, delta) -> {
                    byte[] changed = original.clone();
                    changed[at] = (byte) (changed[at] + delta);
                    try {
                        brokenAt(lineOf(original, at), changed);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
    }
}
