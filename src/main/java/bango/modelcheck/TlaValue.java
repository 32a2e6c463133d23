package bango.modelcheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A TLA+ value as TLC prints it in a state: integers, strings, booleans, model values, sequences
 * (tuples), finite sets, records and functions, nested arbitrarily.
 *
 * <p>Every TLA+ value has exactly one Java representation, so {@link Object#equals} is TLA+
 * equality and tests can compare a state TLC printed with one built from Java objects:
 * <ul>
 *   <li>a function whose domain is {@code 1..n} (including the empty function) is a {@link Seq};
 *   <li>a non-empty function whose domain is a set of strings is a {@link Rec};
 *   <li>any other non-empty function is a {@link Fcn}.
 * </ul>
 * The record and function constructors refuse the forms that belong to another type; use
 * {@link #function(Map)} to build a function of any domain in its canonical form. Sets and the
 * domains of records and functions compare regardless of order (element order is kept only for
 * printing).
 *
 * <p>{@link #parse(String)} reads TLC's output (white space, line breaks included, is
 * insignificant outside strings); {@link #toString()} prints TLA+ syntax on one line, which
 * {@code parse} reads back to an equal value.
 */
public sealed interface TlaValue
        permits TlaValue.Int, TlaValue.Str, TlaValue.Bool, TlaValue.ModelValue,
                TlaValue.Seq, TlaValue.FiniteSet, TlaValue.Rec, TlaValue.Fcn {

    /** Parses one value as TLC prints it, e.g. {@code [rc |-> r2, num |-> r1]}. */
    static TlaValue parse(String text) {
        return new TlaValueParser(text).parseAll();
    }

    // --- Factories ---------------------------------------------------------------------------

    static Int of(long value) {
        return new Int(value);
    }

    static Str str(String value) {
        return new Str(value);
    }

    static Bool bool(boolean value) {
        return value ? Bool.TRUE : Bool.FALSE;
    }

    /** A model value (TLC: a constant bound to itself in the .cfg, printed as a bare name). */
    static ModelValue model(String name) {
        return new ModelValue(name);
    }

    static Seq seq(TlaValue... elements) {
        return new Seq(List.of(elements));
    }

    static Seq seq(List<? extends TlaValue> elements) {
        return new Seq(List.copyOf(elements));
    }

    static FiniteSet set(TlaValue... elements) {
        return new FiniteSet(List.of(elements));
    }

    static FiniteSet set(Collection<? extends TlaValue> elements) {
        return new FiniteSet(elements);
    }

    /**
     * A record from alternating field names and values, e.g. {@code record("rc", model("r1"),
     * "gen", 0)}; values that are not {@link TlaValue}s are converted with {@link #from(Object)}.
     * With no fields, the empty function {@code <<>>}.
     */
    static TlaValue record(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("record needs names and values in pairs");
        }
        Map<TlaValue, TlaValue> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException("record field name is not a String: " + namesAndValues[i]);
            }
            fields.put(str(name), from(namesAndValues[i + 1]));
        }
        return function(fields);
    }

    /** The function with this graph, in canonical form: a {@link Seq}, {@link Rec} or {@link Fcn}. */
    static TlaValue function(Map<? extends TlaValue, ? extends TlaValue> graph) {
        if (Fcn.isSequenceDomain(graph.keySet())) {
            List<TlaValue> elements = new ArrayList<>(graph.size());
            for (int i = 1; i <= graph.size(); i++) {
                elements.add(graph.get(new Int(i)));
            }
            return new Seq(elements);
        }
        if (Fcn.isStringDomain(graph.keySet())) {
            Map<String, TlaValue> fields = new LinkedHashMap<>();
            graph.forEach((k, v) -> fields.put(((Str) k).value(), v));
            return new Rec(fields);
        }
        return new Fcn(new LinkedHashMap<TlaValue, TlaValue>(graph));
    }

    /**
     * Converts a Java value: {@link TlaValue} as is; Integer, Long, Short, Byte to {@link Int};
     * String to {@link Str} (not a model value: use {@link #model(String)}); Boolean to
     * {@link Bool}; List to {@link Seq}; Set to {@link FiniteSet}; Map to a function in canonical
     * form (String keys make a record); elements converted recursively.
     */
    static TlaValue from(Object value) {
        Objects.requireNonNull(value, "TLA+ has no null");
        if (value instanceof TlaValue v) {
            return v;
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return of(((Number) value).longValue());
        } else if (value instanceof String s) {
            return str(s);
        } else if (value instanceof Boolean b) {
            return bool(b);
        } else if (value instanceof List<?> list) {
            return seq(list.stream().map(TlaValue::from).toList());
        } else if (value instanceof java.util.Set<?> set) {
            return set(set.stream().map(TlaValue::from).toList());
        } else if (value instanceof Map<?, ?> map) {
            Map<TlaValue, TlaValue> graph = new LinkedHashMap<>();
            map.forEach((k, v) -> graph.put(from(k), from(v)));
            return function(graph);
        }
        throw new IllegalArgumentException("no TLA+ value for a " + value.getClass().getName());
    }

    // --- Access ------------------------------------------------------------------------------

    /** Function application {@code f[arg]} for sequences, records and functions. */
    default TlaValue apply(TlaValue arg) {
        TlaValue result;
        if (this instanceof Seq s) {
            result = arg instanceof Int i && i.value() >= 1 && i.value() <= s.elements().size()
                    ? s.elements().get((int) i.value() - 1) : null;
        } else if (this instanceof Rec r) {
            result = arg instanceof Str name ? r.fields().get(name.value()) : null;
        } else if (this instanceof Fcn f) {
            result = f.graph().get(arg);
        } else {
            throw new IllegalStateException(this + " is not a function");
        }
        if (result == null) {
            throw new IllegalArgumentException(arg + " is not in the domain of " + this);
        }
        return result;
    }

    /** {@code r.name}: a record field (or the value at the string {@code name} of a function). */
    default TlaValue get(String name) {
        return apply(str(name));
    }

    default long asLong() {
        if (this instanceof Int i) {
            return i.value();
        }
        throw new IllegalStateException(this + " is not an integer");
    }

    default String asString() {
        if (this instanceof Str s) {
            return s.value();
        }
        throw new IllegalStateException(this + " is not a string");
    }

    default boolean asBoolean() {
        if (this instanceof Bool b) {
            return b.value();
        }
        throw new IllegalStateException(this + " is not a boolean");
    }

    // --- Types -------------------------------------------------------------------------------

    /** An integer (TLC's are 32-bit; any long is accepted). */
    record Int(long value) implements TlaValue {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /** A string. */
    record Str(String value) implements TlaValue {
        public Str {
            Objects.requireNonNull(value);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(value.length() + 2).append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\t' -> b.append("\\t");
                    case '\r' -> b.append("\\r");
                    case '\f' -> b.append("\\f");
                    default -> b.append(c);
                }
            }
            return b.append('"').toString();
        }
    }

    /** TRUE or FALSE. */
    record Bool(boolean value) implements TlaValue {
        static final Bool TRUE = new Bool(true);
        static final Bool FALSE = new Bool(false);

        @Override
        public String toString() {
            return value ? "TRUE" : "FALSE";
        }
    }

    /** A model value: equal only to itself, printed as its bare name. */
    record ModelValue(String name) implements TlaValue {
        private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]*[A-Za-z_][A-Za-z0-9_]*");

        public ModelValue {
            if (!NAME.matcher(name).matches() || name.equals("TRUE") || name.equals("FALSE")) {
                throw new IllegalArgumentException("not a model value name: " + name);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A sequence or tuple {@code <<a, b>>}: a function with domain {@code 1..n}; {@code <<>>} is also the empty function. */
    record Seq(List<TlaValue> elements) implements TlaValue {
        public Seq {
            elements = List.copyOf(elements);
        }

        @Override
        public String toString() {
            return join("<<", elements, ">>");
        }
    }

    /** A finite set {@code {a, b}}; equality ignores order. */
    record FiniteSet(java.util.Set<TlaValue> elements) implements TlaValue {
        public FiniteSet {
            elements = Collections.unmodifiableSet(new LinkedHashSet<>(elements));
            elements.forEach(Objects::requireNonNull);
        }

        public FiniteSet(Collection<? extends TlaValue> elements) {
            this(new LinkedHashSet<TlaValue>(elements));
        }

        public boolean contains(TlaValue v) {
            return elements.contains(v);
        }

        public int size() {
            return elements.size();
        }

        @Override
        public String toString() {
            return join("{", elements, "}");
        }
    }

    /** A record {@code [a |-> 1, b |-> "x"]}: a non-empty function on strings; equality ignores field order. */
    record Rec(Map<String, TlaValue> fields) implements TlaValue {
        public Rec {
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("a record without fields is the empty function <<>>: use TlaValue.function");
            }
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            fields.forEach((k, v) -> Objects.requireNonNull(v, k));
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            boolean identifiers = fields.keySet().stream().allMatch(k -> k.matches("[A-Za-z_][A-Za-z0-9_]*"));
            String sep = "";
            b.append(identifiers ? "[" : "(");
            for (Map.Entry<String, TlaValue> e : fields.entrySet()) {
                b.append(sep);
                if (identifiers) {
                    b.append(e.getKey()).append(" |-> ").append(e.getValue());
                } else {
                    b.append(new Str(e.getKey())).append(" :> ").append(e.getValue());
                }
                sep = identifiers ? ", " : " @@ ";
            }
            return b.append(identifiers ? "]" : ")").toString();
        }
    }

    /**
     * A non-empty function {@code (a :> 1 @@ b :> 2)} whose domain is neither {@code 1..n} nor a
     * set of strings (those are {@link Seq} and {@link Rec}); equality ignores order.
     */
    record Fcn(Map<TlaValue, TlaValue> graph) implements TlaValue {
        public Fcn {
            if (graph.isEmpty() || isSequenceDomain(graph.keySet())) {
                throw new IllegalArgumentException("a function with domain 1..n is a sequence: use TlaValue.function");
            }
            if (isStringDomain(graph.keySet())) {
                throw new IllegalArgumentException("a function on strings is a record: use TlaValue.function");
            }
            graph = Collections.unmodifiableMap(new LinkedHashMap<>(graph));
            graph.forEach((k, v) -> Objects.requireNonNull(v, String.valueOf(k)));
        }

        static boolean isSequenceDomain(java.util.Set<? extends TlaValue> domain) {
            for (int i = 1; i <= domain.size(); i++) {
                if (!domain.contains(new Int(i))) {
                    return false;
                }
            }
            return true;
        }

        static boolean isStringDomain(java.util.Set<? extends TlaValue> domain) {
            return !domain.isEmpty() && domain.stream().allMatch(k -> k instanceof Str);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("(");
            String sep = "";
            for (Map.Entry<TlaValue, TlaValue> e : graph.entrySet()) {
                b.append(sep).append(e.getKey()).append(" :> ").append(e.getValue());
                sep = " @@ ";
            }
            return b.append(')').toString();
        }
    }

    private static String join(String open, Collection<TlaValue> values, String close) {
        StringBuilder b = new StringBuilder(open);
        String sep = "";
        for (TlaValue v : values) {
            b.append(sep).append(v);
            sep = ", ";
        }
        return b.append(close).toString();
    }
}
