package bango.modelcheck;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a model-checking run: a model of the manifest, or a failure witness.
 *
 * @param kind     {@code "model"} or {@code "witness"}
 * @param name     the model's or witness's name
 * @param tool     {@code "tlc"} or {@code "alloy"}
 * @param base     for a witness, the model it breaks; else null
 * @param violates for a TLC witness, the invariant it must violate; for an Alloy witness, its command
 * @param passed   the row matches the manifest (for a witness: the expected counterexample was found)
 * @param states   TLC: distinct states found (null if TLC did not report them)
 * @param depth    TLC: depth of the search (null if not reported)
 * @param scope    Alloy: the scopes of the commands
 * @param seconds  wall-clock time, informational
 * @param reason   why the row failed; null if it passed
 * @param tlc      the TLC run behind the row, if any (not serialized)
 */
public record CheckResult(
        String kind,
        String name,
        String tool,
        String base,
        String violates,
        boolean passed,
        Long states,
        Integer depth,
        String scope,
        double seconds,
        String reason,
        TlcResult tlc) {

    public static final String MODEL = "model";
    public static final String WITNESS = "witness";

    public boolean isWitness() {
        return WITNESS.equals(kind);
    }

    /** {@code "pass"} or {@code "fail"}. */
    public String result() {
        return passed ? "pass" : "fail";
    }

    /**
     * The row as JSON: {@code kind, model, tool, [base, violates,] result, states|scope, seconds[, reason]},
     * seconds to a tenth.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("model", name);
        m.put("tool", tool);
        if (base != null) {
            m.put("base", base);
        }
        if (violates != null) {
            m.put("violates", violates);
        }
        m.put("result", result());
        if (Manifest.ALLOY.equals(tool)) {
            m.put("scope", scope);
        } else {
            m.put("states", states);
        }
        m.put("seconds", Math.round(seconds * 10) / 10.0);
        if (reason != null) {
            m.put("reason", reason);
        }
        return m;
    }
}
