package bango.modelcheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a failure witness's TLC configuration from its base model's: substitutions replace the
 * base config's entries for the same names in its CONSTANTS section (or are added to it), and
 * the INVARIANT(S) sections give way to the one invariant the witness must violate. Everything
 * else (comments included) is kept as written.
 */
final class TlcConfig {

    /** {@code Name <- Operator} or {@code Name = value}. */
    static final Pattern SUBSTITUTION = Pattern.compile("\\s*([A-Za-z0-9_]+)\\s*(<-|=)\\s*(\\S.*?)\\s*");

    private static final Set<String> KEYWORDS = Set.of(
            "CONSTANT", "CONSTANTS", "INIT", "NEXT", "SPECIFICATION", "INVARIANT", "INVARIANTS",
            "PROPERTY", "PROPERTIES", "SYMMETRY", "VIEW", "CONSTRAINT", "CONSTRAINTS",
            "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS", "CHECK_DEADLOCK", "POSTCONDITION", "ALIAS");

    private TlcConfig() {
    }

    /**
     * The derived configuration.
     *
     * @param base       the base model's .cfg text
     * @param substitute lines {@code X <- Y} or {@code X = v}
     * @param invariant  the only invariant to check
     * @param header     comment lines to put first (without the {@code \*})
     * @throws IllegalArgumentException if a substitution is malformed or the base does not tokenize
     */
    static String derive(String base, List<String> substitute, String invariant, List<String> header) {
        return derive(base, substitute, invariant, properties(base).contains(invariant), header);
    }

