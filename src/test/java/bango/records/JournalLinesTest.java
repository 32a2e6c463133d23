package bango.records;

import static bango.records.Records.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bango.Covers;
import bango.records.VerificationResult.Status;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines whose hash is right but whose content is not a record or a commit the writer could have
 * written (a chain rewritten by hand, a bug): each is a broken line, named with its rule and not
 * its content.
 */
@Covers({"LOG-4"})
class JournalLinesTest {

    static final String PERSON = code(5, 5);
    static final String GOOD = "\"record\":{\"kind\":\"REQUEST\",\"inquirer\":1,\"provider\":2,\"item\":1,\"category\":\"c\","
            + "\"serial\":3,\"person\":\"" + PERSON + "\",\"requestedAt\":\"2026-11-30T09:00:00Z\"}";

    @TempDir(factory = MemoryTempDir.class)
    Path dir;

    /** A journal of the header and these payloads, each line with the right hash. */
    Path journal(String... payloads) throws IOException {
        ByteBuffer out = ByteBuffer.allocate(1 << 20);
        out.put(JournalFormat.HEADER_LINE);
        byte[] chain = JournalFormat.GENESIS;
        MessageDigest sha = JournalFormat.sha256();
        for (String p : payloads) {
            chain = JournalFormat.putLine(out, chain, p.getBytes(StandardCharsets.UTF_8), sha);
        }
        Path file = dir.resolve("j");
        Files.write(file, Arrays.copyOf(out.array(), out.position()));
        return file;
    }

    static String commit(long records, int batch) {
        return "\"commit\":{\"records\":" + records + ",\"batch\":" + batch + ",\"at\":\"2026-11-30T09:00:01Z\"}";
    }

    /** The bad payload as line 4, after a committed record, with a later batch after it. */
    void broken(String payload, String problem) throws IOException {
        Path file = journal(GOOD, commit(1, 1), payload, commit(2, 1), GOOD, commit(3, 1));
        VerificationResult v = JournalRecordLog.verify(file);
        assertEquals(new VerificationResult(Status.BROKEN, 3, 1, 4, "line 4: " + problem, v.head()), v);
        assertEquals(4, assertThrows(CorruptJournalException.class, () -> JournalRecordLog.open(file)).line());
    }

    static String good(String from, String to) {
        String changed = GOOD.replace(from, to);
        if (changed.equals(GOOD)) {
            throw new AssertionError("nothing replaced: " + from);
        }
        return changed;
    }

    @Test
    void theCraftedJournalIsIntact() throws IOException {
        Path file = journal(GOOD, commit(1, 1), GOOD, GOOD, commit(3, 2));
        assertEquals(Status.INTACT, JournalRecordLog.verify(file).status());
        try (JournalRecordLog log = JournalRecordLog.open(file)) {
            assertEquals(3, log.readAll().size());
            assertEquals(3, log.find(Records.PENSION, 3).size());
        }
    }

    @Test
    void recordsThatAreNotProvisionRecordsInJson() throws IOException {
        String json = "its record is not a provision record in JSON";
        broken(good("\"kind\":\"REQUEST\"", "\"kind\":0"), json);
        broken(good("\"kind\":\"REQUEST\"", "\"kind\":\"ASKED\""), json);
        broken(good("\"item\":1", "\"item\":\"1\""), json);
        broken(good("\"item\":1", "\"item\":1.0"), json);
        broken(good("\"item\":1", "\"item\":1,\"item\":2"), json);
        broken(good("\"item\":1", "\"item\":1,\"note\":\"x\""), json);
        broken(good("}", "} 5"), json);
        broken("\"record\":null", json);
        broken("\"record\":", json);
    }

