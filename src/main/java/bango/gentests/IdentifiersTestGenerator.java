package bango.gentests;

import bango.modelcheck.TlcResult;
import bango.modelcheck.TlcRunner;
import bango.modelcheck.TlcState;
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
import java.util.stream.Collectors;

/**
 * Derives JUnit tests from {@code specs/tla/TestIdentifiers.tla}: for each test predicate TLC finds
 * the shortest behaviour of MCIdentifiers that reaches it (a counterexample to {@code ReachX}), and
 * the behaviour is written as a test that replays it against the implementation, comparing the
 * spec's state with the implementation's after every step.
 *
 * <p>TLC runs with one worker and no symmetry reduction, so the behaviour it finds, and the file
 * written, are the same on every run: the build checks that the committed tests are current.
 */
public final class IdentifiersTestGenerator {

    /** Variables of the spec state the replay compares with the implementation (and needs to replay). */
    static final List<String> VARIABLES = List.of(
            "job", "ledger", "register", "nextSerial", "outstanding", "book", "pid", "codeLedger", "msgs",
            "perm", "codePrf", "knows");

    static final String PACKAGE = "bango.generated";

    private final Path projectDir;
    private final Consumer<String> log;

    public IdentifiersTestGenerator(Path projectDir, Consumer<String> log) {
        this.projectDir = projectDir;
        this.log = log;
    }

    /** The generated sources, by file name, without writing anything. */
    public Map<String, String> generate(Path workDir) throws IOException {
        Path specs = projectDir.resolve("specs/tla");
        String module = Files.readString(specs.resolve("TestIdentifiers.tla"), StandardCharsets.UTF_8);
        List<TestPredicate> predicates = TestPredicate.parse(module);
        if (predicates.isEmpty()) {
            throw new IllegalStateException("TestIdentifiers.tla has no test predicates");
        }
        Files.createDirectories(workDir);
        for (String f : List.of("Identifiers.tla", "MCIdentifiers.tla", "TestIdentifiers.tla")) {
            Files.copy(specs.resolve(f), workDir.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String base = baseConfig(Files.readString(specs.resolve("MCIdentifiers.cfg"), StandardCharsets.UTF_8));
        Map<String, String> files = new LinkedHashMap<>();
        TlcRunner tlc = new TlcRunner().withWorkers(1);
        for (TestPredicate p : predicates) {
            Path cfg = workDir.resolve("Test" + p.name() + ".cfg");
            Files.writeString(cfg, base + "INVARIANT " + p.invariant() + "\n", StandardCharsets.UTF_8);
            log.accept("reaching Test" + p.name() + " with TLC");
            TlcResult result = tlc.run(workDir.resolve("TestIdentifiers.tla"), cfg);
            if (result.outcome() != TlcResult.Outcome.INVARIANT_VIOLATED || !p.invariant().equals(result.invariant())) {
                throw new IllegalStateException("TLC did not reach Test" + p.name() + ": " + result.summary());
            }
            files.put(className(p) + ".java", source(p, result.trace()));
            log.accept("  " + (result.trace().size() - 1) + " steps");
        }
        return files;
    }

    /** Writes the generated sources into {@code outDir/bango/generated}, replacing stale ones. */
    public List<Path> write(Path outDir, Path workDir) throws IOException {
        Map<String, String> files = generate(workDir);
        Path dir = outDir.resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("Identifiers")).toList()) {
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

    /** MCIdentifiers.cfg without its invariants and symmetry (which would make traces depend on order). */
    static String baseConfig(String mc) {
        StringBuilder b = new StringBuilder();
        for (String line : mc.split("\n")) {
            String t = line.strip();
            if (t.startsWith("INVARIANT")) {
                break;
            }
            if (!t.startsWith("SYMMETRY") && !t.startsWith("\\*")) {
                b.append(line).append('\n');
            }
        }
        return b.toString();
    }

    static String className(TestPredicate p) {
        return "Identifiers" + p.name() + "Test";
    }

    static String source(TestPredicate p, List<TlcState> trace) {
        StringBuilder b = new StringBuilder();
        b.append("// Generated by `bango gen-tests` from specs/tla/TestIdentifiers.tla, predicate Test")
                .append(p.name()).append(".\n// Do not edit: regenerate. The build fails if this file is stale.\n");
        b.append("package ").append(PACKAGE).append(";\n\n");
        b.append("import bango.Covers;\nimport bango.conformance.IdentifiersReplay;\nimport org.junit.jupiter.api.Test;\n\n");
        b.append("/** ").append(escapeJavadoc(p.description())).append(" */\n");
        if (!p.requirements().isEmpty()) {
            b.append("@Covers({").append(p.requirements().stream().map(id -> "\"" + id + "\"")
                    .collect(Collectors.joining(", "))).append("})\n");
        }
        b.append("class ").append(className(p)).append(" {\n\n");
        b.append("    /** The spec's behaviour: each step's action and the state after it. */\n");
        b.append("    private static final String[][] BEHAVIOUR = {\n");
        for (TlcState s : trace) {
            b.append("        {").append(literal(s.action()));
            for (String v : VARIABLES) {
                String raw = s.variables().get(v);
                if (raw == null) {
                    throw new IllegalStateException("state " + s.number() + " lacks " + v);
                }
                b.append(",\n         ").append(literal(v + " = " + raw.strip().replaceAll("\\s*\\n\\s*", " ")));
            }
            b.append("},\n");
        }
        b.append("    };\n\n");
        b.append("    @Test\n    void replaysTheSpecBehaviour() {\n");
        b.append("        IdentifiersReplay.replay(").append(literal("Test" + p.name())).append(", BEHAVIOUR);\n");
        b.append("    }\n}\n");
        return b.toString();
    }

    static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String escapeJavadoc(String s) {
        return s.replace("*/", "* /").replace("@", "{@literal @}");
    }
}
