package bango.trace;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders Java values as TLA+ expressions: strings, integers, booleans, sets, sequences, records. */
public final class TlaText {

    private TlaText() {
    }

    /** A TLA+ string literal. */
    public static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /**
     * A value: {@link String} as a string, {@link Integer}/{@link Long} as an integer (TLC's integers
     * are 32-bit), {@link Boolean}, {@link List} as a sequence, other {@link Collection}s as sets,
     * {@link Map}s with string keys as records.
     */
    public static String value(Object v) {
        if (v instanceof String s) {
            return string(s);
        }
        if (v instanceof Integer || v instanceof Long) {
            long n = ((Number) v).longValue();
            if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("TLC integers are 32-bit; render larger values as strings");
            }
            return Long.toString(n);
        }
        if (v instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (v instanceof List<?> list) {
            return list.stream().map(TlaText::value).collect(Collectors.joining(", ", "<<", ">>"));
        }
        if (v instanceof Collection<?> set) {
            return set.stream().map(TlaText::value).sorted().collect(Collectors.joining(", ", "{", "}"));
        }
        if (v instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                throw new IllegalArgumentException("TLA+ has no empty record");
            }
            StringBuilder b = new StringBuilder("[");
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                b.append(e.getKey()).append(" |-> ").append(value(e.getValue()));
                if (it.hasNext()) {
                    b.append(", ");
                }
            }
            return b.append(']').toString();
        }
        throw new IllegalArgumentException("no TLA+ rendering for " + (v == null ? "null" : v.getClass().getName()));
    }

    /** A function from string keys as {@code (k1 :> v1 @@ k2 :> v2)}, or {@code <<>>} when empty. */
    public static String function(Map<String, ?> f) {
        if (f.isEmpty()) {
            return "<<>>";
        }
        return f.entrySet().stream()
                .map(e -> string(e.getKey()) + " :> " + value(e.getValue()))
                .collect(Collectors.joining(" @@ ", "(", ")"));
    }
}