    /**
     * The derived configuration checking only {@code violates}: as a PROPERTY when {@code temporal}
     * (the base lists it among its temporal properties), else as an INVARIANT. The base's INVARIANT(S)
     * and PROPERTY(PROPERTIES) sections are all dropped, so TLC checks nothing else.
     */
    static String derive(String base, List<String> substitute, String violates, boolean temporal, List<String> header) {
        Map<String, String> subs = new LinkedHashMap<>();
        for (String line : substitute) {
            Matcher m = SUBSTITUTION.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a substitution (X <- Y or X = value): " + line);
            }
            subs.put(m.group(1), m.group(1) + " " + m.group(2) + " " + m.group(3));
        }
        List<Token> tokens = tokenize(base);
        List<Edit> edits = new ArrayList<>();
        int lastConstantEnd = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.isKeyword()) {
                continue;
            }
            int sectionEnd = nextKeyword(tokens, k + 1);
            switch (t.text()) {
                case "CONSTANT", "CONSTANTS" -> {
                    for (int[] entry : entries(tokens, k + 1, sectionEnd)) {
                        String name = tokens.get(entry[0]).text();
                        String replacement = subs.remove(name);
                        if (replacement != null) {
                            edits.add(new Edit(tokens.get(entry[0]).start(), tokens.get(entry[1]).end(), replacement));
                        }
                        lastConstantEnd = tokens.get(entry[1]).end();
                    }
                    if (lastConstantEnd < 0) {
                        lastConstantEnd = t.end();
                    }
                }
                case "INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES" -> {
                    int last = lastSignificant(tokens, k, sectionEnd);
                    edits.add(new Edit(t.start(), tokens.get(last).end(), ""));
                }
                default -> { }
            }
        }
        StringBuilder added = new StringBuilder();
        subs.values().forEach(s -> added.append("\n    ").append(s));
        if (!subs.isEmpty()) {
            if (lastConstantEnd >= 0) {
                edits.add(new Edit(lastConstantEnd, lastConstantEnd, added.toString()));
            } else {
                edits.add(new Edit(0, 0, "CONSTANTS" + added + "\n"));
            }
        }
        edits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : 0);
        StringBuilder out = new StringBuilder();
        for (String line : header) {
            out.append("\\* ").append(line).append('\n');
        }
        int pos = 0;
        for (Edit e : edits) {
            out.append(base, pos, e.start()).append(e.text());
            pos = e.end();
        }
        out.append(base.substring(pos));
        String text = out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").stripTrailing();
        return text + (temporal ? "\nPROPERTY " : "\nINVARIANT ") + violates + "\n";
    }

    /** The names listed in the INVARIANT(S) sections of a configuration, in order (comments skipped). */
    static List<String> invariants(String cfg) {
        return listed(cfg, "INVARIANT", "INVARIANTS");
    }

    /** The names listed in the PROPERTY(PROPERTIES) sections: temporal properties. */
    static List<String> properties(String cfg) {
        return listed(cfg, "PROPERTY", "PROPERTIES");
    }

    private static List<String> listed(String cfg, String singular, String plural) {
        List<Token> tokens = tokenize(cfg);
        List<String> names = new ArrayList<>();
        boolean inSection = false;
        for (Token t : tokens) {
            if (t.isKeyword()) {
                inSection = t.text().equals(singular) || t.text().equals(plural);
            } else if (inSection && t.kind() == Kind.WORD) {
                names.add(t.text());
            }
        }
        return names;
    }

    /** Entries {@code [first token, last token]} of a CONSTANTS section: {@code Name = v}, {@code Name <- Op}, {@code Op(a, b) = v}. */
    private static List<int[]> entries(List<Token> tokens, int from, int to) {
        List<Integer> starts = new ArrayList<>();
        int depth = 0;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.kind() == Kind.COMMENT) {
                continue;
            }
            if (depth == 0 && t.kind() == Kind.WORD && startsEntry(tokens, k, to)) {
                starts.add(k);
            }
            if (t.text().equals("(") || t.text().equals("{") || t.text().equals("[") || t.text().equals("<<")) {
                depth++;
            } else if (t.text().equals(")") || t.text().equals("}") || t.text().equals("]") || t.text().equals(">>")) {
                depth--;
            }
        }
        List<int[]> entries = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : to;
            entries.add(new int[] {starts.get(i), lastSignificant(tokens, starts.get(i), end)});
        }
        return entries;
    }

    private static boolean startsEntry(List<Token> tokens, int k, int to) {
        int next = nextSignificant(tokens, k + 1, to);
        if (next < to && tokens.get(next).text().equals("(")) {
            // Op(a, b) = v
            int close = next;
            while (close < to && !tokens.get(close).text().equals(")")) {
                close++;
            }
            next = nextSignificant(tokens, close + 1, to);
        }
        return next < to && (tokens.get(next).text().equals("=") || tokens.get(next).text().equals("<-"));
    }

    private static int nextSignificant(List<Token> tokens, int from, int to) {
        int k = from;
        while (k < to && tokens.get(k).kind() == Kind.COMMENT) {
            k++;
        }
        return k;
    }

    /** The last non-comment token in [from, to), or from. */
    private static int lastSignificant(List<Token> tokens, int from, int to) {
        for (int k = to - 1; k > from; k--) {
            if (tokens.get(k).kind() != Kind.COMMENT) {
                return k;
            }
        }
        return from;
    }

    private static int nextKeyword(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).isKeyword()) {
                return k;
            }
        }
        return tokens.size();
    }

    enum Kind { WORD, STRING, COMMENT, SYMBOL }

    record Token(Kind kind, String text, int start, int end) {
        boolean isKeyword() {
            return kind == Kind.WORD && KEYWORDS.contains(text);
        }
    }

    private record Edit(int start, int end, String text) {
    }

    static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (s.startsWith("\\*", i)) {
                i = s.indexOf('\n', i);
                i = i < 0 ? s.length() : i;
                tokens.add(new Token(Kind.COMMENT, s.substring(start, i), start, i));
            } else if (s.startsWith("(*", i)) {
                int depth = 0;
                while (i < s.length()) {
                    if (s.startsWith("(*", i)) {
                        depth++;
                        i += 2;
                    } else if (s.startsWith("*)", i)) {
                        depth--;
                        i += 2;
                        if (depth == 0) {
                            break;
                        }
                    } else {
                        i++;
                    }
                }
                if (depth != 0) {
                    throw new IllegalArgumentException("unterminated comment in the config at offset " + start);
                }
                tokens.add(new Token(Kind.COMMENT, s.substring(start, i), start, i));
            } else if (c == '"') {
                i++;
                while (i < s.length() && s.charAt(i) != '"') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                if (i >= s.length()) {
                    throw new IllegalArgumentException("unterminated string in the config at offset " + start);
                }
                i++;
                tokens.add(new Token(Kind.STRING, s.substring(start, i), start, i));
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, s.substring(start, i), start, i));
            } else {
                String sym = s.startsWith("<-", i) ? "<-" : s.startsWith("<<", i) ? "<<" : s.startsWith(">>", i) ? ">>" : String.valueOf(c);
                i += sym.length();
                tokens.add(new Token(Kind.SYMBOL, sym, start, i));
            }
        }
        return tokens;
    }
}
