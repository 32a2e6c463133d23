package bango.modelcheck;

import java.util.List;

/**
 * What one TLC run found, judged by TLC's exit code and its {@code -tool} messages.
 *
 * @param outcome         what TLC reported
 * @param invariant       the violated invariant for {@link Outcome#INVARIANT_VIOLATED}, else null
 * @param message         TLC's own words for a violation or an error; null on {@link Outcome#PASS}
 * @param distinctStates  distinct states found, -1 if TLC did not report it (e.g. a parse error)
 * @param generatedStates states generated, -1 if not reported
 * @param depth           depth of the state graph search, -1 if not reported
 * @param seconds         wall-clock time of the run, JVM start included
 * @param exitCode        the TLC process's exit code (-1 if it was killed on a timeout)
 * @param trace           the error trace, from the initial state; empty if there is none
 * @param output          TLC's whole output (standard output and error)
 */
public record TlcResult(
        Outcome outcome,
        String invariant,
        String message,
        long distinctStates,
        long generatedStates,
        int depth,
        double seconds,
        int exitCode,
        List<TlcState> trace,
        String output) {

    public TlcResult {
        trace = List.copyOf(trace);
    }

    /** TLC's verdict on a model. */
    public enum Outcome {
        /** Model checking completed with no error (exit code 0, message 2193). */
        PASS,
        /** An invariant is violated (exit code 12, message 2110 or 2107). */
        INVARIANT_VIOLATED,
        /** A reachable state has no successor (exit code 11, message 2114). */
        DEADLOCK,
        /** A temporal or action property is violated (exit code 13 with 2116, or 12 with 2112). */
        PROPERTY_VIOLATED,
        /** Anything else: parse or semantic errors, evaluation errors, assumptions, timeouts. */
        ERROR
    }

    /** One line for people: the outcome with its invariant or message, and the counts. */
    public String summary() {
        String what = switch (outcome) {
            case PASS -> "no error";
            case INVARIANT_VIOLATED -> "invariant " + invariant + " violated";
            case DEADLOCK -> "deadlock";
            case PROPERTY_VIOLATED -> "property violated: " + message;
            case ERROR -> "error: " + message;
        };
        String states = distinctStates >= 0 ? String.format(", %,d distinct states", distinctStates) : "";
        return what + states + String.format(", %.1f s, exit code %d", seconds, exitCode);
    }
}
