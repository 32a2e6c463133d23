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
 * Model-checks every TLC model and every TLC failure witness of model-checking/manifest.json
 * and requires each to match the manifest: the models pass with the recorded number of distinct
 * states, each witness makes TLC report exactly its invariant violated. This is the check
 * {@code mvn verify} relies on; its TLC JVMs run one after another (about two minutes).
 */
class ModelCheckManifestTest {

    @TestFactory
    Stream<DynamicTest> everyTlcModelAndWitnessMatchesTheManifest() throws IOException {
        ModelChecker checker = new ModelChecker(ModelChecker.findProjectRoot(), new TlcRunner());
        Consumer<String> log = line -> System.out.println("[model check] " + line);
        List<DynamicTest> tests = new ArrayList<>();
        checker.manifest().models().stream().filter(m -> Manifest.TLC.equals(m.tool())).forEach(m ->
                tests.add(dynamicTest("model " + m.model(), () -> {
                    CheckResult r = checker.checkModel(m, log);
                    assertTrue(r.passed(), r.reason());
                })));
        checker.manifest().witnesses().stream().filter(w -> Manifest.TLC.equals(w.tool())).forEach(w ->
                tests.add(dynamicTest("witness " + w.name() + " violates " + w.violates(), () -> {
                    CheckResult r = checker.checkWitness(w, log);
                    assertTrue(r.passed(), r.reason());
                })));
        assertTrue(tests.size() > 1, "the manifest lists TLC models and witnesses");
        return tests.stream();
    }
}
