package bango.report;

import bango.Covers;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A tiny project for the report's tests: a TLA+ module with a model and a failure witness, an
 * Alloy file with one assertion and its witness, a requirements table with every required ID
 * (ID-2's text has {@code <} and {@code &}) and a planned one, two test classes compiled with
 * {@code @Covers}, and, on request, fake check results, surefire reports and PIT results.
 * The specs are real: TLC and Alloy can check them (a few seconds).
 */
final class ReportFixture {

    static final String TLA = """
            ---- MODULE Tiny ----
            EXTENDS Naturals
            VARIABLE x
            Step(n) == n + 1
            BrokenStep(n) == n + 3
            Init == x = 0
            Next == x < 4 /\\ x' = Step(x)
            TypeOK == x \\in Nat

            \\* R: x never passes 4 (and < 5 & more).
            Bounded == x <= 4
            ====
            """;

    static final String MC = """
            ---- MODULE MCTiny ----
            EXTENDS Tiny
            ====
            """;

    static final String CFG = """
            INIT Init
            NEXT Next
            CHECK_DEADLOCK FALSE
            INVARIANTS
                TypeOK
                Bounded
            """;

    static final String ALS = """
            sig A { next: lone A }
            fact Acyclic { no a: A | a in a.^next }

            -- no element is its own successor
            assert NoSelfLoop { all a: A | a.next != a }
            check NoSelfLoop for 3
            check BrokenNoSelfLoop { all a: A | a.next = a } for 3
            """;

    static final String MANIFEST = """
            {
              "models": [
                {"model": "MCTiny", "tool": "tlc", "spec": "specs/tla/MCTiny.tla", "config": "specs/tla/MCTiny.cfg",
                 "expected": "pass", "distinct_states": 5, "depth": 5, "seconds": 1.0, "requirements": ["ID-1"]},
                {"model": "tiny", "tool": "alloy", "spec": "specs/alloy/tiny.als", "expected": "pass",
                 "commands": [{"name": "NoSelfLoop", "kind": "check", "scope": "for 3"}], "seconds": 1.0,
                 "requirements": ["CODE-1"]}
              ],
              "witnesses": [
                {"name": "BigStep", "tool": "tlc", "base": "MCTiny", "substitute": ["Step <- BrokenStep"],
                 "violates": "Bounded", "requirements": ["ID-1"]},
                {"name": "AlloySelfLoop", "tool": "alloy", "base": "tiny", "command": "BrokenNoSelfLoop",
                 "violates": "NoSelfLoop", "requirements": ["CODE-1"]}
              ]
            }
            """;

    static final String ESCAPED_TEXT = "Numbers < 10 & unique";

    /** The TSV: the planned NET-1 first (the report lists it last), then ID-1..ID-8 and CODE-1..CODE-5. */
    static String tsv() {
        StringBuilder b = new StringBuilder("id\trequirement\tseed\tscope\tproperties\ttests\n");
        b.append("NET-1\tThe network, later\t第2\tplanned\t\t\n");
        for (String id : Traceability.REQUIRED_IDS) {
            boolean code = id.startsWith("CODE");
            String text = id.equals("ID-2") ? ESCAPED_TEXT : "Requirement " + id;
            b.append(id).append('\t').append(text).append("\t第1-2\tin scope\t")
                    .append(code ? "tla:Tiny!Bounded;alloy:tiny!NoSelfLoop" : "tla:Tiny!Bounded").append('\t')
                    .append(code ? "t.TwoTest" : "t.OneTest").append('\n');
        }
        return b.toString();
    }

    static final String ONE_TEST = """
            package t;
            @bango.Covers({"ID-1", "ID-2", "ID-3", "ID-4", "ID-5", "ID-6", "ID-7", "ID-8"})
            public class OneTest {
            }
            """;

    static final String TWO_TEST = """
            package t;
            public class TwoTest {
                @bango.Covers({"CODE-1", "CODE-2", "CODE-3a"})
                void first() {
                }
                static class Inner {
                    @bango.Covers({"CODE-3", "CODE-4", "CODE-5"})
                    void second() {
                    }
                }
            }
            """;

    final Path root;

    ReportFixture(Path root) {
        this.root = root;
    }

    /** Writes the project's sources and compiles its two test classes into target/test-classes. */
    ReportFixture write() throws IOException {
        threshold(60);
        Files.createDirectories(root.resolve("specs/tla"));
        Files.createDirectories(root.resolve("specs/alloy"));
        Files.createDirectories(root.resolve("model-checking"));
        Files.createDirectories(root.resolve("proofs-notes"));
        Files.writeString(root.resolve("specs/tla/Tiny.tla"), TLA);
        Files.writeString(root.resolve("specs/tla/MCTiny.tla"), MC);
        Files.writeString(root.resolve("specs/tla/MCTiny.cfg"), CFG);
        Files.writeString(root.resolve("specs/alloy/tiny.als"), ALS);
        Files.writeString(root.resolve("model-checking/manifest.json"), MANIFEST);
        Files.writeString(root.resolve("proofs-notes/identifiers.md"), "# Notes\n");
        Files.writeString(root.resolve("specs/requirements.tsv"), tsv());
        compile(root.resolve("target/test-classes"), ONE_TEST, TWO_TEST);
        return this;
    }

    /** pom.xml with PIT's mutationThreshold. */
    ReportFixture threshold(int percent) throws IOException {
        Files.writeString(root.resolve("pom.xml"), "<project><!-- PIT --><mutationThreshold>" + percent
                + "</mutationThreshold></project>\n");
        return this;
    }

    /** Compiles Java sources (class t.X in a text each) into {@code out}, with bango.Covers on the class path. */
    static void compile(Path out, String... sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler: the tests need a JDK");
        }
        Path src = Files.createTempDirectory("bango-report-src");
        try {
            List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", coversClassPath(), "-nowarn"));
            for (String s : sources) {
                String name = s.substring(s.indexOf("class ") + 6).split("[\\s{]")[0];
                Path file = src.resolve("t").resolve(name + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, s);
                args.add(file.toString());
            }
            Files.createDirectories(out);
            int rc = javac.run(null, null, null, args.toArray(String[]::new));
            if (rc != 0) {
                throw new IllegalStateException("javac failed: " + rc);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(src)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static String coversClassPath() {
        try {
            return Path.of(Covers.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** target/bango/check-results.json, as bango check --witnesses writes it; {@code failing} names rows that fail. */
    ReportFixture checkResults(String... failing) throws IOException {
        List<String> fail = List.of(failing);
        String json = """
                {
                  "generated_at": "2026-01-02T03:04:05Z",
                  "manifest": "model-checking/manifest.json",
                  "witnesses_run": true,
                  "all_passed": %s,
                  "results": [
                    {"kind": "model", "model": "MCTiny", "tool": "tlc", "result": "%s", "states": 5, "seconds": 1.2%s},
                    {"kind": "model", "model": "tiny", "tool": "alloy", "result": "%s", "scope": "for 3", "seconds": 0.4},
                    {"kind": "witness", "model": "BigStep", "tool": "tlc", "base": "MCTiny", "violates": "Bounded",
                     "result": "%s", "states": 3, "seconds": 1.1%s},
                    {"kind": "witness", "model": "AlloySelfLoop", "tool": "alloy", "base": "tiny", "violates": "NoSelfLoop",
                     "result": "pass", "scope": "for 3", "seconds": 0.1}
                  ]
                }
                """.formatted(fail.isEmpty(), r(fail, "MCTiny"), reason(fail, "MCTiny"), r(fail, "tiny"),
                r(fail, "BigStep"), reason(fail, "BigStep"));
        Path file = root.resolve("target/bango/check-results.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        return this;
    }

    private static String r(List<String> fail, String name) {
        return fail.contains(name) ? "fail" : "pass";
    }

    private static String reason(List<String> fail, String name) {
        return fail.contains(name) ? ", \"reason\": \"expected x < 5 & y, got <nothing>\"" : "";
    }

    /** target/surefire-reports/TEST-cls.xml with that many passed, failed, errored and skipped test cases. */
    ReportFixture surefire(String cls, int passed, int failed, int errors, int skipped) throws IOException {
        StringBuilder cases = new StringBuilder();
        int n = 0;
        for (int i = 0; i < passed; i++) {
            cases.append("  <testcase name=\"passes").append(n++).append("\" classname=\"").append(cls)
                    .append("\" time=\"0.010\"/>\n");
        }
        for (int i = 0; i < failed; i++) {
            cases.append("  <testcase name=\"fails").append(n++).append("\" classname=\"").append(cls)
                    .append("\" time=\"0.020\">\n    <failure message=\"expected: &lt;1&gt;\" type=\"AssertionFailedError\">"
                            + "trace</failure>\n  </testcase>\n");
        }
        for (int i = 0; i < errors; i++) {
            cases.append("  <testcase name=\"errs").append(n++).append("\" classname=\"").append(cls)
                    .append("$Inner\" time=\"0.001\">\n    <error type=\"java.lang.IllegalStateException\"/>\n  </testcase>\n");
        }
        for (int i = 0; i < skipped; i++) {
            cases.append("  <testcase name=\"skips").append(n++).append("\" classname=\"").append(cls)
                    .append("\" time=\"0\">\n    <skipped/>\n  </testcase>\n");
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"" + cls + "\" tests=\"" + n
                + "\" failures=\"" + failed + "\" errors=\"" + errors + "\" skipped=\"" + skipped + "\" time=\"1\">\n"
                + "  <properties><property name=\"java.version\" value=\"17\"/></properties>\n" + cases + "</testsuite>\n";
        Path dir = root.resolve("target/surefire-reports");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("TEST-" + cls + ".xml"), xml);
        Files.writeString(dir.resolve(cls + ".txt"), "not read\n");
        return this;
    }

    /** Every listed test class passing: t.OneTest 3 passed and 1 skipped, t.TwoTest 2 passed. */
    ReportFixture passingTests() throws IOException {
        return surefire("t.OneTest", 3, 0, 0, 1).surefire("t.TwoTest", 2, 0, 0, 0);
    }

    /** target/pit-reports/mutations.xml: bango.codes 3 killed, 1 timed out; bango.jlis 5 killed, 2 survived, 1 no coverage,
     * 1 non-viable: 9 of 13 detected, 69.2%, above the fixture's threshold of 60%. */
    ReportFixture mutations() throws IOException {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mutations partial=\"false\">\n");
        mutation(b, "bango.codes.CoreSystem", "KILLED", 3);
        mutation(b, "bango.codes.InstitutionCode", "TIMED_OUT", 1);
        mutation(b, "bango.jlis.Jlis", "KILLED", 5);
        mutation(b, "bango.jlis.Jlis$Inner", "SURVIVED", 2);
        mutation(b, "bango.jlis.IssuedNumbers", "NO_COVERAGE", 1);
        mutation(b, "bango.jlis.IssuedNumbers", "NON_VIABLE", 1);
        b.append("</mutations>\n");
        Path file = root.resolve("target/pit-reports/mutations.xml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, b.toString());
        return this;
    }

    private static void mutation(StringBuilder b, String cls, String status, int n) {
        for (int i = 0; i < n; i++) {
            b.append("<mutation detected='").append(status.equals("KILLED") || status.equals("TIMED_OUT"))
                    .append("' status='").append(status).append("' numberOfTestsRun='2'><sourceFile>X.java</sourceFile>")
                    .append("<mutatedClass>").append(cls).append("</mutatedClass><mutatedMethod>m</mutatedMethod>")
                    .append("<lineNumber>").append(i + 1).append("</lineNumber><mutator>M</mutator>")
                    .append("<description>replaced &lt; with &gt;</description></mutation>\n");
        }
    }

    /** A .git directory at {@code commit} on branch main (a loose ref) . */
    ReportFixture git(String commit) throws IOException {
        Files.createDirectories(root.resolve(".git/refs/heads"));
        Files.writeString(root.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(root.resolve(".git/refs/heads/main"), commit + "\n");
        return this;
    }
}
