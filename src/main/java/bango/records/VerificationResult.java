package bango.records;

/**
 * What {@link JournalRecordLog#verify} found in a journal file (LOG-4).
 *
 * @param status whether the hash chain holds
 * @param lines the lines of the intact, committed part, the header included
 * @param records the records in that part
 * @param firstBadLine the line (counted from 1) where the intact part ends: the first line that
 *     breaks the chain, or the first line of the unfinished last batch; 0 if the journal is intact
 * @param problem what is wrong with that line, or null if the journal is intact; it names no
 *     identifier
 * @param head the hash that heads the chain of the intact part, in hexadecimal: anchoring it
 *     elsewhere lets a later check see that nothing was cut off the end
 */
public record VerificationResult(Status status, long lines, long records, long firstBadLine, String problem,
        String head) {

    /** The verdict on a journal. */
    public enum Status {
        /** Every line is in the chain and every record is in a committed batch. */
        INTACT,
        /**
         * The chain holds up to a batch that was never finished (a crash while writing it): none of its
         * records was reported durable. Opening the journal cuts it off and reports it.
         */
        TORN_TAIL,
        /** A line in the chain was changed, removed, inserted or reordered: opening is refused. */
        BROKEN,
        /** The file could not be read. */
        UNREADABLE
    }

    /** Whether the journal is intact. */
    public boolean intact() {
        return status == Status.INTACT;
    }
}
