package bango.report;

import bango.modelcheck.Manifest;
import bango.modelcheck.Manifest.Model;
import bango.modelcheck.Manifest.Witness;
import bango.modelcheck.ModelChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Traceability from the requirements ({@code specs/requirements.tsv}) to the properties that
 * state them, the models that check those properties, the failure witnesses that show each check
 * can fail, and the tests that exercise the implementation. {@link #check} reports every problem
 * it finds; the JUnit test {@code bango.TraceabilityTest} and {@code bango report} both use it.
 *
 * <p>The rules:
 * <ol>
 *   <li>The TSV has the columns {@code id, requirement, seed, scope, properties, tests}; IDs look
 *       like {@code ID-3}, scope is {@code in scope} or {@code planned}, properties look like
 *       {@code tla:Module!Operator} or {@code alloy:file!Assertion} ({@link Rule#FORMAT}).</li>
 *   <li>IDs are unique ({@link Rule#DUPLICATE_ID}).</li>
 *   <li>Every ID of the brief's section 2 ({@link #REQUIRED_IDS}) is present, in scope
 *       ({@link Rule#REQUIRED_ID}).</li>
 *   <li>Every in-scope ID has a property ({@link Rule#NO_PROPERTY}) and a test ({@link Rule#NO_TEST}).</li>
 *   <li>A {@code tla:M!P} property is an operator defined in {@code specs/tla/M.tla}; an
 *       {@code alloy:f!A} property is an {@code assert} in {@code specs/alloy/f.als}
 *       ({@link Rule#PROPERTY_UNDEFINED}).</li>
 *   <li>A TLA+ property is an invariant or a temporal property (INVARIANT(S) or PROPERTY(PROPERTIES)
 *       of the .cfg) of a manifest TLC model whose
 *       spec is or extends M; an Alloy property is a {@code check} command of a manifest Alloy model
 *       of f.als ({@link Rule#PROPERTY_NOT_CHECKED}).</li>
 *   <li>Every property has a failure witness in the manifest: same tool, {@code violates} = the
 *       property's name, based on a model that checks it ({@link Rule#NO_WITNESS}).</li>
 *   <li>Every listed test class exists among the compiled tests ({@link Rule#TEST_NOT_FOUND}) and
 *       names the ID, or a sub-ID such as {@code CODE-3a} for {@code CODE-3}, with {@code @Covers}
 *       on the class or one of its methods ({@link Rule#TEST_WITHOUT_COVERS}).</li>
 *   <li>Conversely, every test class whose {@code @Covers} names an in-scope ID (or a sub-ID of it)
 *       is listed for that ID ({@link Rule#COVERS_NOT_LISTED}), and every ID a {@code @Covers} names
 *       is a requirement of the TSV ({@link Rule#COVERS_UNKNOWN_ID}).</li>
 * </ol>
 * Without an index of the test classes, rules 8 and 9 cannot be checked; that is itself reported
 * ({@link Rule#NO_TEST_CLASSES}).
 */
public final class Traceability {

    /** The requirement IDs of the brief's section 2, which must be in scope. */
    public static final List<String> REQUIRED_IDS = List.of(
            "ID-1", "ID-2", "ID-3", "ID-4", "ID-5", "ID-6", "ID-7", "ID-8",
            "CODE-1", "CODE-2", "CODE-3", "CODE-4", "CODE-5");

    /** The requirements table, under the project root. */
    public static final Path REQUIREMENTS = Path.of("specs", "requirements.tsv");
    public static final List<String> COLUMNS = List.of("id", "requirement", "seed", "scope", "properties", "tests");
    public static final String IN_SCOPE = "in scope";
    public static final String PLANNED = "planned";

    private static final Pattern ID = Pattern.compile("[A-Z]+-[0-9]+");
    private static final Pattern SUB_ID = Pattern.compile("([A-Z]+-[0-9]+)[a-z]*");
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    /** Which rule a problem breaks. */
    public enum Rule {
        FORMAT, DUPLICATE_ID, REQUIRED_ID, NO_PROPERTY, NO_TEST, PROPERTY_UNDEFINED, PROPERTY_NOT_CHECKED,
        NO_WITNESS, NO_TEST_CLASSES, TEST_NOT_FOUND, TEST_WITHOUT_COVERS, COVERS_NOT_LISTED, COVERS_UNKNOWN_ID
    }

    /**
     * One problem.
     *
     * @param rule    the rule broken
     * @param id      the requirement it concerns, or null if none in particular
     * @param message what is wrong, in a sentence that names the files and names involved
     */
    public record Problem(Rule rule, String id, String message) {
        @Override
        public String toString() {
            return message;
        }
    }

    /** One row of the TSV; {@code line} is its 1-based line number. */
    public record Requirement(int line, String id, String text, String seed, String scope,
                              List<String> properties, List<String> tests) {
        public Requirement {
            properties = List.copyOf(properties);
            tests = List.copyOf(tests);
        }

        public boolean inScope() {
            return IN_SCOPE.equals(scope);
        }
    }

    /**
     * A property reference {@code tla:Module!Operator} or {@code alloy:file!Assertion}.
     *
     * @param tool {@link Manifest#TLC} for {@code tla:}, {@link Manifest#ALLOY} for {@code alloy:}
     */
    public record Property(String text, String tool, String file, String name) {
        private static final Pattern SYNTAX = Pattern.compile("(tla|alloy):([A-Za-z0-9_]+)!([A-Za-z0-9_]+)");

        public static Optional<Property> parse(String text) {
            Matcher m = SYNTAX.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Property(text, m.group(1).equals("tla") ? Manifest.TLC : Manifest.ALLOY,
                    m.group(2), m.group(3)));
        }

        /** The spec file that must define it, relative to the project root. */
        public Path specFile() {
            return Manifest.TLC.equals(tool) ? Path.of("specs", "tla", file + ".tla")
                    : Path.of("specs", "alloy", file + ".als");
        }

        public boolean isTla() {
            return Manifest.TLC.equals(tool);
        }
    }

    private final List<Requirement> requirements;
    private final List<Problem> problems;
    private final Map<String, List<Model>> checkers;
    private final Map<String, List<Witness>> witnesses;

    private Traceability(List<Requirement> requirements, List<Problem> problems,
                         Map<String, List<Model>> checkers, Map<String, List<Witness>> witnesses) {
        this.requirements = List.copyOf(requirements);
        this.problems = List.copyOf(problems);
        this.checkers = checkers;
        this.witnesses = witnesses;
    }

    /** The rows of the TSV that parsed, in file order. */
    public List<Requirement> requirements() {
        return requirements;
    }

    /** Every problem found; empty if the rules hold. */
    public List<Problem> problems() {
        return problems;
    }

    /** The problems about one requirement. */
    public List<Problem> problems(String id) {
        return problems.stream().filter(p -> id.equals(p.id())).toList();
    }

    public Optional<Requirement> requirement(String id) {
        return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The manifest models that check a property (its invariant or check command); empty if none. */
    public List<Model> checkers(String property) {
        return checkers.getOrDefault(property, List.of());
    }

    /** The manifest's failure witnesses of a property; empty if none. */
    public List<Witness> witnesses(String property) {
        return witnesses.getOrDefault(property, List.of());
    }

    /** Whether {@code named} (from a {@code @Covers}) is {@code id} or a sub-ID of it ({@code CODE-3a} for {@code CODE-3}). */
    public static boolean names(String named, String id) {
        Matcher m = SUB_ID.matcher(named);
        return m.matches() && m.group(1).equals(id);
    }

    /** The requirement ID a {@code @Covers} value stands for: {@code CODE-3a} gives {@code CODE-3}; null if malformed. */
    public static String baseId(String named) {
        Matcher m = SUB_ID.matcher(named);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * Checks the project at {@code root}: its TSV, its manifest and spec files, and the test
     * classes in {@code tests} (null if they are not available).
     */
    public static Traceability check(Path root, TestIndex tests) throws IOException {
        return check(root, Files.readString(root.resolve(REQUIREMENTS)),
                Manifest.read(root.resolve(Manifest.PATH)), tests);
    }

    /** Checks the given TSV text and manifest; spec files are read from under {@code root}. */
    public static Traceability check(Path root, String tsv, Manifest manifest, TestIndex tests) {
        return check(root, tsv, manifest, tests, REQUIRED_IDS);
    }

    /** As {@link #check(Path, String, Manifest, TestIndex)}, with another list of required IDs. */
    public static Traceability check(Path root, String tsv, Manifest manifest, TestIndex tests,
                                     Collection<String> requiredIds) {
        return new Checker(root, manifest, tests).run(tsv, requiredIds);
    }

    // -------------------------------------------------------------------------------------------

    private static final class Checker {
        private final Path root;
        private final Manifest manifest;
        private final TestIndex tests;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, List<Model>> checkers = new LinkedHashMap<>();
        private final Map<String, List<Witness>> witnesses = new LinkedHashMap<>();
        private final Map<Path, Optional<String>> files = new HashMap<>();

        Checker(Path root, Manifest manifest, TestIndex tests) {
            this.root = root;
            this.manifest = manifest;
            this.tests = tests;
        }

        Traceability run(String tsv, Collection<String> requiredIds) {
            List<Requirement> rows = parse(tsv);
            Map<String, Requirement> byId = new LinkedHashMap<>();
            for (Requirement r : rows) {
                Requirement earlier = byId.putIfAbsent(r.id(), r);
                if (earlier != null) {
                    add(Rule.DUPLICATE_ID, r.id(), r.id() + " appears twice in " + REQUIREMENTS + " (lines "
                            + earlier.line() + " and " + r.line() + ")");
                }
            }
            for (String id : requiredIds) {
                Requirement r = byId.get(id);
                if (r == null) {
                    add(Rule.REQUIRED_ID, id, id + " is missing from " + REQUIREMENTS);
                } else if (!r.inScope()) {
                    add(Rule.REQUIRED_ID, id, id + " has scope '" + r.scope() + "' in " + REQUIREMENTS
                            + " (line " + r.line() + "); it must be '" + IN_SCOPE + "'");
                }
            }
            for (Requirement r : rows) {
                if (r.inScope() && r.properties().isEmpty()) {
                    add(Rule.NO_PROPERTY, r.id(), r.id() + " is in scope but lists no property");
                }
                if (r.inScope() && r.tests().isEmpty()) {
                    add(Rule.NO_TEST, r.id(), r.id() + " is in scope but lists no test");
                }
                for (String text : r.properties()) {
                    Optional<Property> p = Property.parse(text);
                    if (p.isEmpty()) {
                        add(Rule.FORMAT, r.id(), r.id() + ": '" + text + "' is not a property (tla:Module!Operator or "
                                + "alloy:file!Assertion)");
                    } else {
                        checkProperty(r.id(), p.get());
                    }
                }
                checkTests(r);
            }
            checkCoversListed(byId);
            return new Traceability(rows, problems, checkers, witnesses);
        }

        private void add(Rule rule, String id, String message) {
            problems.add(new Problem(rule, id, message));
        }

        // --- The TSV ---------------------------------------------------------------------------

        private List<Requirement> parse(String tsv) {
            List<Requirement> rows = new ArrayList<>();
            String[] lines = tsv.split("\r?\n", -1);
            if (lines.length == 0 || !Arrays.asList(lines[0].split("\t", -1)).equals(COLUMNS)) {
                add(Rule.FORMAT, null, REQUIREMENTS + ": the first line must be the header "
                        + String.join("<TAB>", COLUMNS));
            }
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank()) {
                    continue;
                }
                int number = i + 1;
                String[] f = line.split("\t", -1);
                String where = REQUIREMENTS + " line " + number;
                if (f.length != COLUMNS.size()) {
                    add(Rule.FORMAT, f.length > 0 && ID.matcher(f[0].strip()).matches() ? f[0].strip() : null,
                            where + ": " + f.length + " tab-separated columns, not " + COLUMNS.size());
                    continue;
                }
                String id = f[0].strip();
                if (!ID.matcher(id).matches()) {
                    add(Rule.FORMAT, null, where + ": '" + id + "' is not a requirement ID (like ID-3)");
                    continue;
                }
                String scope = f[3].strip();
                if (!scope.equals(IN_SCOPE) && !scope.equals(PLANNED)) {
                    add(Rule.FORMAT, id, where + ": scope of " + id + " is '" + scope + "', not '" + IN_SCOPE
                            + "' or '" + PLANNED + "'");
                }
                List<String> tests = list(f[5]);
                for (String t : tests) {
                    if (!CLASS_NAME.matcher(t).matches()) {
                        add(Rule.FORMAT, id, where + ": '" + t + "' is not a fully qualified class name");
                    }
                }
                rows.add(new Requirement(number, id, f[1].strip(), f[2].strip(), scope, list(f[4]), tests));
            }
            return rows;
        }

        private static List<String> list(String column) {
            return Arrays.stream(column.split(";")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        }

        // --- Properties ------------------------------------------------------------------------

        /** The findings about each property, computed once: a property may serve several requirements. */
        private final Map<String, List<Problem>> propertyFindings = new HashMap<>();

        /** Checks a property of requirement {@code id}; each finding is reported for every requirement listing it. */
        private void checkProperty(String id, Property p) {
            List<Problem> findings = propertyFindings.computeIfAbsent(p.text(), k -> {
                List<Problem> found = new ArrayList<>();
                checkProperty(p, found);
                return found;
            });
            findings.forEach(f -> add(f.rule(), id, id + ": " + f.message()));
        }

        private void checkProperty(Property p, List<Problem> found) {
            Optional<String> spec = read(p.specFile());
            if (spec.isEmpty()) {
                found.add(new Problem(Rule.PROPERTY_UNDEFINED, null, p.text() + " is not defined: there is no "
                        + p.specFile()));
            } else if (p.isTla() ? !definesOperator(spec.get(), p.name()) : !definesAssertion(spec.get(), p.name())) {
                found.add(new Problem(Rule.PROPERTY_UNDEFINED, null, p.text() + " is not defined: " + p.specFile()
                        + " has no " + (p.isTla() ? "operator " + p.name() + " ==" : "assert " + p.name())));
            }
            List<Model> models = p.isTla() ? tlcCheckers(p, found) : alloyCheckers(p, found);
            checkers.put(p.text(), models);
            Set<String> modelNames = new TreeSet<>();
            models.forEach(m -> modelNames.add(m.model()));
            List<Witness> ws = manifest.witnesses().stream()
                    .filter(w -> p.tool().equals(w.tool()) && p.name().equals(w.violates()))
                    .filter(w -> models.isEmpty() || modelNames.contains(w.base()))
                    .toList();
            witnesses.put(p.text(), ws);
            if (ws.isEmpty()) {
                found.add(new Problem(Rule.NO_WITNESS, null, p.text() + " has no failure witness: no " + p.tool()
                        + " witness in " + Manifest.PATH + " violates " + p.name()
                        + (models.isEmpty() ? "" : " on " + String.join(" or ", modelNames))));
            }
        }

        private List<Model> tlcCheckers(Property p, List<Problem> found) {
            List<Model> extending = manifest.models().stream()
                    .filter(m -> Manifest.TLC.equals(m.tool()) && m.spec() != null)
                    .filter(m -> extendsModule(Path.of(m.spec()), p.file()))
                    .toList();
            if (extending.isEmpty()) {
                found.add(new Problem(Rule.PROPERTY_NOT_CHECKED, null, p.text() + " is not model-checked: no TLC model in " + Manifest.PATH
                        + " has a spec that is or extends module " + p.file()));
                return List.of();
            }
            List<Model> checking = new ArrayList<>();
            for (Model m : extending) {
                Optional<String> cfg = m.config() == null ? Optional.empty() : read(Path.of(m.config()));
                if (cfg.isPresent() && (ModelChecker.invariants(cfg.get()).contains(p.name())
                        || ModelChecker.temporalProperties(cfg.get()).contains(p.name()))) {
                    checking.add(m);
                }
            }
            if (checking.isEmpty()) {
                found.add(new Problem(Rule.PROPERTY_NOT_CHECKED, null, p.text() + " is not model-checked: it is not among the INVARIANTS or PROPERTIES of "
                        + String.join(", ", extending.stream().map(m -> m.model() + " (" + m.config() + ")").toList())));
            }
            return checking;
        }

        private List<Model> alloyCheckers(Property p, List<Problem> found) {
            List<Model> ofFile = manifest.models().stream()
                    .filter(m -> Manifest.ALLOY.equals(m.tool()) && m.spec() != null)
                    .filter(m -> Path.of(m.spec()).normalize().equals(p.specFile()))
                    .toList();
            if (ofFile.isEmpty()) {
                found.add(new Problem(Rule.PROPERTY_NOT_CHECKED, null, p.text() + " is not model-checked: no Alloy model in " + Manifest.PATH
                        + " has the spec " + p.specFile()));
                return List.of();
            }
            List<Model> checking = ofFile.stream()
                    .filter(m -> m.commands() != null && m.commands().stream()
                            .anyMatch(c -> "check".equals(c.kind()) && p.name().equals(c.name())))
                    .toList();
            if (checking.isEmpty()) {
                found.add(new Problem(Rule.PROPERTY_NOT_CHECKED, null, p.text() + " is not model-checked: "
                        + String.join(", ", ofFile.stream().map(Model::model).toList())
                        + " has no command 'check " + p.name() + "' in " + Manifest.PATH));
            }
            return checking;
        }

        /** Whether the module of {@code spec} is {@code module} or extends it, directly or not. */
        private boolean extendsModule(Path spec, String module) {
            Path dir = spec.getParent() == null ? Path.of("") : spec.getParent();
            Set<String> seen = new LinkedHashSet<>();
            List<String> todo = new ArrayList<>(List.of(moduleName(spec)));
            while (!todo.isEmpty()) {
                String m = todo.remove(todo.size() - 1);
                if (!seen.add(m)) {
                    continue;
                }
                if (m.equals(module)) {
                    return true;
                }
                read(dir.resolve(m + ".tla")).ifPresent(text -> todo.addAll(extendsOf(text)));
            }
            return false;
        }

        private static String moduleName(Path spec) {
            String f = spec.getFileName().toString();
            return f.endsWith(".tla") ? f.substring(0, f.length() - 4) : f;
        }

        private Optional<String> read(Path relative) {
            return files.computeIfAbsent(relative.normalize(), r -> {
                Path p = root.resolve(r);
                try {
                    return Files.isRegularFile(p) ? Optional.of(Files.readString(p)) : Optional.empty();
                } catch (IOException e) {
                    return Optional.empty();
                }
            });
        }

        // --- Tests -----------------------------------------------------------------------------

        private void checkTests(Requirement r) {
            if (tests == null) {
                return;
            }
            for (String t : r.tests()) {
                if (!tests.exists(t)) {
                    add(Rule.TEST_NOT_FOUND, r.id(), r.id() + ": lists " + t + ", which is not a compiled test class");
                } else if (tests.coversOf(t).stream().noneMatch(n -> names(n, r.id()))) {
                    add(Rule.TEST_WITHOUT_COVERS, r.id(), r.id() + ": lists " + t + ", which has no @Covers naming "
                            + r.id() + " (or a sub-ID of it) on the class or a method");
                }
            }
        }

        private void checkCoversListed(Map<String, Requirement> byId) {
            if (tests == null) {
                add(Rule.NO_TEST_CLASSES, null, "no compiled test classes (" + TestIndex.TEST_CLASSES + "): the listed "
                        + "tests and their @Covers were not checked; run mvn -B verify");
                return;
            }
            tests.covers().forEach((cls, named) -> {
                Map<String, String> byBase = new LinkedHashMap<>();
                for (String n : new TreeSet<>(named)) {
                    String id = baseId(n);
                    Requirement r = id == null ? null : byId.get(id);
                    if (r == null) {
                        add(Rule.COVERS_UNKNOWN_ID, id, cls + " has @Covers(\"" + n + "\"), which is not a requirement of "
                                + REQUIREMENTS);
                    } else if (r.inScope() && !r.tests().contains(cls)) {
                        byBase.merge(id, n, (a, b) -> a + ", " + b);
                    }
                }
                byBase.forEach((id, n) -> add(Rule.COVERS_NOT_LISTED, id, id + ": " + cls + " has @Covers naming " + n
                        + " but is not listed in the tests of " + id + " in " + REQUIREMENTS));
            });
        }
    }

    // --- Reading specs ---------------------------------------------------------------------------

    /** Whether a TLA+ module text defines {@code name} at the start of a line ({@code Name ==} or {@code Name(args) ==}). */
    static boolean definesOperator(String tla, String name) {
        return Pattern.compile("(?m)^(LOCAL\\s+)?" + Pattern.quote(name) + "\\b(\\s*\\([^)]*\\))?\\s*==")
                .matcher(stripTlaComments(tla)).find();
    }

    /** Whether an Alloy text has {@code assert Name {}. */
    static boolean definesAssertion(String als, String name) {
        return Pattern.compile("\\bassert\\s+" + Pattern.quote(name) + "\\s*\\{")
                .matcher(stripAlloyComments(als)).find();
    }

    /** The modules a TLA+ module extends (its EXTENDS clause). */
    static List<String> extendsOf(String tla) {
        Matcher m = Pattern.compile("\\bEXTENDS\\s+([A-Za-z0-9_]+(\\s*,\\s*[A-Za-z0-9_]+)*)").matcher(stripTlaComments(tla));
        return m.find() ? Arrays.stream(m.group(1).split(",")).map(String::strip).toList() : List.of();
    }

    /** The text with TLA+ comments ({@code \* ...} and nested {@code (* ... *)}) blanked out, strings kept. */
    static String stripTlaComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("\\*", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
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
                        out.append(s.charAt(i) == '\n' ? '\n' : ' ');
                        i++;
                    }
                }
            } else if (s.charAt(i) == '"') {
                int start = i++;
                while (i < s.length() && s.charAt(i) != '"' && s.charAt(i) != '\n') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i = Math.min(i + 1, s.length());
                out.append(s, start, i);
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The text with Alloy comments ({@code //}, {@code --} to end of line, {@code /* ... *}{@code /}) blanked out. */
    static String stripAlloyComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("//", i) || s.startsWith("--", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                s.substring(i, end).chars().filter(c -> c == '\n').forEach(c -> out.append('\n'));
                i = end;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

}
