package bango.jlis;

/** J-LIS refused a request; {@link #reason()} says why. Messages name no identifier. */
public final class JlisException extends RuntimeException {

    /** Why J-LIS refused. */
    public enum Reason {
        /** No municipality has registered this resident code with J-LIS (Juki-net). */
        UNKNOWN_RESIDENT,
        /** The requesting municipality is not the resident's municipality of residence (ID-1). */
        NOT_HOME_MUNICIPALITY,
        /** A change was asked for a resident who has no number yet. */
        NO_NUMBER_YET,
        /** The resident's numbers have used every generation the tweak can encode. */
        GENERATIONS_EXHAUSTED,
        /** Every attempt the tweak can encode closed its cycle: cannot happen with a sound key. */
        ATTEMPTS_EXHAUSTED,
        /** The number is not anyone's current number (never issued, or since replaced) (ID-7). */
        NOT_A_CURRENT_NUMBER,
        /** No code request with this institution and serial is waiting. */
        UNKNOWN_REQUEST,
        /** The institution already has a request waiting under this serial. */
        DUPLICATE_SERIAL,
        /** The resident is already registered by another municipality. */
        REGISTERED_ELSEWHERE
    }

    private final Reason reason;

    /**
     * A refusal for {@code reason}. Public so that a party J-LIS answered (an institution whose
     * request was refused) can report the refusal with J-LIS's reason; the message must name no
     * identifier.
     */
    public JlisException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