    @Test
    void recordsThatBreakARule() throws IOException {
        broken(good(",\"serial\":3", ""), "its record lacks a party, the item or the serial");
        broken(good("\"inquirer\":1,", ""), "its record lacks a party, the item or the serial");
        broken(good("\"provider\":2,", ""), "its record lacks a party, the item or the serial");
        broken(good("\"item\":1,", ""), "its record lacks a party, the item or the serial");
        broken(good("\"item\":1", "\"item\":0"), "its record is not valid: an Annex Table 2 item number is 1 or more");
        broken(good("\"inquirer\":1", "\"inquirer\":-1"), "its record is not valid: an institution id is not negative");
        broken(good("2026-11-30T09:00:00Z", "yesterday"), "its record is not valid: a time is not an ISO-8601 instant");
        broken(good(PERSON, PERSON.substring(1)), "its record is not valid: the person is an institution code, or for"
                + " the core system two codes joined by '>'");
    }

    @Test
    void commitsThatDoNotCountTheirBatch() throws IOException {
        Path file = journal(GOOD, commit(1, 1), GOOD, commit(3, 1), GOOD, commit(3, 1));
        assertEquals("line 5: its commit does not count the records of its batch", JournalRecordLog.verify(file).problem());
        file = journal(GOOD, commit(1, 1), GOOD, commit(2, 2), GOOD, commit(3, 1));
        assertEquals("line 5: its commit does not count the records of its batch", JournalRecordLog.verify(file).problem());
        file = journal(GOOD, commit(1, 1), commit(1, 0), GOOD, commit(2, 1));
        assertEquals("line 4: its commit does not count the records of its batch", JournalRecordLog.verify(file).problem());
        broken("\"commit\":{\"records\":2}", "its commit lacks its counts");
        broken("\"commit\":{\"batch\":1}", "its commit lacks its counts");
        broken("\"commit\":[1]", "its commit is not a commit in JSON");
    }

    @Test
    void linesThatAreNotJournalLines() throws IOException {
        broken("\"note\":{\"text\":\"hello\"}", "it is neither a record nor a commit");
        broken("\"recordx\":{}", "it is neither a record nor a commit");
        broken("\"record\":{\"kind\":\"" + "x".repeat(70_000) + "\"}", "it is longer than any journal line");

        Path file = journal(GOOD, commit(1, 1), GOOD, commit(2, 1), GOOD, commit(3, 1));
        List<String> lines = new ArrayList<>(Records.lines(file));
        String line = lines.get(3);
        for (String bad : List.of("", "{}", "{\"hash\":\"00\",\"record\":{}}", lines.get(3).replace("\",\"record\"", "\";\"record\""),
                lines.get(3).substring(0, lines.get(3).length() - 1) + " ")) {
            lines.set(3, bad);
            Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            VerificationResult v = JournalRecordLog.verify(file);
            assertEquals("line 4: it is not a journal line", v.problem(), bad);
            assertEquals(Status.BROKEN, v.status());
        }
        lines.set(3, line.substring(0, 72) + "g" + line.substring(73));
        Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("line 4: its hash is not 64 lower-case hexadecimal digits", JournalRecordLog.verify(file).problem());
    }

    @Test
    void aBadLineInTheLastBatchIsATornTail() throws IOException {
        long committed = Files.size(journal(GOOD, commit(1, 1)));
        Path file = journal(GOOD, commit(1, 1), GOOD, good("\"item\":1", "\"item\":0"), commit(3, 2));
        long size = Files.size(file);
        VerificationResult v = JournalRecordLog.verify(file);
        assertEquals(Status.TORN_TAIL, v.status());
        assertEquals(4, v.firstBadLine());
        assertEquals("the last batch was never finished (line 5: its record is not valid: an Annex Table 2 item number is 1"
                + " or more)", v.problem());
        try (JournalRecordLog log = JournalRecordLog.open(file)) {
            assertEquals(new TornTail(4, 3, size - committed), log.truncatedTail().orElseThrow());
            assertEquals(1, log.readAll().size());
        }
        assertEquals(committed, Files.size(file));
    }
}
