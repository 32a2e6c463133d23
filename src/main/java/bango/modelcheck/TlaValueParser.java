package bango.modelcheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser for values as TLC prints them (see {@link TlaValue}). Integer
 * intervals {@code a..b} are read as the set they denote.
 */
final class TlaValueParser {
    /** Largest interval {@code a..b} expanded into a set. */
    static final int MAX_INTERVAL = 1_000_000;

    private final String text;
    private int pos;

    TlaValueParser(String text) {
        this.text = text;
    }

    TlaValue parseAll() {
        TlaValue v = value();
        skipSpace();
        if (pos != text.length()) {
            throw error("unexpected text after the value");
        }
        return v;
    }

    private TlaValue value() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("expected a value");
        }
        char c = text.charAt(pos);
        if (c == '-' || Character.isDigit(c)) {
            return integerOrInterval();
        } else if (c == '"') {
            return string();
        } else if (lookingAt("<<")) {
            pos += 2;
            return TlaValue.seq(list(">>"));
        } else if (c == '{') {
            pos++;
            return TlaValue.set(list("}"));
        } else if (c == '[') {
            pos++;
            return record();
        } else if (c == '(') {
            pos++;
            return function();
        } else if (isIdentifierChar(c)) {
            String name = identifier();
            return switch (name) {
                case "TRUE" -> TlaValue.bool(true);
                case "FALSE" -> TlaValue.bool(false);
                default -> TlaValue.model(name);
            };
        }
        throw error("expected a value");
    }

    private TlaValue integerOrInterval() {
        long lo = integer();
        skipSpace();
        if (!lookingAt("..")) {
            return TlaValue.of(lo);
        }
        pos += 2;
        skipSpace();
        int start = pos;
        long hi = integer();
        if (hi >= lo && hi - lo >= MAX_INTERVAL) {
            throw new TlaParseException("interval too large to expand", text, start);
        }
        List<TlaValue> elements = new ArrayList<>();
        for (long i = lo; i <= hi; i++) {
            elements.add(TlaValue.of(i));
        }
        return TlaValue.set(elements);
    }

    private long integer() {
        int start = pos;
        if (pos < text.length() && text.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == digits) {
            pos = start;
            throw error("expected an integer");
        }
        if (pos < text.length() && isIdentifierChar(text.charAt(pos))) {
            pos = start;
            throw error("expected an integer");
        }
        try {
            return Long.parseLong(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw new TlaParseException("integer out of range", text, start);
        }
    }

    private TlaValue string() {
        int start = pos;
        pos++; // opening quote
        StringBuilder b = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return TlaValue.str(b.toString());
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"' -> b.append('"');
                case '\\' -> b.append('\\');
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'f' -> b.append('\f');
                default -> throw new TlaParseException("unknown escape \\" + e + " in a string", text, pos - 2);
            }
        }
        throw new TlaParseException("unterminated string", text, start);
    }

    /** Values separated by commas up to {@code close} (which may follow at once). */
    private List<TlaValue> list(String close) {
        List<TlaValue> values = new ArrayList<>();
        skipSpace();
        if (lookingAt(close)) {
            pos += close.length();
            return values;
        }
        while (true) {
            values.add(value());
            skipSpace();
            if (lookingAt(close)) {
                pos += close.length();
                return values;
            }
            expect(",");
        }
    }

    /** After "[": {@code name |-> value, ...]}. */
    private TlaValue record() {
        Map<TlaValue, TlaValue> fields = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            int start = pos;
            if (pos >= text.length() || !isIdentifierChar(text.charAt(pos))) {
                throw error("expected a field name");
            }
            String name = identifier();
            skipSpace();
            expect("|->");
            if (fields.put(TlaValue.str(name), value()) != null) {
                throw new TlaParseException("field " + name + " twice in a record", text, start);
            }
            skipSpace();
            if (lookingAt("]")) {
                pos++;
                return TlaValue.function(fields);
            }
            expect(",");
        }
    }

    /** After "(": {@code key :> value @@ ...)}, or a parenthesized value. */
    private TlaValue function() {
        Map<TlaValue, TlaValue> graph = new LinkedHashMap<>();
        TlaValue first = value();
        skipSpace();
        if (lookingAt(")")) {
            pos++;
            return first;
        }
        TlaValue key = first;
        while (true) {
            int start = pos;
            expect(":>");
            TlaValue v = value();
            if (graph.put(key, v) != null) {
                throw new TlaParseException(key + " twice in a function", text, start);
            }
            skipSpace();
            if (lookingAt(")")) {
                pos++;
                return TlaValue.function(graph);
            }
            expect("@@");
            key = value();
            skipSpace();
        }
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && isIdentifierChar(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(start, pos);
        if (name.chars().allMatch(Character::isDigit)) {
            pos = start;
            throw error("expected a name");
        }
        return name;
    }

    private static boolean isIdentifierChar(char c) {
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }

    private void expect(String token) {
        skipSpace();
        if (!lookingAt(token)) {
            throw error("expected \"" + token + "\"");
        }
        pos += token.length();
    }

    private boolean lookingAt(String token) {
        return text.startsWith(token, pos);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private TlaParseException error(String message) {
        return new TlaParseException(message, text, pos);
    }
}
