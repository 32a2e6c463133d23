package bango.gentests;

import bango.modelcheck.TlaValue;
import bango.modelcheck.TlcResult;
import bango.modelcheck.TlcRunner;
import bango.modelcheck.TlcState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Derives JUnit tests from {@code specs/tla/TestLinkage.tla}: for each test predicate, TLC finds the
 * shortest behaviour of the predicate's scenario (a small instance of Linkage.tla) that reaches it,
 * and the behaviour is written as a test that drives the network's real services (core system,
 * interface system, intermediate servers, on loopback) through the same steps and compares the
 * spec's end state with theirs: each query's outcome, the answers released and every party's
 * records.
 *
 * <p>As for the identifiers, TLC runs with one worker (breadth first, no symmetry), so the behaviour
 * found and the file written are the same on every run.
 */
public final class LinkageTestGenerator {

    /** Variables of the spec state written into the test: Linkage's. */
    static final List<String> VARIABLES = List.of(
            "net", "inquiry", "answers", "decided", "served", "staff", "parked", "records", "losses", "dups");

    static final String PREFIX = "Linkage";

    private final Path projectDir;
    private final Consumer<String> log;

    public LinkageTestGenerator(Path projectDir, Consumer<String> log) {
        this.projectDir = projectDir;
        this.log = log;
    }

    /** The generated sources, by file name, without writing anything. */
    public Map<String, String> generate(Path workDir) throws IOException {
        Path specs = projectDir.resolve("specs/tla");
        String module = Files.readString(specs.resolve("TestLinkage.tla"), StandardCharsets.UTF_8);
        List<TestPredicate> predicates = TestPredicate.parse(module);
        if (predicates.isEmpty()) {
            throw new IllegalStateException("TestLinkage.tla has no test predicates");
        }
        Files.createDirectories(workDir);
        for (String f : List.of("Linkage.tla", "TestLinkage.tla")) {
            Files.copy(specs.resolve(f), workDir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        String base = baseConfig(Files.readString(specs.resolve("TestLinkage.cfg"), StandardCharsets.UTF_8));
        Map<String, String> files = new LinkedHashMap<>();
        TlcRunner tlc = new TlcRunner().withWorkers(1);
        for (TestPredicate p : predicates) {
            String scenario = p.scenario().orElseThrow(() -> new IllegalStateException(
                    "Test" + p.name() + " does not name its scenario (first conjunct Scenario = \"...\")"));
            Path cfg = workDir.resolve("Test" + p.name() + ".cfg");
            Files.writeString(cfg, base + "CONSTANT Scenario = \"" + scenario + "\"\nINVARIANT " + p.invariant() + "\n",
                    StandardCharsets.UTF_8);
            log.accept("reaching Test" + p.name() + " (scenario " + scenario + ") with TLC");
            TlcResult result = tlc.run(workDir.resolve("TestLinkage.tla"), cfg);
            if (result.outcome() != TlcResult.Outcome.INVARIANT_VIOLATED || !p.invariant().equals(result.invariant())) {
                throw new IllegalStateException("TLC did not reach Test" + p.name() + ": " + result.summary());
            }
            files.put(className(p) + ".java", source(p, scenario, setting(result.output()), result.trace()));
            log.accept("  " + (result.trace().size() - 1) + " steps");
        }
        return files;
    }

    /** TestLinkage.cfg without its comment lines. */
    static String baseConfig(String cfg) {
        StringBuilder b = new StringBuilder();
        for (String line : cfg.split("\n")) {
            if (!line.strip().startsWith("\\*")) {
                b.append(line).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * The scenario's constants, from the value TLC printed on checking {@code ASSUME PrintT(<<"setting",
     * Setting>>)}: the text from {@code << "setting",} to the next TLC message, on one line.
     */
    static String setting(String output) {
        Matcher m = SETTING.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("TLC did not print the scenario's setting");
        }
        TlaValue printed = TlaValue.parse(m.group(1));
        if (!(printed instanceof TlaValue.Seq s) || s.elements().size() != 2) {
            throw new IllegalStateException("TLC printed no <<\"setting\", Setting>>: " + printed);
        }
        return s.elements().get(1).toString();
    }

    private static final Pattern SETTING = Pattern.compile("(<<\\s*\"setting\",.*?)(?:@!@!@|\\z)", Pattern.DOTALL);

    /** Linkage's name of the action TLC labels a step with: TestLinkage's {@code XStep} is Linkage's {@code X}. */
    static String linkageAction(String label) {
        return label.endsWith("Step") ? label.substring(0, label.length() - "Step".length()) : label;
    }

    static String className(TestPredicate p) {
        return PREFIX + p.name() + "Test";
    }

    static String source(TestPredicate p, String scenario, String setting, List<TlcState> trace) {
        StringBuilder b = new StringBuilder();
        b.append("// Generated by `bango gen-tests` from specs/tla/TestLinkage.tla, predicate Test").append(p.name())
                .append(" (scenario \"").append(scenario).append("\").\n")
                .append("// Do not edit: regenerate. The build fails if this file is stale.\n");
        b.append("package ").append(IdentifiersTestGenerator.PACKAGE).append(";\n\n");
        b.append("import bango.Covers;\nimport bango.conformance.LinkageReplay;\nimport java.nio.file.Path;\n")
                .append("import org.junit.jupiter.api.Test;\nimport org.junit.jupiter.api.io.TempDir;\n\n");
        b.append("/** ").append(IdentifiersTestGenerator.escapeJavadoc(p.description())).append(" */\n");
        if (!p.requirements().isEmpty()) {
            b.append("@Covers({").append(p.requirements().stream().map(id -> "\"" + id + "\"")
                    .collect(Collectors.joining(", "))).append("})\n");
        }
        b.append("class ").append(className(p)).append(" {\n\n");
        b.append("    /** The scenario's constants. */\n");
        b.append("    private static final String SETTING =\n            ").append(IdentifiersTestGenerator.literal(setting)).append(";\n\n");
        b.append("    /** The spec's behaviour: each step's action and the state after it. */\n");
        b.append("    private static final String[][] BEHAVIOUR = {\n");
        for (TlcState s : trace) {
            b.append("        {").append(IdentifiersTestGenerator.literal(linkageAction(s.action())));
            for (String v : VARIABLES) {
                String raw = s.variables().get(v);
                if (raw == null) {
                    throw new IllegalStateException("state " + s.number() + " lacks " + v);
                }
                b.append(",\n         ").append(IdentifiersTestGenerator.literal(v + " = " + raw.strip().replaceAll("\\s*\\n\\s*", " ")));
            }
            b.append("},\n");
        }
        b.append("    };\n\n");
        b.append("    @Test\n    void drivesTheServicesThroughTheSpecBehaviour(@TempDir Path dir) throws Exception {\n");
        b.append("        LinkageReplay.replay(").append(IdentifiersTestGenerator.literal("Test" + p.name()))
                .append(", SETTING, BEHAVIOUR, dir);\n");
        b.append("    }\n}\n");
        return b.toString();
    }
}
