package bango.records;

import java.io.IOException;

/** A journal another log (in this process or another) holds open: one writer per journal. */
public final class JournalInUseException extends IOException {

    public JournalInUseException() {
        super("the journal is open in another record log");
    }
}
