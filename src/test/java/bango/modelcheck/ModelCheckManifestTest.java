package bango.modelcheck;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model-checks every model and every failure witness of model-checking/manifest.json and requires
 * each to match the manifest: TLC models pass with the recorded number of distinct states, Alloy
 * models with every check free of counterexamples and every run satisfiable at the recorded scopes;
 * each TLC witness makes TLC report exactly its invariant violated, each Alloy witness finds its
 * counterexample. This is the check {@code mvn verify} relies on; TLC JVMs run one after another.
 * The results are written to target/bango/check-results.json, as {@code bango check --witnesses}
 * writes them, so that the audit report of this build shows what was measured here.
 */
class ModelCheckManifestTest {

    private static ModelChecker checker;
    private static final List<CheckResult> RESULTS = Collections.synchronizedList(new ArrayList<>());

    @TestFactory
    Stream<DynamicTest> everyModelAndWitnessMatchesTheManifest() throws IOException {
        checker = new ModelChecker(ModelChecker.findProjectRoot(),
                new TlcRunner().withWorkers(Runtime.getRuntime().availableProcessors()));
        Consumer<String> log = line -> System.out.println("[model check] " + line);
        List<DynamicTest> tests = new ArrayList<>();
        checker.manifest().models().forEach(m ->
                tests.add(dynamicTest("model " + m.model(), () -> {
                    CheckResult r = checker.checkModel(m, log);
                    RESULTS.add(r);
                    assertTrue(r.passed(), r.reason());
                })));
        checker.manifest().witnesses().forEach(w ->
                tests.add(dynamicTest("witness " + w.name(), () -> {
                    CheckResult r = checker.checkWitness(w, log);
                    RESULTS.add(r);
                    assertTrue(r.passed(), r.reason());
                })));
        assertTrue(checker.manifest().models().stream().anyMatch(m -> Manifest.ALLOY.equals(m.tool()))
                && checker.manifest().models().stream().anyMatch(m -> Manifest.TLC.equals(m.tool())),
                "the manifest lists TLC and Alloy models");
        return tests.stream();
    }

    /** Only a complete run is written: a partial one would let the report show less than the manifest. */
    @AfterAll
    static void writeResults() throws IOException {
        if (checker != null
                && RESULTS.size() == checker.manifest().models().size() + checker.manifest().witnesses().size()) {
            checker.writeResults(List.copyOf(RESULTS), true);
        }
    }
}
