package bango.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One step of the implementation, named after the spec action it corresponds to, with the values
 * the spec needs to replay it (for example the value the number permutation produced).
 *
 * @param action the spec action, e.g. {@code JlisIssue}
 * @param fields action arguments and observed values: strings, longs, ints or booleans
 */
public record TraceEvent(String action, Map<String, Object> fields) {

    public TraceEvent {
        Objects.requireNonNull(action, "action");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** An event from alternating names and values: {@code of("JlisWalk", "value", "0123")}. */
    public static TraceEvent of(String action, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must alternate");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], Objects.requireNonNull(namesAndValues[i + 1]));
        }
        return new TraceEvent(action, fields);
    }

    public Object get(String field) {
        Object value = fields.get(field);
        if (value == null) {
            throw new IllegalArgumentException("event " + action + " has no field " + field);
        }
        return value;
    }
}
