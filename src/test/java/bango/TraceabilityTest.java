package bango;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.modelcheck.Manifest;
import bango.modelcheck.ModelChecker;
import bango.report.TestIndex;
import bango.report.Traceability;
import bango.report.Traceability.Problem;
import bango.report.Traceability.Rule;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The traceability rules of {@link Traceability} hold for the project: every requirement ID of
 * the brief is in scope with a model-checked property that has a failure witness, and with tests
 * that name it with {@link Covers}; every test that names an in-scope ID is listed for it. The
 * test classes are found on the test class path by reflection. The rest of this class shows that
 * each rule can fail, on a tiny project of its own.
 */
class TraceabilityTest {

    // --- The project ---------------------------------------------------------------------------

    static Path root() throws IOException {
        return ModelChecker.findProjectRoot();
    }

    /** Every class compiled into target/test-classes, loaded, with the IDs its @Covers name (class and methods). */
    static TestIndex reflectedTestClasses() throws IOException, ClassNotFoundException {
        Path dir = root().resolve(TestIndex.TEST_CLASSES);
        ClassLoader loader = TraceabilityTest.class.getClassLoader();
        Map<String, Set<String>> covers = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path f : files) {
            String name = dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
            name = name.substring(0, name.length() - ".class".length());
            if (name.endsWith("module-info") || name.endsWith("package-info")) {
                continue;
            }
            Class<?> c = Class.forName(name, false, loader);
            Set<String> ids = covers.computeIfAbsent(TestIndex.topLevel(name), k -> new TreeSet<>());
            Covers onClass = c.getAnnotation(Covers.class);
            if (onClass != null) {
                ids.addAll(Arrays.asList(onClass.value()));
            }
            for (Method m : c.getDeclaredMethods()) {
                Covers onMethod = m.getAnnotation(Covers.class);
                if (onMethod != null) {
                    ids.addAll(Arrays.asList(onMethod.value()));
                }
            }
        }
        return new TestIndex(covers);
    }

    @Test
    void theProjectsRequirementsArePropertiesModelCheckedWitnessedAndTested() throws Exception {
        Traceability t = Traceability.check(root(), reflectedTestClasses());
        List<Problem> problems = t.problems();
        assertTrue(problems.isEmpty(), () -> problems.size() + " traceability problem(s):\n  "
                + problems.stream().map(Problem::message).collect(Collectors.joining("\n  ")));
        for (String id : Traceability.REQUIRED_IDS) {
            assertTrue(t.requirement(id).orElseThrow().inScope(), id);
        }
    }

    @Test
    void everyListedTestClassIsOnTheTestClassPath() throws Exception {
        Traceability t = Traceability.check(root(), reflectedTestClasses());
        for (Traceability.Requirement r : t.requirements()) {
            for (String cls : r.tests()) {
                Class<?> c = Class.forName(cls, false, getClass().getClassLoader());
                assertEquals(cls, c.getName());
            }
        }
    }

    /** The report reads @Covers from the class files without loading them; it must see what reflection sees. */
    @Test
    void theClassFileScanOfTheReportAgreesWithReflection() throws Exception {
        TestIndex reflected = reflectedTestClasses();
        TestIndex scanned = TestIndex.scan(root().resolve(TestIndex.TEST_CLASSES));
        assertEquals(reflected.covers(), scanned.covers());
        assertTrue(scanned.coversOf("bango.codes.CoreSystemTest").contains("CODE-3b"), "method-level @Covers are read");
        assertTrue(scanned.coversOf(TraceabilityTest.class.getName()).isEmpty());
    }

    /** Dropping the witnesses of a property from the real manifest (in memory) is reported for every ID that lists it. */
    @Test
    void theRealProjectWithoutAWitnessFails() throws Exception {
        Path root = root();
        Manifest real = Manifest.read(root.resolve(Manifest.PATH));
        Manifest broken = new Manifest(real.models(), real.witnesses().stream()
                .filter(w -> !(Manifest.TLC.equals(w.tool()) && "NumbersUniqueOverHistory".equals(w.violates())))
                .toList());
        Traceability t = Traceability.check(root, Files.readString(root.resolve(Traceability.REQUIREMENTS)), broken,
                reflectedTestClasses());
        assertEquals(Set.of("ID-3", "ID-8"), ids(t, Rule.NO_WITNESS));
        assertTrue(t.problems().stream().allMatch(p -> p.rule() == Rule.NO_WITNESS), t.problems()::toString);
    }

    // --- Each rule can fail, on a tiny project ------------------------------------------------

    @TempDir
    Path project;

    static final String TLA = """
            ---- MODULE Tiny ----
            EXTENDS Naturals
            VARIABLE x
            (*
            Comment == not a definition
            *)
            Init == x = 0
            Next == x' = x + 1
            Safe == x >= 0
            Small == x < 10
            Unchecked == x # 99
            ====
            """;

    static final String MC = """
            ---- MODULE MCTiny ----
            EXTENDS Tiny, TLC
            ====
            """;

    static final String CFG = """
            INIT Init
            NEXT Next
            INVARIANTS
                Safe
                \\* Unchecked
                Small
            """;

    static final String ALS = """
            sig A {}
            -- assert Commented { no A }
            assert NoA { no A }
            assert Unlisted { lone A }
            check NoA for 3
            check Unlisted for 3
            check BrokenNoA { some A } for 3
            """;

    static final String MANIFEST = """
            {
              "models": [
                {"model": "MCTiny", "tool": "tlc", "spec": "specs/tla/MCTiny.tla", "config": "specs/tla/MCTiny.cfg",
                 "expected": "pass", "distinct_states": 10},
                {"model": "tiny", "tool": "alloy", "spec": "specs/alloy/tiny.als", "expected": "pass",
                 "commands": [{"name": "NoA", "kind": "check", "scope": "for 3"}]}
              ],
              "witnesses": [
                {"name": "BrokenSafe", "tool": "tlc", "base": "MCTiny", "substitute": ["Next <- BrokenNext"],
                 "violates": "Safe"},
                {"name": "AlloyBrokenNoA", "tool": "alloy", "base": "tiny", "command": "BrokenNoA", "violates": "NoA"}
              ]
            }
            """;

    static final String HEADER = "id\trequirement\tseed\tscope\tproperties\ttests\n";

    static final String TSV = HEADER
            + "ID-1\tOne\ts1\tin scope\ttla:Tiny!Safe;alloy:tiny!NoA\tt.OneTest\n"
            + "ID-2\tTwo\ts2\tin scope\ttla:Tiny!Safe\tt.OneTest;t.TwoTest\n"
            + "NET-1\tLater\ts3\tplanned\t\t\n";

    static final List<String> REQUIRED = List.of("ID-1", "ID-2");

    /** t.OneTest names ID-1 on the class and ID-2 on a method; t.TwoTest a sub-ID of ID-2. */
    static final Map<String, Set<String>> TESTS = Map.of(
            "t.OneTest", Set.of("ID-1", "ID-2"),
            "t.TwoTest", Set.of("ID-2b"),
            "t.Helper", Set.of());

    @BeforeEach
    void writeProject() throws IOException {
        Files.createDirectories(project.resolve("specs/tla"));
        Files.createDirectories(project.resolve("specs/alloy"));
        Files.writeString(project.resolve("specs/tla/Tiny.tla"), TLA);
        Files.writeString(project.resolve("specs/tla/MCTiny.tla"), MC);
        Files.writeString(project.resolve("specs/tla/MCTiny.cfg"), CFG);
        Files.writeString(project.resolve("specs/alloy/tiny.als"), ALS);
    }

    Traceability check(String tsv) throws IOException {
        return check(tsv, MANIFEST, TESTS);
    }

    Traceability check(String tsv, String manifest, Map<String, Set<String>> tests) throws IOException {
        return Traceability.check(project, tsv, Manifest.parse(manifest), tests == null ? null : new TestIndex(tests),
                REQUIRED);
    }

    static Set<String> ids(Traceability t, Rule rule) {
        return t.problems().stream().filter(p -> p.rule() == rule).map(Problem::id).collect(Collectors.toSet());
    }

    static List<Rule> rules(Traceability t) {
        return t.problems().stream().map(Problem::rule).distinct().toList();
    }

    static String only(Traceability t, Rule rule) {
        List<Problem> ps = t.problems().stream().filter(p -> p.rule() == rule).toList();
        assertEquals(1, ps.size(), () -> "one " + rule + " problem expected: " + t.problems());
        return ps.get(0).message();
    }

    @Test
    void theTinyProjectPasses() throws IOException {
        Traceability t = check(TSV);
        assertEquals(List.of(), t.problems());
        assertEquals(List.of("MCTiny"), t.checkers("tla:Tiny!Safe").stream().map(Manifest.Model::model).toList());
        assertEquals(List.of("AlloyBrokenNoA"), t.witnesses("alloy:tiny!NoA").stream().map(Manifest.Witness::name).toList());
    }

    @Test
    void aMissingRequiredIdFails() throws IOException {
        Traceability t = check(TSV.replace("ID-2\tTwo\ts2\tin scope\ttla:Tiny!Safe\tt.OneTest;t.TwoTest\n", ""),
                MANIFEST, Map.of("t.OneTest", Set.of("ID-1")));
        assertEquals(List.of(Rule.REQUIRED_ID), rules(t));
        assertEquals("ID-2 is missing from specs/requirements.tsv", only(t, Rule.REQUIRED_ID));
    }

    @Test
    void aRequiredIdThatIsOnlyPlannedFails() throws IOException {
        Traceability t = check(TSV.replace("ID-2\tTwo\ts2\tin scope\ttla:Tiny!Safe\tt.OneTest;t.TwoTest",
                "ID-2\tTwo\ts2\tplanned\t\t"), MANIFEST, Map.of("t.OneTest", Set.of("ID-1")));
        assertEquals(List.of(Rule.REQUIRED_ID), rules(t));
        assertTrue(only(t, Rule.REQUIRED_ID).contains("ID-2 has scope 'planned'"));
    }

    @Test
    void aDuplicateIdFails() throws IOException {
        Traceability t = check(TSV + "ID-1\tAgain\ts\tplanned\t\t\n");
        assertEquals(List.of(Rule.DUPLICATE_ID), rules(t));
        assertTrue(only(t, Rule.DUPLICATE_ID).contains("lines 2 and 5"));
    }

    @Test
    void aPropertyThatDoesNotExistFails() throws IOException {
        Traceability t = check(TSV.replace("tla:Tiny!Safe;alloy:tiny!NoA", "tla:Tiny!Comment;alloy:tiny!Commented"));
        assertEquals(Set.of("ID-1"), ids(t, Rule.PROPERTY_UNDEFINED));
        List<String> undefined = t.problems().stream().filter(p -> p.rule() == Rule.PROPERTY_UNDEFINED)
                .map(Problem::message).toList();
        assertEquals(List.of(
                "ID-1: tla:Tiny!Comment is not defined: specs/tla/Tiny.tla has no operator Comment ==",
                "ID-1: alloy:tiny!Commented is not defined: specs/alloy/tiny.als has no assert Commented"), undefined);
        // Neither is checked or witnessed either.
        assertEquals(Set.of("ID-1"), ids(t, Rule.PROPERTY_NOT_CHECKED));
        assertEquals(Set.of("ID-1"), ids(t, Rule.NO_WITNESS));
    }

    @Test
    void aPropertyOfAModuleThatDoesNotExistFails() throws IOException {
        Traceability t = check(TSV.replace("tla:Tiny!Safe;alloy:tiny!NoA", "tla:Huge!Safe"));
        assertTrue(t.problems().stream().anyMatch(p -> p.rule() == Rule.PROPERTY_UNDEFINED
                && p.message().equals("ID-1: tla:Huge!Safe is not defined: there is no specs/tla/Huge.tla")), t.problems()::toString);
        assertTrue(t.problems().stream().anyMatch(p -> p.rule() == Rule.PROPERTY_NOT_CHECKED
                && p.message().contains("no TLC model")), t.problems()::toString);
    }

    @Test
    void aMalformedPropertyFails() throws IOException {
        Traceability t = check(TSV.replace("tla:Tiny!Safe;alloy:tiny!NoA", "tla:Tiny.Safe;alloy:tiny!NoA"));
        assertEquals(List.of(Rule.FORMAT), rules(t));
        assertTrue(only(t, Rule.FORMAT).contains("'tla:Tiny.Safe' is not a property"));
    }

    @Test
    void aTlaPropertyThatIsNotAnInvariantOfTheModelFails() throws IOException {
        // Unchecked is defined, but commented out in MCTiny.cfg's INVARIANTS.
        Traceability t = check(TSV.replace("tla:Tiny!Safe;alloy:tiny!NoA", "tla:Tiny!Unchecked;alloy:tiny!NoA"));
        assertEquals(List.of(Rule.PROPERTY_NOT_CHECKED, Rule.NO_WITNESS), rules(t));
        assertEquals("ID-1: tla:Tiny!Unchecked is not model-checked: it is not among the INVARIANTS or PROPERTIES of MCTiny "
                + "(specs/tla/MCTiny.cfg)", only(t, Rule.PROPERTY_NOT_CHECKED));
    }

    @Test
    void aTlaPropertyOfAModuleNoModelExtendsFails() throws IOException {
        String manifest = MANIFEST.replace("specs/tla/MCTiny.tla", "specs/tla/Other.tla");
        Traceability t = check(TSV, manifest, TESTS);
        assertEquals(Set.of("ID-1", "ID-2"), ids(t, Rule.PROPERTY_NOT_CHECKED));
        assertTrue(t.problems().get(0).message().contains("no TLC model in model-checking/manifest.json has a spec "
                + "that is or extends module Tiny"), t.problems()::toString);
    }

    @Test
    void anAlloyAssertionWithoutACheckCommandInTheManifestFails() throws IOException {
        Traceability t = check(TSV.replace("tla:Tiny!Safe;alloy:tiny!NoA", "tla:Tiny!Safe;alloy:tiny!Unlisted"));
        assertEquals(List.of(Rule.PROPERTY_NOT_CHECKED, Rule.NO_WITNESS), rules(t));
        assertEquals("ID-1: alloy:tiny!Unlisted is not model-checked: tiny has no command 'check Unlisted' in "
                + "model-checking/manifest.json", only(t, Rule.PROPERTY_NOT_CHECKED));
    }

    @Test
    void aPropertyWithoutWitnessFails() throws IOException {
        // Small is an invariant of MCTiny, but no witness violates it; and an Alloy witness does not count for TLC.
        String manifest = MANIFEST.replace("\"violates\": \"NoA\"", "\"violates\": \"Small\"");
        Traceability t = check(TSV.replace("tla:Tiny!Safe;alloy:tiny!NoA", "tla:Tiny!Small;alloy:tiny!NoA"), manifest, TESTS);
        assertEquals(List.of(Rule.NO_WITNESS), rules(t));
        assertEquals(List.of(
                "ID-1: tla:Tiny!Small has no failure witness: no tlc witness in model-checking/manifest.json violates "
                        + "Small on MCTiny",
                "ID-1: alloy:tiny!NoA has no failure witness: no alloy witness in model-checking/manifest.json violates "
                        + "NoA on tiny"),
                t.problems().stream().map(Problem::message).toList());
    }

    @Test
    void aPropertyProblemIsReportedForEveryIdListingIt() throws IOException {
        String manifest = MANIFEST.replace("\"violates\": \"Safe\"", "\"violates\": \"Small\"");
        Traceability t = check(TSV, manifest, TESTS);
        assertEquals(Set.of("ID-1", "ID-2"), ids(t, Rule.NO_WITNESS));
    }

    @Test
    void anIdWithoutTestsFails() throws IOException {
        Traceability t = check(TSV.replace("t.OneTest;t.TwoTest", ""), MANIFEST, Map.of("t.OneTest", Set.of("ID-1")));
        assertEquals(List.of(Rule.NO_TEST), rules(t));
        assertEquals("ID-2 is in scope but lists no test", only(t, Rule.NO_TEST));
    }

    @Test
    void anIdWithoutPropertiesFails() throws IOException {
        Traceability t = check(TSV.replace("ID-2\tTwo\ts2\tin scope\ttla:Tiny!Safe", "ID-2\tTwo\ts2\tin scope\t"));
        assertEquals(List.of(Rule.NO_PROPERTY), rules(t));
        assertEquals("ID-2 is in scope but lists no property", only(t, Rule.NO_PROPERTY));
    }

    @Test
    void aListedTestWithoutCoversFails() throws IOException {
        Traceability t = check(TSV.replace("t.OneTest;t.TwoTest", "t.OneTest;t.TwoTest;t.Helper"));
        assertEquals(List.of(Rule.TEST_WITHOUT_COVERS), rules(t));
        assertEquals("ID-2: lists t.Helper, which has no @Covers naming ID-2 (or a sub-ID of it) on the class or a method",
                only(t, Rule.TEST_WITHOUT_COVERS));
    }

    @Test
    void aListedTestWhoseCoversNameAnotherIdFails() throws IOException {
        // t.TwoTest names ID-2b: that counts for ID-2, not for ID-1 (nor would ID-10 or ID-1x2).
        Traceability t = check(TSV.replace("\tt.OneTest\n", "\tt.OneTest;t.TwoTest\n"));
        assertEquals(List.of(Rule.TEST_WITHOUT_COVERS), rules(t));
        assertTrue(only(t, Rule.TEST_WITHOUT_COVERS).startsWith("ID-1: lists t.TwoTest"));
        assertTrue(Traceability.names("CODE-3a", "CODE-3"));
        assertFalse(Traceability.names("ID-10", "ID-1"));
        assertFalse(Traceability.names("ID-1-2", "ID-1"));
    }

    @Test
    void aListedTestThatDoesNotExistFails() throws IOException {
        Traceability t = check(TSV.replace("t.OneTest;t.TwoTest", "t.OneTest;t.TwoTest;t.GoneTest"));
        assertEquals(List.of(Rule.TEST_NOT_FOUND), rules(t));
        assertEquals("ID-2: lists t.GoneTest, which is not a compiled test class", only(t, Rule.TEST_NOT_FOUND));
    }

    @Test
    void aCoversTestThatIsNotListedFails() throws IOException {
        Map<String, Set<String>> tests = Map.of(
                "t.OneTest", Set.of("ID-1", "ID-2"),
                "t.TwoTest", Set.of("ID-2b"),
                "t.ThreeTest", Set.of("ID-1", "ID-2a", "ID-2c", "NET-1"));
        Traceability t = check(TSV, MANIFEST, tests);
        assertEquals(List.of(Rule.COVERS_NOT_LISTED), rules(t), "naming a planned ID is not a problem");
        List<String> messages = t.problems().stream().map(Problem::message).toList();
        assertEquals(List.of(
                "ID-1: t.ThreeTest has @Covers naming ID-1 but is not listed in the tests of ID-1 in specs/requirements.tsv",
                "ID-2: t.ThreeTest has @Covers naming ID-2a, ID-2c but is not listed in the tests of ID-2 in "
                        + "specs/requirements.tsv"), messages);
    }

    @Test
    void aCoversNamingNoRequirementFails() throws IOException {
        Traceability t = check(TSV, MANIFEST, Map.of("t.OneTest", Set.of("ID-1", "ID-2"), "t.TwoTest", Set.of("ID-2b", "ID-9")));
        assertEquals(List.of(Rule.COVERS_UNKNOWN_ID), rules(t));
        assertTrue(only(t, Rule.COVERS_UNKNOWN_ID).contains("t.TwoTest has @Covers(\"ID-9\")"));
    }

    @Test
    void withoutTestClassesTheTestRulesAreReportedUnchecked() throws IOException {
        Traceability t = check(TSV, MANIFEST, null);
        assertEquals(List.of(Rule.NO_TEST_CLASSES), rules(t));
    }

    @Test
    void aMalformedTsvFails() throws IOException {
        Traceability t = check("id\trequirement\n"
                + "ID-1\tOne\ts1\tin scope\ttla:Tiny!Safe;alloy:tiny!NoA\tt.OneTest\n"
                + "ID-2\tTwo\ts2\tin scope\ttla:Tiny!Safe\n"
                + "ID-3\tThree\ts3\tmaybe\t\t\n", MANIFEST, Map.of("t.OneTest", Set.of("ID-1")));
        assertEquals(List.of(Rule.FORMAT, Rule.REQUIRED_ID), rules(t));
        assertTrue(t.problems().get(0).message().contains("header"));
        assertTrue(t.problems().stream().anyMatch(p -> p.message().contains("line 3: 5 tab-separated columns")),
                t.problems()::toString);
        assertTrue(t.problems().stream().anyMatch(p -> p.message().contains("scope of ID-3 is 'maybe'")),
                t.problems()::toString);
    }
}
