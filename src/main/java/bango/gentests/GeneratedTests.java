package bango.gentests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every spec-derived test: those of {@code TestIdentifiers.tla} ({@link IdentifiersTestGenerator})
 * and those of {@code TestLinkage.tla} ({@link LinkageTestGenerator}), all in
 * {@code generated-tests/bango/generated}, their file names starting with the spec's name.
 */
public final class GeneratedTests {

    /** The file-name prefixes of generated tests: a file with one of them is the generator's to replace. */
    public static final List<String> PREFIXES = List.of("Identifiers", LinkageTestGenerator.PREFIX);

    private final IdentifiersTestGenerator identifiers;
    private final LinkageTestGenerator linkage;

    public GeneratedTests(Path projectDir, Consumer<String> log) {
        this.identifiers = new IdentifiersTestGenerator(projectDir, log);
        this.linkage = new LinkageTestGenerator(projectDir, log);
    }

    /** The directory of the generated sources under {@code outDir} (their package). */
    public static Path directory(Path outDir) {
        return outDir.resolve(IdentifiersTestGenerator.PACKAGE.replace('.', '/'));
    }

    /** Whether {@code fileName} names a generated test (one this generator writes or deletes). */
    public static boolean generated(String fileName) {
        return fileName.endsWith(".java") && PREFIXES.stream().anyMatch(fileName::startsWith);
    }

    /** Every generated source, by file name, without writing anything; TLC works in {@code workDir}. */
    public Map<String, String> generate(Path workDir) throws IOException {
        Map<String, String> files = new LinkedHashMap<>(identifiers.generate(workDir.resolve("identifiers")));
        files.putAll(linkage.generate(workDir.resolve("linkage")));
        return files;
    }

    /** Writes every generated source into {@code outDir/bango/generated}, deleting stale ones. */
    public List<Path> write(Path outDir, Path workDir) throws IOException {
        Map<String, String> files = generate(workDir);
        Path dir = directory(outDir);
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.filter(p -> generated(p.getFileName().toString())).toList()) {
                if (!files.containsKey(p.getFileName().toString())) {
                    Files.delete(p);
                }
            }
        }
        List<Path> written = new ArrayList<>();
        files.forEach((name, text) -> {
            try {
                written.add(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return written;
    }
}
