package bango.records;

/**
 * A record could not be made durable, or the record log cannot serve: the provision it was to
 * record must be refused (fail closed, LOG-4). The {@link #reason()} says which.
 */
public final class RecordFailure extends RuntimeException {

    /** Why the record log failed. */
    public enum Reason {
        /** The log was closed before the record was accepted. */
        CLOSED("the record log is closed"),
        /** Writing the record to the journal failed (I/O error, disk full). */
        WRITE_FAILED("writing the record to the journal failed"),
        /** The journal could not be forced to the disk. */
        FORCE_FAILED("forcing the journal to the disk failed"),
        /** An earlier write or force failed; the log accepts nothing more until it is reopened. */
        FAILED_EARLIER("the journal failed earlier and accepts no more records"),
        /** More appends are waiting than the log will queue (the disk cannot keep up). */
        OVERLOADED("too many records are waiting to be written"),
        /** The journal holds as many records as one journal file can index. */
        JOURNAL_FULL("the journal holds as many records as it can index"),
        /** Reading durable records back failed. */
        READ_FAILED("reading the journal failed"),
        /** A durable record read back does not match what was written (the file was changed). */
        JOURNAL_CHANGED("the journal no longer holds what was written");

        private final String text;

        Reason(String text) {
            this.text = text;
        }
    }

    private final Reason reason;

    public RecordFailure(Reason reason) {
        this(reason, null);
    }

    public RecordFailure(Reason reason, Throwable cause) {
        super(reason.text, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
