package bango.vault;

/**
 * A key custody could not do what was asked. {@link #reason()} says why.
 *
 * <p>Messages name the file and what went wrong; they never contain a password or key bytes.
 */
public final class KeyCustodyException extends RuntimeException {

    /** Why a custody failed. */
    public enum Reason {
        /** The key store's integrity check failed: the password is wrong, or the file was altered. */
        WRONG_PASSWORD,
        /** The file is not a PKCS#12 key store this custody can read, or holds an entry it did not write. */
        CORRUPT,
        /** The file exists but cannot be read (not a regular file, an I/O error, no permission). */
        UNREADABLE,
        /** The key store could not be written; the file on disk is unchanged. */
        WRITE_FAILED,
        /** The password file is missing, unreadable or readable by other users. */
        PASSWORD_FILE
    }

    private final Reason reason;

    public KeyCustodyException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public KeyCustodyException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
