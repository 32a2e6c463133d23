package bango.records;

import bango.records.JournalFormat.Commit;
import bango.records.JournalFormat.LineProblem;
import bango.records.VerificationResult.Status;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a journal from its start, checks the hash chain line by line, and hands each committed
 * batch of records to a consumer. It tells a torn tail from a broken chain:
 *
 * <ul>
 *   <li>The lines after the last good commit line are the unfinished last batch (TORN_TAIL) if none
 *       of them, except possibly the file's very last line, is a commit line. The writer reports a
 *       batch durable only after its commit line and everything before it were forced to the disk,
 *       so whatever a crash left of those lines (a cut, zeros, lost pages) was never reported
 *       durable.</li>
 *   <li>A bad line with a later batch's commit line after it is a break in the middle (BROKEN).</li>
 * </ul>
 *
 * A change confined to the last batch therefore reads as a torn tail: like cutting whole batches off
 * the end, only a {@link JournalHead} kept elsewhere can show it. Zero bytes from a line's start to
 * the end of the file are the space the writer keeps written ahead of itself, not a line: the
 * journal ends before them.
 */
final class JournalScanner {

    /** One record of a committed batch and where its line is. */
    record Scanned(long lineStart, int lineLength, ProvisionRecord record) {
    }

    /**
     * What a scan found.
     *
     * @param committedLength the bytes of the intact, committed part
     * @param tailLines the lines of a torn tail (0 unless TORN_TAIL)
     */
    record Scan(Status status, long lines, long records, long firstBadLine, String problem, byte[] head,
            long committedLength, long tailLines) {

        VerificationResult result() {
            return new VerificationResult(status, lines, records, firstBadLine, problem, JournalFormat.hex(head));
        }
    }

    private final LineReader in;
    private final MessageDigest sha = JournalFormat.sha256();
    private long lineNumber;

    private JournalScanner(InputStream in, long limit) {
        this.in = new LineReader(in, limit);
    }

    /**
     * Scans the first {@code limit} bytes of {@code in}, handing each committed batch to
     * {@code committed}.
     */
    static Scan scan(InputStream in, long limit, Consumer<List<Scanned>> committed) throws IOException {
        return new JournalScanner(in, limit).scan(committed);
    }

    private Scan scan(Consumer<List<Scanned>> committed) throws IOException {
        byte[] head = JournalFormat.GENESIS;
        if (!next()) {
            return new Scan(Status.INTACT, 0, 0, 0, null, head, 0, 0);
        }
        if (!isHeader()) {
            return prefixOfHeader()
                    ? new Scan(Status.TORN_TAIL, 0, 0, 1, "line 1: the header was cut off", head, 0, 1)
                    : new Scan(Status.BROKEN, 0, 0, 1, "line 1: it is not the header of a provision-record journal",
                            head, 0, 0);
        }
        long committedLines = 1;
        long committedRecords = 0;
        long committedLength = in.end();
        byte[] chain = head;
        List<Scanned> batch = new ArrayList<>();
        while (next()) {
            if (in.zerosToTheEnd()) {
                lineNumber--; // space reserved ahead of the last line: the journal ends before it
                break;
            }
            try {
                chain = checkLine(chain);
                if (JournalFormat.isRecord(in.line())) {
                    batch.add(new Scanned(in.start(), in.length() + 1, JournalFormat.readRecord(in.line(), in.length())));
                    continue;
                }
                Commit c = JournalFormat.readCommit(in.line(), in.length());
                if (batch.isEmpty() || c.batch() != batch.size() || c.records() != committedRecords + batch.size()) {
                    throw new LineProblem("its commit does not count the records of its batch");
                }
                committed.accept(batch);
                committedRecords += batch.size();
                batch = new ArrayList<>();
                committedLines = lineNumber;
                committedLength = in.end();
                head = chain;
            } catch (LineProblem p) {
                long bad = lineNumber;
                boolean laterBatch = commitBeforeTheLastLine();
                String problem = "line " + bad + ": " + p.getMessage();
                return laterBatch
                        ? new Scan(Status.BROKEN, committedLines, committedRecords, bad, problem, head,
                                committedLength, 0)
                        : new Scan(Status.TORN_TAIL, committedLines, committedRecords, committedLines + 1,
                                "the last batch was never finished (" + problem + ")", head, committedLength,
                                lineNumber - committedLines);
            }
        }
        if (batch.isEmpty()) {
            return new Scan(Status.INTACT, committedLines, committedRecords, 0, null, head, committedLength, 0);
        }
        return new Scan(Status.TORN_TAIL, committedLines, committedRecords, committedLines + 1,
                "the last batch was never finished (it has no commit line)", head, committedLength,
                lineNumber - committedLines);
    }

    private boolean next() throws IOException {
        if (!in.next()) {
            return false;
        }
        lineNumber++;
        return true;
    }

    private boolean isHeader() {
        return in.terminated() && in.length() == JournalFormat.HEADER_LINE.length - 1 && headerStartsWithLine();
    }

    private boolean headerStartsWithLine() {
        return Arrays.equals(in.line(), 0, in.length(), JournalFormat.HEADER_LINE, 0, in.length());
    }

    /**
     * The file is the start of a header, possibly followed by zeros (space the file system allotted
     * but never wrote), and nothing else: its creation was cut off before anything was recorded.
     */
    private boolean prefixOfHeader() {
        if (in.terminated()) {
            return false;
        }
        byte[] line = in.line();
        int matching = 0;
        while (matching < in.length() && matching < JournalFormat.HEADER_LINE.length - 1
                && line[matching] == JournalFormat.HEADER_LINE[matching]) {
            matching++;
        }
        for (int i = matching; i < in.length(); i++) {
            if (line[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private byte[] checkLine(byte[] chain) throws LineProblem {
        if (!in.terminated()) {
            throw new LineProblem("it is incomplete");
        }
        if (in.overlong()) {
            throw new LineProblem("it is longer than any journal line");
        }
        byte[] hash = JournalFormat.checkLine(in.line(), in.length(), chain, sha);
        if (!JournalFormat.isRecord(in.line()) && !JournalFormat.isCommit(in.line(), in.length())) {
            throw new LineProblem("it is neither a record nor a commit");
        }
        return hash;
    }

    /**
     * Reads the rest of the file from the current (bad) line on: whether a commit line stands
     * anywhere but on the file's last line, which means a later batch followed.
     */
    private boolean commitBeforeTheLastLine() throws IOException {
        boolean commit = JournalFormat.isCommit(in.line(), in.length());
        while (next()) {
            if (commit) {
                return true;
            }
            commit = JournalFormat.isCommit(in.line(), in.length());
        }
        return false;
    }
}
