package bango.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.modelcheck.Manifest.Model;
import bango.modelcheck.Manifest.Witness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest format, the project's manifest, and how witness configurations are derived. */
class ManifestTest {

    static Path projectRoot() throws IOException {
        return ModelChecker.findProjectRoot();
    }

    // --- The project's manifest ---

    @Test
    void projectManifestIsValid() throws IOException {
        Manifest m = Manifest.read(projectRoot().resolve(Manifest.PATH));
        assertEquals(List.of(), m.validate());
        Model mc = m.model("MCIdentifiers").orElseThrow();
        assertEquals("tlc", mc.tool());
        assertEquals("pass", mc.expected());
        assertNotNull(mc.distinctStates(), "measured figures are recorded");
        assertNotNull(mc.depth());
        assertNotNull(mc.seconds());
        assertTrue(Files.isRegularFile(projectRoot().resolve(mc.spec())));
        assertTrue(Files.isRegularFile(projectRoot().resolve(mc.config())));
        List<String> ids = IntStream.rangeClosed(1, 8).mapToObj(i -> "ID-" + i).collect(Collectors.toList());
        IntStream.rangeClosed(1, 5).mapToObj(i -> "CODE-" + i).forEach(ids::add);
        assertEquals(ids, mc.requirements());
    }

    @Test
    void everyTlcWitnessNamesAnInvariantAndAnOperatorOfItsModel() throws IOException {
        Manifest m = Manifest.read(projectRoot().resolve(Manifest.PATH));
        List<Witness> tlc = m.witnesses().stream().filter(w -> Manifest.TLC.equals(w.tool())).toList();
        assertEquals(16, tlc.stream().filter(w -> w.base().equals("MCIdentifiers")).count());
        assertEquals(11, tlc.stream().filter(w -> w.base().equals("MCLinkage")).count());
        assertEquals(1, tlc.stream().filter(w -> w.base().equals("MCLinkageLivenessRefused")).count());
        for (Witness w : tlc) {
            Model base = m.model(w.base()).orElseThrow();
            String cfg = Files.readString(projectRoot().resolve(base.config()));
            String module = base.spec().replaceAll("^.*/MC([^/]*)\\.tla$", "$1");
            String specs = Files.readString(projectRoot().resolve(base.spec()))
                    + Files.readString(projectRoot().resolve("specs/tla/" + module + ".tla"));
            assertTrue(cfg.contains("    " + w.violates() + "\n"), w.name() + ": " + w.violates() + " is checked by the base model");
            assertFalse(w.requirements().isEmpty(), w.name());
            for (String s : w.substitute()) {
                String right = s.contains("<-") ? s.substring(s.indexOf("<-") + 2).strip() : null;
                if (right != null) {
                    assertTrue(Pattern.compile("\n" + right + "\\b[^\n]*==").matcher(specs).find(),
                            w.name() + ": " + right + " is defined");
                }
            }
        }
        // Every requirement of the model has at least one witness.
        Set<String> witnessed = m.witnesses().stream().flatMap(w -> w.requirements().stream())
                .map(r -> r.replaceAll("[a-z]$", "")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> modelled = m.models().stream().flatMap(x -> x.requirements().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(modelled, witnessed);
    }

    @Test
    void everyAlloyWitnessIsABrokenCheckOfItsModelAgainstOneOfItsAssertions() throws IOException {
        Manifest m = Manifest.read(projectRoot().resolve(Manifest.PATH));
        List<Witness> alloy = m.witnesses().stream().filter(w -> Manifest.ALLOY.equals(w.tool())).toList();
        assertEquals(13, alloy.stream().filter(w -> w.base().equals("identifiers")).count());
        assertEquals(6, alloy.stream().filter(w -> w.base().equals("annex2")).count());
        for (Witness w : alloy) {
            String als = Files.readString(projectRoot().resolve(m.model(w.base()).orElseThrow().spec()));
            assertTrue(w.command().startsWith("Broken"), w.name());
            assertTrue(Pattern.compile("\\ncheck " + w.command() + "\\b").matcher(als).find(), w.name() + ": check " + w.command());
            assertTrue(Pattern.compile("\\nassert " + w.violates() + " \\{").matcher(als).find(), w.name() + ": assert " + w.violates());
            Model base = m.model(w.base()).orElseThrow();
            assertTrue(base.commands().stream().anyMatch(c -> c.kind().equals("check") && c.name().equals(w.violates())),
                    w.name() + ": the model checks " + w.violates());
        }
        Model annex2 = m.model("annex2").orElseThrow();
        assertEquals("specs/alloy/annex2.als", annex2.spec());
        assertEquals(List.of("NET-2", "NET-6"), annex2.requirements());
        assertEquals(5, annex2.commands().stream().filter(c -> c.kind().equals("check")).count());
        assertEquals(3, annex2.commands().stream().filter(c -> c.kind().equals("run")).count());
    }

    // --- Format ---

    static final String SAMPLE = """
            {
              "models": [
                {"model": "M", "tool": "tlc", "spec": "specs/M.tla", "config": "specs/M.cfg",
                 "expected": "pass", "distinct_states": 12, "depth": 3, "seconds": 1.5, "requirements": ["R-1"]},
                {"model": "a", "tool": "alloy", "spec": "specs/a.als", "expected": "pass",
                 "commands": [{"name": "Safe", "kind": "check", "scope": "for 4"}], "seconds": 2.0, "requirements": ["R-2"]}
              ],
              "witnesses": [
                {"name": "W", "tool": "tlc", "base": "M", "substitute": ["Op <- Broken"], "violates": "Inv", "requirements": ["R-1"]},
                {"name": "A", "tool": "alloy", "base": "a", "command": "BrokenSafe", "violates": "Safe", "requirements": ["R-2"]}
              ]
            }
            """;

    @Test
    void readsAndWritesTheFormat(@TempDir Path dir) throws IOException {
        Manifest m = Manifest.parse(SAMPLE);
        assertEquals(List.of(), m.validate());
        Model tlc = m.model("M").orElseThrow();
        assertEquals(12L, tlc.distinctStates());
        assertEquals(3, tlc.depth());
        assertEquals(1.5, tlc.seconds());
        assertEquals(List.of(new Manifest.AlloyCommand("Safe", "check", "for 4")), m.model("a").orElseThrow().commands());
        assertEquals(List.of("Op <- Broken"), m.witness("W").orElseThrow().substitute());
        assertEquals("BrokenSafe", m.witness("A").orElseThrow().command());

        Path file = dir.resolve("manifest.json");
        m.write(file);
        String json = Files.readString(file);
        assertTrue(json.contains("\"distinct_states\": 12"), json);
        assertFalse(json.contains("null"), "absent fields are left out: " + json);
        assertFalse(json.contains("\"commands\"") && json.indexOf("\"commands\"") < json.indexOf("\"model\": \"a\""), json);
        assertTrue(json.endsWith("}\n"));
        assertEquals(m, Manifest.read(file));
    }

    @Test
    void withFiguresReplacesOnlyTheFigures() throws IOException {
        Manifest m = Manifest.parse(SAMPLE);
        Manifest updated = m.withModel(m.model("M").orElseThrow().withFigures(99L, 7, 3.0));
        Model u = updated.model("M").orElseThrow();
        assertEquals(99L, u.distinctStates());
        assertEquals(7, u.depth());
        assertEquals(3.0, u.seconds());
        assertEquals(m.model("M").orElseThrow().requirements(), u.requirements());
        assertEquals(m.model("a"), updated.model("a"));
        assertEquals(m.witnesses(), updated.witnesses());
    }

    @Test
    void unknownFieldsAndBadValuesAreRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("manifest.json");
        Files.writeString(file, SAMPLE.replace("\"depth\"", "\"dept\""));
        Manifest.InvalidManifestException e = assertThrows(Manifest.InvalidManifestException.class, () -> Manifest.read(file));
        assertTrue(e.getMessage().contains("dept"), e.getMessage());

        assertProblem(SAMPLE.replace("\"tool\": \"tlc\", \"spec\"", "\"tool\": \"spin\", \"spec\""), "tool must be tlc or alloy");
        assertProblem(SAMPLE.replace("\"expected\": \"pass\", \"distinct", "\"expected\": \"ok\", \"distinct"), "expected must be");
        assertProblem(SAMPLE.replace("\"base\": \"M\"", "\"base\": \"N\""), "no model N");
        assertProblem(SAMPLE.replace("\"Op <- Broken\"", "\"Op Broken\""), "not a substitution");
        assertProblem(SAMPLE.replace("\"violates\": \"Inv\", ", ""), "names no invariant");
        assertProblem(SAMPLE.replace("\"name\": \"W\"", "\"name\": \"M\""), "used twice");
        assertProblem(SAMPLE.replace("\"command\": \"BrokenSafe\", ", ""), "names no command");
        assertProblem(SAMPLE.replace("\"kind\": \"check\"", "\"kind\": \"assert\""), "kind check or run");
        assertProblem(SAMPLE.replace("\"config\": \"specs/M.cfg\",", ""), "has no config");
    }

    private static void assertProblem(String json, String expected) throws IOException {
        List<String> problems = Manifest.parse(json).validate();
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), expected + " in " + problems);
    }

    // --- Project root ---

    @Test
    void projectRootFromPropertyOrWorkingDirectory(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Files.createDirectories(dir.resolve("model-checking"));
        Files.writeString(dir.resolve(Manifest.PATH), "{}");
        Path sub = Files.createDirectories(dir.resolve("a/b"));
        assertEquals(dir.toRealPath(), ModelChecker.findProjectRoot(null, sub).toRealPath());
        assertEquals(dir.toRealPath(), ModelChecker.findProjectRoot(dir.toString(), Path.of("/")).toRealPath());
        assertThrows(IOException.class, () -> ModelChecker.findProjectRoot(sub.toString(), dir));
        Files.delete(dir.resolve(Manifest.PATH));
        assertThrows(IOException.class, () -> ModelChecker.findProjectRoot(null, sub));
    }

    // --- Witness configurations ---

    static final String BASE = """
            \\* A model.
            CONSTANTS
                a = a  b = b
                Values <- MCValues
                PlaintextKinds = {}   \\* none in the real design
                Max = 2
            INIT Init
            NEXT Next
            SYMMETRY Sym
            INVARIANTS
                TypeOK
                Safe (* the point *)
                Other
            CHECK_DEADLOCK FALSE
            """;

    @Test
    void substitutionReplacesTheEntryOfTheSameName() {
        String cfg = TlcConfig.derive(BASE, List.of("Values <- BrokenValues", "PlaintextKinds = {\"x\", \"y\"}"), "Safe", List.of());
        assertEquals("""
                \\* A model.
                CONSTANTS
                    a = a  b = b
                    Values <- BrokenValues
                    PlaintextKinds = {"x", "y"}   \\* none in the real design
                    Max = 2
                INIT Init
                NEXT Next
                SYMMETRY Sym

                CHECK_DEADLOCK FALSE
                INVARIANT Safe
                """, cfg);
    }

    @Test
    void entriesSharingALineAreReplacedAlone() {
        String cfg = TlcConfig.derive(BASE, List.of("b = c"), "Other", List.of());
        assertTrue(cfg.contains("    a = a  b = c\n"), cfg);
        assertTrue(cfg.endsWith("CHECK_DEADLOCK FALSE\nINVARIANT Other\n"), cfg);
    }

    @Test
    void substitutionForAnOperatorNotInTheBaseIsAdded() {
        String cfg = TlcConfig.derive(BASE, List.of("Taken <- BrokenTaken"), "Safe", List.of("header", ""));
        assertTrue(cfg.startsWith("\\* header\n\\*\n\\* A model.\n"), cfg);
        assertTrue(cfg.contains("    Max = 2\n    Taken <- BrokenTaken\nINIT Init\n"), cfg);
        assertFalse(cfg.contains("TypeOK"), cfg);
    }

    @Test
    void singleInvariantSectionsAndNoConstantsSection() {
        String cfg = TlcConfig.derive("INIT Init NEXT Next INVARIANT A INVARIANT B\nPROPERTY P\n", List.of("X <- Y"), "B", List.of());
        assertEquals("CONSTANTS\n    X <- Y\nINIT Init NEXT Next\nINVARIANT B\n", cfg);
    }

    @Test
    void aTemporalPropertyIsCheckedAsAProperty() {
        String base = "INIT Init NEXT Next INVARIANT A\nPROPERTIES P Q\n";
        assertEquals(List.of("P", "Q"), TlcConfig.properties(base));
        assertEquals("INIT Init NEXT Next\nPROPERTY Q\n", TlcConfig.derive(base, List.of(), "Q", List.of()));
    }

    @Test
    void invariantsAreTheNamesOfTheInvariantSections() {
        assertEquals(List.of("TypeOK", "Safe", "Other"), ModelChecker.invariants(BASE));
        assertEquals(List.of("A", "B"), ModelChecker.invariants("INIT Init INVARIANT A \\* C\nNEXT Next INVARIANT B\nPROPERTY P\n"));
        assertEquals(List.of(), ModelChecker.invariants("INIT Init\nNEXT Next\n"));
    }

    @Test
    void malformedSubstitutionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TlcConfig.derive(BASE, List.of("just words"), "Safe", List.of()));
    }

    @Test
    void projectWitnessConfigsDeriveFromTheBase() throws IOException {
        Manifest m = Manifest.read(projectRoot().resolve(Manifest.PATH));
        String base = Files.readString(projectRoot().resolve(m.model("MCIdentifiers").orElseThrow().config()));
        for (Witness w : m.witnesses().stream().filter(w -> Manifest.TLC.equals(w.tool())).toList()) {
            String cfg = TlcConfig.derive(base, w.substitute(), w.violates(), List.of());
            assertTrue(cfg.endsWith("\nINVARIANT " + w.violates() + "\n"), cfg);
            assertFalse(cfg.contains("INVARIANTS"), cfg);
            assertFalse(cfg.contains("TypeOK"), cfg);
            for (String s : w.substitute()) {
                assertTrue(cfg.contains("    " + s + "\n"), w.name() + ": " + cfg);
            }
            String name = w.substitute().get(0).split("\\s")[0];
            assertEquals(1, cfg.split("\n\\s*" + name + " ").length - 1, "one entry for " + name + ": " + cfg);
        }
    }
}
