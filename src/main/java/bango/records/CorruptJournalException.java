package bango.records;

import java.io.IOException;

/**
 * A journal whose hash chain is broken before its last batch (LOG-4: a record was changed or
 * removed): it is not opened and nothing is written to it.
 */
public final class CorruptJournalException extends IOException {

    private final long line;

    public CorruptJournalException(long line, String problem) {
        super("the journal's hash chain is broken at line " + line + ": " + problem);
        this.line = line;
    }

    /** The first line (counted from 1) that breaks the chain. */
    public long line() {
        return line;
    }
}
