package bango.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner on small models: verdicts, scopes, typed errors, two calls in one JVM. The project's
 * own models are checked through the manifest ({@link ModelCheckManifestTest}).
 *
 * <p>Alloy keeps static state; {@link #safeToCallTwiceInOneJvm} shows that sequential calls in one
 * JVM give the same verdicts, and this class relies on it (it parses several models in one JVM).
 */
class AlloyRunnerTest {

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
