package bango.gentests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed tests in generated-tests/ are exactly what {@code bango gen-tests} derives from the
 * specs today: a change to a spec or to a test predicate that is not followed by regeneration fails
 * the build.
 */
class GeneratedTestsAreCurrentTest {

    @Test
    void committedGeneratedTestsMatchTheSpecs(@TempDir Path work) throws IOException {
        Path project = Path.of(System.getProperty("bango.project.dir", ".")).toAbsolutePath();
        Map<String, String> fresh = new IdentifiersTestGenerator(project, line -> { }).generate(work);
        assertFalse(fresh.isEmpty(), "the generator produced no tests");
        Path dir = project.resolve("generated-tests/bango/generated");
        Set<String> committed;
        try (Stream<Path> files = Files.list(dir)) {
            committed = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Identifiers"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(fresh.keySet()), committed,
                "generated-tests/ holds other files than the specs give: run ./bango gen-tests");
        for (Map.Entry<String, String> e : fresh.entrySet()) {
            assertEquals(e.getValue(), Files.readString(dir.resolve(e.getKey()), StandardCharsets.UTF_8),
                    e.getKey() + " is stale: run ./bango gen-tests");
        }
    }
}
