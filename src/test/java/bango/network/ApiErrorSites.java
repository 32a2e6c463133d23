package bango.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typed errors a service's source raises, read from the source: every {@code new ApiException(status,
 * type, detail)} and every factory call ({@code ApiException.unprocessable(type, detail)}, ...), each
 * with the statuses and types it can produce. A type or status need not be a literal at the call
 * site: a local {@code String} variable is followed to its initialiser, a call of a method of the same
 * file to that method's {@code return}s, a conditional to both branches, and a status of the form
 * {@code type.equals("x") ? 403 : 422} is paired type by type. A call site whose type and status come
 * from elsewhere at run time (an upstream reply) is <em>forwarded</em>; its literal fallbacks
 * ({@code asText("error")}) are kept. Anything else is refused, so that a new way of raising an
 * error cannot slip past the document's check.
 */
final class ApiErrorSites {

    /** One status with one type. */
    record Pair(int status, String type) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair o) {
            return status != o.status ? Integer.compare(status, o.status) : type.compareTo(o.type);
        }

        @Override
        public String toString() {
            return status + " " + type;
        }
    }

    /**
     * One call site: its line, what it raises, whether it forwards an upstream error (then
     * {@code fallbacks} are the types it uses when the upstream gave none) and the method it is in.
     */
    record Site(String file, int line, String method, Set<Pair> pairs, boolean forwarded, Set<String> fallbacks) {
    }

    private static final Pattern CONSTRUCTION = Pattern.compile("\\bnew\\s+ApiException\\s*\\(");
    private static final Pattern FACTORY_CALL = Pattern.compile("\\bApiException\\s*\\.\\s*(\\w+)\\s*\\(");
    private static final Pattern FACTORY_DECLARATION = Pattern.compile(
            "public\\s+static\\s+ApiException\\s+(\\w+)\\s*\\(\\s*String\\s+(\\w+)\\s*,[^)]*\\)\\s*\\{");
    private static final Pattern INT = Pattern.compile("\\d{3}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
    private static final Pattern LOCAL_CALL = Pattern.compile("([A-Za-z_]\\w*)\\s*\\((.*)\\)", Pattern.DOTALL);
    private static final Pattern EQUALS_TEST = Pattern.compile("([A-Za-z_]\\w*)\\s*\\.\\s*equals\\s*\\((\"(?:[^\"\\\\]|\\\\.)*\")\\)");
    private static final Pattern FALLBACK = Pattern.compile("\\.asText\\s*\\(\\s*(\"(?:[^\"\\\\]|\\\\.)*\")\\s*\\)");
    /** A declaration's last type token, its name, its parameters and its opening brace (keywords aside). */
    private static final Pattern METHOD_DECLARATION = Pattern.compile(
            "[\\w>\\]]\\s+(\\w+)\\s*\\([^;{()]*\\)\\s*(?:throws\\s+[\\w.]+(?:\\s*,\\s*[\\w.]+)*\\s*)?\\{");

    /** Words the declaration pattern also finds before a parenthesis and a brace ({@code else if (x) {}). */
    private static final Set<String> KEYWORDS = Set.of("if", "for", "while", "switch", "catch", "synchronized", "return", "new");

    private ApiErrorSites() {
    }

    /** The status each factory of {@code ApiException} gives, read from its source. */
    static Map<String, Integer> factories(String apiExceptionSource) {
        String src = withoutComments(apiExceptionSource);
        Map<String, Integer> out = new TreeMap<>();
        Matcher m = FACTORY_DECLARATION.matcher(src);
        while (m.find()) {
            String body = src.substring(m.end(), closing(src, m.end() - 1));
            Matcher c = CONSTRUCTION.matcher(body);
            if (!c.find()) {
                throw new IllegalStateException("factory " + m.group(1) + " does not construct an ApiException");
            }
            List<String> args = arguments(body, c.end() - 1);
            if (!INT.matcher(args.get(0)).matches() || !args.get(1).equals(m.group(2))) {
                throw new IllegalStateException("factory " + m.group(1) + " is not new ApiException(<status>, type, ...)");
            }
            out.put(m.group(1), Integer.parseInt(args.get(0)));
        }
        return out;
    }

    /** Every call site of {@code source} that raises a typed error. */
    static List<Site> scan(String file, String source, Map<String, Integer> factories) {
        String src = withoutComments(source);
        List<Site> out = new ArrayList<>();
        Matcher m = CONSTRUCTION.matcher(src);
        while (m.find()) {
            List<String> args = arguments(src, m.end() - 1);
            if (args.size() != 3) {
                throw new IllegalStateException(file + ":" + line(src, m.start()) + ": new ApiException with " + args.size() + " arguments");
            }
            out.add(site(file, src, m.start(), args.get(0), args.get(1)));
        }
        m = FACTORY_CALL.matcher(src);
        while (m.find()) {
            Integer status = factories.get(m.group(1));
            if (status == null) {
                throw new IllegalStateException(file + ":" + line(src, m.start()) + ": ApiException." + m.group(1)
                        + " is not a factory of ApiException");
            }
            List<String> args = arguments(src, m.end() - 1);
            out.add(site(file, src, m.start(), String.valueOf(status), args.get(0)));
        }
        out.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return out;
    }

    private static Site site(String file, String src, int at, String statusExpr, String typeExpr) {
        String where = file + ":" + line(src, at);
        Set<String> types = types(src, typeExpr, at, 0);
        Map<String, Set<Integer>> statuses = types == null ? null : statuses(statusExpr, typeExpr, types);
        String method = enclosingMethod(src, at);
        if (types == null && statuses(statusExpr, typeExpr, Set.of("?")) == null) {
            Set<String> fallbacks = new TreeSet<>();
            Matcher f = FALLBACK.matcher(typeExpr);
            while (f.find()) {
                fallbacks.add(unquote(f.group(1)));
            }
            return new Site(file, line(src, at), method, Set.of(), true, fallbacks);
        }
        if (types == null) {
            throw new IllegalStateException(where + ": cannot tell the error type of `" + typeExpr + "`");
        }
        if (statuses == null) {
            throw new IllegalStateException(where + ": cannot tell the status of `" + statusExpr + "`");
        }
        Set<Pair> pairs = new TreeSet<>();
        statuses.forEach((t, ss) -> ss.forEach(s -> pairs.add(new Pair(s, t))));
        return new Site(file, line(src, at), method, pairs, false, Set.of());
    }

    /** The types {@code expr} can be, or null if they cannot be told from the source. */
    private static Set<String> types(String src, String expr, int at, int depth) {
        expr = expr.trim();
        if (depth > 8) {
            return null;
        }
        String literal = literal(expr);
        if (literal != null) {
            return Set.of(literal);
        }
        String[] branches = conditional(expr);
        if (branches != null) {
            Set<String> a = types(src, branches[1], at, depth + 1);
            Set<String> b = types(src, branches[2], at, depth + 1);
            if (a == null || b == null) {
                return null;
            }
            Set<String> both = new TreeSet<>(a);
            both.addAll(b);
            return both;
        }
        if (IDENTIFIER.matcher(expr).matches()) {
            String init = initialiser(src, expr, at);
            return init == null ? null : types(src, init, at, depth + 1);
        }
        Matcher call = LOCAL_CALL.matcher(expr);
        if (call.matches()) {
            int[] body = methodBody(src, call.group(1));
            if (body == null) {
                return null;
            }
            List<String> returns = returns(src.substring(body[0], body[1]));
            if (returns.isEmpty()) {
                return null;
            }
            Set<String> all = new TreeSet<>();
            for (String r : returns) {
                Set<String> t = types(src, r, body[0], depth + 1);
                if (t == null) {
                    return null;
                }
                all.addAll(t);
            }
            return all;
        }
        return null;
    }

    /** Per type, the statuses {@code expr} gives it; null if they cannot be told. */
    private static Map<String, Set<Integer>> statuses(String statusExpr, String typeExpr, Set<String> types) {
        String expr = statusExpr.trim();
        Map<String, Set<Integer>> out = new LinkedHashMap<>();
        if (INT.matcher(expr).matches()) {
            types.forEach(t -> out.put(t, Set.of(Integer.parseInt(expr))));
            return out;
        }
        String[] branches = conditional(expr);
        if (branches == null || !INT.matcher(branches[1]).matches() || !INT.matcher(branches[2]).matches()) {
            return null;
        }
        int yes = Integer.parseInt(branches[1]);
        int no = Integer.parseInt(branches[2]);
        Matcher eq = EQUALS_TEST.matcher(branches[0]);
        if (eq.matches() && eq.group(1).equals(typeExpr.trim())) {
            String when = unquote(eq.group(2));
            types.forEach(t -> out.put(t, Set.of(t.equals(when) ? yes : no)));
        } else {
            types.forEach(t -> out.put(t, Set.of(yes, no)));
        }
        return out;
    }

    // --- A little of Java's syntax -----------------------------------------------------------

    /** {@code source} with its comments blanked (same length, same lines), its literals kept. */
    static String withoutComments(String source) {
        StringBuilder b = new StringBuilder(source);
        int i = 0;
        while (i < b.length()) {
            char c = b.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(b, i);
            } else if (c == '/' && i + 1 < b.length() && b.charAt(i + 1) == '/') {
                while (i < b.length() && b.charAt(i) != '\n') {
                    b.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < b.length() && b.charAt(i + 1) == '*') {
                int end = b.indexOf("*/", i + 2);
                end = end < 0 ? b.length() : end + 2;
                for (; i < end; i++) {
                    if (b.charAt(i) != '\n') {
                        b.setCharAt(i, ' ');
                    }
                }
            } else {
                i++;
            }
        }
        return b.toString();
    }

    /** The index just after the string or char literal starting at {@code start}. */
    private static int endOfLiteral(CharSequence s, int start) {
        char quote = s.charAt(start);
        if (quote == '"' && start + 2 < s.length() && s.charAt(start + 1) == '"' && s.charAt(start + 2) == '"') {
            int end = s.toString().indexOf("\"\"\"", start + 3);
            return end < 0 ? s.length() : end + 3;
        }
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote) {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, s.length());
    }

    /** The top-level arguments of the call whose opening parenthesis is at {@code open}. */
    static List<String> arguments(String src, int open) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int from = open + 1;
        for (int i = open; i < src.length(); ) {
            char c = src.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(src, i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    String last = src.substring(from, i).trim();
                    if (!last.isEmpty() || !args.isEmpty()) {
                        args.add(last);
                    }
                    return args;
                }
            } else if (c == ',' && depth == 1) {
                args.add(src.substring(from, i).trim());
                from = i + 1;
            }
            i++;
        }
        throw new IllegalStateException("unbalanced parentheses from offset " + open);
    }

    /** The index of the brace closing the one at {@code open}. */
    private static int closing(String src, int open) {
        int depth = 0;
        for (int i = open; i < src.length(); ) {
            char c = src.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(src, i);
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
            i++;
        }
        throw new IllegalStateException("unbalanced braces from offset " + open);
    }

    /** {@code [condition, then, else]} if {@code expr} is a conditional at its top level. */
    static String[] conditional(String expr) {
        int depth = 0;
        int question = -1;
        int nested = 0;
        for (int i = 0; i < expr.length(); ) {
            char c = expr.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(expr, i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && c == '?') {
                if (question < 0) {
                    question = i;
                } else {
                    nested++;
                }
            } else if (depth == 0 && c == ':' && question >= 0) {
                if (nested == 0) {
                    return new String[] {expr.substring(0, question).trim(), expr.substring(question + 1, i).trim(),
                            expr.substring(i + 1).trim()};
                }
                nested--;
            }
            i++;
        }
        return null;
    }

    /** The value of {@code expr} if it is one string literal, else null. */
    static String literal(String expr) {
        if (expr.length() < 2 || expr.charAt(0) != '"' || endOfLiteral(expr, 0) != expr.length()) {
            return null;
        }
        return unquote(expr);
    }

    private static String unquote(String quoted) {
        String body = quoted.substring(1, quoted.length() - 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char n = body.charAt(++i);
                b.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The initialiser of the last {@code String name = ...;} before {@code at}, or null. */
    private static String initialiser(String src, String name, int at) {
        Matcher m = Pattern.compile("\\b(?:final\\s+)?(?:String|var)\\s+" + Pattern.quote(name) + "\\s*=").matcher(src);
        int found = -1;
        while (m.find() && m.start() < at) {
            found = m.end();
        }
        return found < 0 ? null : src.substring(found, endOfStatement(src, found)).trim();
    }

    private static int endOfStatement(String src, int from) {
        int depth = 0;
        for (int i = from; i < src.length(); ) {
            char c = src.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(src, i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ';' && depth == 0) {
                return i;
            }
            i++;
        }
        throw new IllegalStateException("no end of statement from offset " + from);
    }

    /** The body (between the braces) of the method {@code name} declared in {@code src}, or null. */
    private static int[] methodBody(String src, String name) {
        Matcher m = METHOD_DECLARATION.matcher(src);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return new int[] {m.end(), closing(src, m.end() - 1)};
            }
        }
        return null;
    }

    /** The name of the method whose body holds {@code at} (innermost), or "" if none. */
    private static String enclosingMethod(String src, int at) {
        Matcher m = METHOD_DECLARATION.matcher(src);
        String name = "";
        int start = -1;
        while (m.find()) {
            int end = closing(src, m.end() - 1);
            if (!KEYWORDS.contains(m.group(1)) && m.end() <= at && at < end && m.end() > start) {
                name = m.group(1);
                start = m.end();
            }
        }
        return name;
    }

    /** The expressions of every {@code return ...;} in {@code body}. */
    private static List<String> returns(String body) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\breturn\\s+").matcher(body);
        int from = 0;
        while (m.find(from)) {
            int end = endOfStatement(body, m.end());
            out.add(body.substring(m.end(), end).trim());
            from = end;
        }
        return out;
    }

    private static int line(String src, int at) {
        int n = 1;
        for (int i = 0; i < at; i++) {
            if (src.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
