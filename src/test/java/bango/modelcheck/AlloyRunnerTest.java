package bango.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import bango.modelcheck.AlloyRunner.Kind;
import bango.modelcheck.AlloyRunner.Report;
import bango.modelcheck.AlloyRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs specs/alloy/identifiers.als once and checks every verdict, and exercises the runner on small
 * models (errors, scopes, two calls in one JVM).
 *
 * <p>Alloy keeps static state; {@link #safeToCallTwiceInOneJvm} shows that sequential calls in one
 * JVM give the same verdicts, and this class relies on it (it parses several models in one JVM).
 */
class AlloyRunnerTest {

    /** The design's assertions: each must have no counterexample. */
    static final List<String> DESIGN_CHECKS = List.of(
            "NumbersUniqueOverHistory",             // ID-3, ID-8
            "NumberDerivedFromResidentCode",        // ID-4, ID-2
            "ConversionIsLookup",                   // ID-7, CODE-2
            "OnlyJlisAndOwnMunicipalityHoldPair",   // ID-5, ID-6
            "CodesUniqueWithinInstitution",         // CODE-3c
            "CodesUniqueAcrossInstitutions",        // CODE-3d
            "CodeDerivedFromResidentCode",          // CODE-3a, CODE-3b
            "CodeStableAcrossReissuance",           // CODE-3a, ID-8
            "NoInstitutionHoldsAnothersCode",       // CODE-4
            "OnlyCoreLinksCodes",                   // CODE-4
            "NumberNeverLeavesForNetwork",          // CODE-5, CODE-1
            "RequestCarriesResidentCode");          // ID-1

    /** Runs that must find an instance. */
    static final List<String> RUNS = List.of("NonVacuous", "WalkHappens");

    /** Broken variants: each must find a counterexample. */
    static final List<String> BROKEN_CHECKS = List.of(
            "BrokenReissueWithoutHistory",
            "BrokenCodeWithoutInstitution",
            "BrokenCodeFromNumber",
            "BrokenCoreReceivesNumber",
            "BrokenConversionByInversion");

    private static Report identifiers;

    static Path projectDir() {
        return Path.of(System.getProperty("bango.project.dir", ".")).toAbsolutePath();
    }

    /** Runs identifiers.als once per JVM (about a minute), on first use, and prints each result. */
    static synchronized Report identifiers() throws AlloyModelException {
        if (identifiers == null) {
            identifiers = new AlloyRunner().run(projectDir().resolve("specs/alloy/identifiers.als"));
            for (Result r : identifiers.results()) {
                System.out.println("[alloy] " + r);
            }
            for (String w : identifiers.warnings()) {
                System.out.println("[alloy] warning " + w);
            }
        }
        return identifiers;
    }

    @ParameterizedTest(name = "{0} has no counterexample")
    @MethodSource("designChecks")
    void designAssertionHolds(String label) throws AlloyModelException {
        Result r = identifiers().get(label);
        assertEquals(Kind.CHECK, r.kind(), label);
        assertFalse(r.instanceFound(), () -> label + " has a counterexample: " + r);
    }

    static List<String> designChecks() {
        return DESIGN_CHECKS;
    }

    @Test
    void everyRunFindsAnInstance() throws AlloyModelException {
        List<Result> runs = identifiers().results().stream().filter(r -> r.kind() == Kind.RUN)
                .toList();
        assertTrue(runs.stream().map(Result::label).collect(Collectors.toSet())
                .containsAll(RUNS), () -> "runs present: " + runs);
        for (Result r : runs) {
            assertTrue(r.instanceFound(), () -> "run without instance (vacuous model?): " + r);
        }
    }

    @Test
    void everyBrokenVariantHasACounterexample() throws AlloyModelException {
        List<Result> broken = identifiers().results().stream()
                .filter(r -> r.label().startsWith("Broken")).toList();
        assertTrue(broken.stream().map(Result::label).collect(Collectors.toSet())
                .containsAll(BROKEN_CHECKS), () -> "broken checks present: " + broken);
        for (Result r : broken) {
            assertEquals(Kind.CHECK, r.kind(), r.label());
            assertTrue(r.instanceFound(), () -> "broken variant passed, so its check is weak: " + r);
        }
    }

    @Test
    void everyOtherCheckIsADesignCheck() throws AlloyModelException {
        Set<String> known = Set.copyOf(DESIGN_CHECKS);
        for (Result r : identifiers().results()) {
            if (r.isCheck() && !r.label().startsWith("Broken")) {
                assertTrue(known.contains(r.label()), () -> "unexpected check " + r.label()
                        + ": add it to DESIGN_CHECKS or name it Broken*");
            }
            assertFalse(r.contradictsExpect(), r::toString);
        }
    }

    /** Alloy warns of subexpressions that cannot matter; in a spec those are usually mistakes. */
    @Test
    void modelHasNoWarnings() throws AlloyModelException {
        assertEquals(List.of(), identifiers().warnings());
    }

    @Test
    void scopesAreReportedAsWritten() throws AlloyModelException {
        Result r = identifiers().get("NumbersUniqueOverHistory");
        assertEquals("for 3 but 4 Value, 4 Number, 4 Code, 3 PersonId, 2 Municipality,"
                + " 3 Institution, 5 Event", r.scope());
    }

    @Test
    void syntaxErrorNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("broken.als");
        Files.writeString(model, String.join("\n",
                "sig A {}",
                "sig B { f: A }",
                "fact { all b: B | b.f in A",      // line 3: brace never closed
                "run {} for 2",
                ""));
        AlloyModelException e = assertThrows(AlloyModelException.class,
                () -> new AlloyRunner().run(model));
        assertEquals(model.toAbsolutePath().normalize(), e.file().toAbsolutePath().normalize());
        assertTrue(e.line() >= 3, () -> "line " + e.line() + ": " + e.getMessage());
        assertTrue(e.detail().startsWith("ErrorSyntax"), e::getMessage);
        assertTrue(e.getMessage().contains("broken.als:" + e.line() + ":"), e::getMessage);
    }

    @Test
    void typeErrorNamesTheLine(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("untyped.als");
        Files.writeString(model, String.join("\n",
                "sig A {}",
                "",
                "fact { some NoSuchSig }",        // line 3
                "run {} for 2",
                ""));
        AlloyModelException e = assertThrows(AlloyModelException.class,
                () -> new AlloyRunner().run(model));
        assertEquals(3, e.line(), e::getMessage);
        assertTrue(e.detail().contains("NoSuchSig"), e::getMessage);
    }

    @Test
    void missingFileIsATypedError(@TempDir Path dir) {
        AlloyModelException e = assertThrows(AlloyModelException.class,
                () -> new AlloyRunner().run(dir.resolve("absent.als")));
        assertEquals(0, e.line());
    }

    /**
     * Alloy keeps static state (built-in sigs, name counters); two runs in one JVM must agree, also
     * with a different model parsed in between.
     */
    @Test
    void safeToCallTwiceInOneJvm(@TempDir Path dir) throws Exception {
        Path small = dir.resolve("small.als");
        Files.writeString(small, String.join("\n",
                "sig A { f: lone A }",
                "sig B {}",
                "assert NoSelfLoop { all a: A | a.f != a }",
                "check NoSelfLoop for 3 but 2 B, exactly 2 A",
                "assert Trivial { all a: A | a in A }",
                "check Trivial for 3",
                "run Some { some B } for 2",
                "run Impossible { some B and no B }",
                ""));
        Path other = dir.resolve("other.als");
        Files.writeString(other, "sig C { g: set C }\nrun Any { some g } for 2\n");

        AlloyRunner runner = new AlloyRunner();
        Report first = runner.run(small);
        Report between = runner.run(other);
        Report second = new AlloyRunner().run(small);

        assertEquals(List.of("NoSelfLoop", "Trivial", "Some", "Impossible"),
                first.results().stream().map(Result::label).toList());
        assertEquals(List.of(true, false, true, false),
                first.results().stream().map(Result::instanceFound).toList());
        assertEquals(List.of(Kind.CHECK, Kind.CHECK, Kind.RUN, Kind.RUN),
                first.results().stream().map(Result::kind).toList());
        assertEquals("for 3 but 2 B, exactly 2 A", first.get("NoSelfLoop").scope());
        assertEquals("for 2", first.get("Some").scope());
        assertTrue(between.get("Any").instanceFound());
        for (int i = 0; i < first.results().size(); i++) {
            Result a = first.results().get(i);
            Result b = second.results().get(i);
            if (!a.label().equals(b.label()) || a.kind() != b.kind()
                    || a.instanceFound() != b.instanceFound() || !a.scope().equals(b.scope())) {
                fail("second run differs: " + a + " vs " + b);
            }
        }
    }
}
