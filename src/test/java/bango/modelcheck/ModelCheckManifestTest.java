package bango.modelcheck;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model-checks every model and every failure witness of model-checking/manifest.json and requires
 * each to match the manifest: TLC models pass with the recorded number of distinct states, Alloy
 * models with every check free of counterexamples and every run satisfiable at the recorded scopes;
 * each TLC witness makes TLC report exactly its invariant violated, each Alloy witness finds its
 * counterexample. This is the check {@code mvn verify} relies on; TLC JVMs run one after another.
 */
class ModelCheckManifestTest {

    @TestFactory
    Stream<DynamicTest> everyModelAndWitnessMatchesTheManifest() throws IOException {
        ModelChecker checker = new ModelChecker(ModelChecker.findProjectRoot(),
                new TlcRunner().withWorkers(Runtime.getRuntime().availableProcessors()));
        Consumer<String> log = line -> System.out.println("[model check] " + line);
        List<DynamicTest> tests = new ArrayList<>();
        checker.manifest().models().forEach(m ->
                tests.add(dynamicTest("model " + m.model(), () -> {
                    CheckResult r = checker.checkModel(m, log);
                    assertTrue(r.passed(), r.reason());
                })));
        checker.manifest().witnesses().forEach(w ->
                tests.add(dynamicTest("witness " + w.name(), () -> {
                    CheckResult r = checker.checkWitness(w, log);
                    assertTrue(r.passed(), r.reason());
                })));
        assertTrue(checker.manifest().models().stream().anyMatch(m -> Manifest.ALLOY.equals(m.tool()))
                && checker.manifest().models().stream().anyMatch(m -> Manifest.TLC.equals(m.tool())),
                "the manifest lists TLC and Alloy models");
        return tests.stream();
    }
}
