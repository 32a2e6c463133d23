package bango.network;

/**
 * Faults a test can inject into the network's lines, as {@code Linkage.tla} allows them: a message
 * lost, or delivered twice. Production runs with {@link #NONE}.
 */
public interface Faults {

    Faults NONE = new Faults() {
    };

    /** Whether {@code message}, about to go on {@code line}, is lost. */
    default boolean lose(String line, Object message) {
        return false;
    }

    /** Whether {@code message} is delivered a second time. */
    default boolean duplicate(String line, Object message) {
        return false;
    }
}
