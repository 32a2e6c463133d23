package bango.gentests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * the build. Both kinds are checked: the identifiers' replays ({@code TestIdentifiers.tla}) and the
 * network's scenarios ({@code TestLinkage.tla}).
 */
class GeneratedTestsAreCurrentTest {

    @Test
    void committedGeneratedTestsMatchTheSpecs(@TempDir Path work) throws IOException {
        Path project = Path.of(System.getProperty("bango.project.dir", ".")).toAbsolutePath();
        Map<String, String> fresh = new GeneratedTests(project, line -> { }).generate(work);
        for (String prefix : GeneratedTests.PREFIXES) {
            assertTrue(fresh.keySet().stream().anyMatch(n -> n.startsWith(prefix)), "the generator produced no " + prefix + " tests");
        }
        Path dir = GeneratedTests.directory(project.resolve("generated-tests"));
        Set<String> committed;
        try (Stream<Path> files = Files.list(dir)) {
            committed = files.map(p -> p.getFileName().toString()).filter(GeneratedTests::generated)
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
