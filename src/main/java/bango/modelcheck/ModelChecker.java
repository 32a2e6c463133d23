package bango.modelcheck;

import bango.modelcheck.Manifest.AlloyCommand;
import bango.modelcheck.Manifest.Model;
import bango.modelcheck.Manifest.Witness;
import bango.modelcheck.TlcResult.Outcome;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs the models of {@code model-checking/manifest.json} and, on request, its failure
 * witnesses, and compares each with the manifest. Every TLC model runs in a JVM of its own
 * ({@link TlcRunner}); Alloy models go through {@link AlloyRunner}.
 *
 * <p>A model passes if its outcome is the manifest's {@code expected} and, for TLC models
 * expected to pass, the number of distinct states is the manifest's. A TLC witness passes only if
 * TLC reports exactly its invariant violated, with a counterexample; an Alloy witness, if its
 * command finds a counterexample (or, for a run, an instance). Times are informational.
 */
public final class ModelChecker {

    /** System property naming the project root (surefire sets it). */
    public static final String PROJECT_DIR_PROPERTY = "bango.project.dir";
    /** Where the derived witness configurations go, under the project root. */
    public static final Path WITNESS_DIR = Path.of("target", "bango", "witnesses");
    /** Where the last run's results go, under the project root. */
    public static final Path RESULTS = Path.of("target", "bango", "check-results.json");

    private final Path root;
    private final Manifest manifest;
    private final TlcRunner tlc;
    private final Map<Path, List<AlloyRunner.Result>> alloyCache = new HashMap<>();

    /** Reads the manifest of the project at {@code root}; TLC with {@code tlc}'s settings. */
    public ModelChecker(Path root, TlcRunner tlc) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.manifest = Manifest.read(this.root.resolve(Manifest.PATH));
        this.tlc = Objects.requireNonNull(tlc);
    }

    public Path root() {
        return root;
    }

    public Manifest manifest() {
        return manifest;
    }

    /**
     * The project root: the {@value #PROJECT_DIR_PROPERTY} system property if set, else the
     * working directory or the nearest of its parents holding {@code pom.xml} and the manifest.
     */
    public static Path findProjectRoot() throws FileNotFoundException {
        return findProjectRoot(System.getProperty(PROJECT_DIR_PROPERTY), Path.of(System.getProperty("user.dir")));
    }

    /** The project root named by {@code dir}, which must hold pom.xml and the manifest. */
    public static Path findProjectRoot(String dir) throws FileNotFoundException {
        Path p = Path.of(dir).toAbsolutePath().normalize();
        if (!isProjectRoot(p)) {
            throw new FileNotFoundException(dir + " has no pom.xml and " + Manifest.PATH);
        }
        return p;
    }

    static Path findProjectRoot(String property, Path workingDir) throws FileNotFoundException {
        if (property != null && !property.isBlank()) {
            try {
                return findProjectRoot(property);
            } catch (FileNotFoundException e) {
                throw new FileNotFoundException(PROJECT_DIR_PROPERTY + "=" + e.getMessage());
            }
        }
        for (Path p = workingDir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (isProjectRoot(p)) {
                return p;
            }
        }
        throw new FileNotFoundException("no project directory (with pom.xml and " + Manifest.PATH + ") at or above "
                + workingDir.toAbsolutePath() + "; run from the project or set -D" + PROJECT_DIR_PROPERTY);
    }

    private static boolean isProjectRoot(Path p) {
        return Files.isRegularFile(p.resolve("pom.xml")) && Files.isRegularFile(p.resolve(Manifest.PATH));
    }

    /** The invariants a TLC configuration (.cfg text) checks: the names of its INVARIANT(S) sections, in order. */
    public static List<String> invariants(String cfg) {
        return TlcConfig.invariants(cfg);
    }

    /** The temporal properties a TLC configuration checks (its PROPERTY(PROPERTIES) sections). */
    public static List<String> temporalProperties(String cfg) {
        return TlcConfig.properties(cfg);
    }

    // --- Selecting ----------------------------------------------------------------------------

    /** What a run covers, in manifest order: models first, then witnesses. */
    public record Plan(List<Model> models, List<Witness> witnesses) {
    }

    /**
     * The models and witnesses to check: all models (and all witnesses if {@code witnesses}), or,
     * with {@code only}, the model of that name (and its witnesses if {@code witnesses}) or the
     * one witness of that name.
     *
     * @throws IllegalArgumentException if nothing has the name {@code only}
     */
    public Plan plan(String only, boolean witnesses) {
        if (only == null) {
            return new Plan(manifest.models(), witnesses ? manifest.witnesses() : List.of());
        }
        Optional<Model> model = manifest.model(only);
        if (model.isPresent()) {
            return new Plan(List.of(model.get()), witnesses
                    ? manifest.witnesses().stream().filter(w -> w.base().equals(only)).toList() : List.of());
        }
        Optional<Witness> witness = manifest.witness(only);
        if (witness.isPresent()) {
            return new Plan(List.of(), List.of(witness.get()));
        }
        throw new IllegalArgumentException("no model or witness named " + only + " in " + Manifest.PATH + "; models: "
                + manifest.models().stream().map(Model::model).collect(Collectors.joining(", ")) + "; witnesses: "
                + manifest.witnesses().stream().map(Witness::name).collect(Collectors.joining(", ")));
    }

    /** Checks everything in the plan, one at a time, telling {@code log} what happens. */
    public List<CheckResult> check(Plan plan, Consumer<String> log) {
        List<CheckResult> results = new ArrayList<>();
        for (Model m : plan.models()) {
            results.add(checkModel(m, log));
        }
        for (Witness w : plan.witnesses()) {
            results.add(checkWitness(w, log));
        }
        return results;
    }

    // --- Models -------------------------------------------------------------------------------

    public CheckResult checkModel(Model m, Consumer<String> log) {
        if (Manifest.ALLOY.equals(m.tool())) {
            return checkAlloyModel(m, log);
        }
        log.accept("checking " + m.model() + " with TLC ...");
        TlcResult r;
        try {
            r = runTlc(root.resolve(m.spec()), root.resolve(m.config()), log);
        } catch (IOException e) {
            log.accept("  ... cannot run TLC: " + e.getMessage());
            return new CheckResult(CheckResult.MODEL, m.model(), Manifest.TLC, null, null, false, null, null, null, 0,
                    "cannot run TLC: " + e.getMessage(), null);
        }
        CheckResult result = judge(m, r);
        log.accept("  ... " + describe(r) + ": " + result.result());
        return result;
    }

    /** Compares a TLC run of a model with the manifest. */
    static CheckResult judge(Model m, TlcResult r) {
        String outcome = r.outcome().name().toLowerCase(Locale.ROOT);
        String reason = null;
        if (!outcome.equals(m.expected())) {
            reason = "expected " + m.expected() + ", but TLC reports " + r.summary()
                    + (r.outcome() == Outcome.PASS ? "" : "; " + firstLines(r.message(), 12));
            if (!r.trace().isEmpty()) {
                reason += "; error trace of " + r.trace().size() + " states: "
                        + r.trace().stream().map(TlcState::action).collect(Collectors.joining(" -> "));
            }
        } else if (r.outcome() == Outcome.PASS) {
            if (m.distinctStates() == null) {
                reason = String.format("TLC found %,d distinct states but the manifest records no distinct_states: "
                        + "add it to the manifest", r.distinctStates());
            } else if (m.distinctStates() != r.distinctStates()) {
                reason = String.format("TLC found %,d distinct states, the manifest says %,d: the model or the spec "
                        + "changed; update the manifest if the change is intended", r.distinctStates(), m.distinctStates());
            }
        }
        return new CheckResult(CheckResult.MODEL, m.model(), Manifest.TLC, null, null, reason == null,
                r.distinctStates() < 0 ? null : r.distinctStates(), r.depth() < 0 ? null : r.depth(), null,
                r.seconds(), reason, r);
    }

    // --- Witnesses ----------------------------------------------------------------------------

    /** Where the derived configuration of a TLC witness is written. */
    public Path witnessConfig(Witness w) {
        return root.resolve(WITNESS_DIR).resolve(w.name() + ".cfg");
    }

    /** Writes the witness's configuration (the base model's, with the substitutions and only its invariant) and returns its path. */
    public Path writeWitnessConfig(Witness w) throws IOException {
        Model base = manifest.model(w.base()).orElseThrow();
        Path baseConfig = root.resolve(base.config());
        Path spec = root.resolve(base.spec());
        Path cfg = witnessConfig(w);
        String text = TlcConfig.derive(Files.readString(baseConfig), w.substitute(), w.violates(), List.of(
                "Failure witness " + w.name() + " (" + String.join(", ", w.requirements()) + "), written by bango check:",
                root.relativize(baseConfig) + " with " + String.join(", ", w.substitute())
                        + "; TLC must report " + w.violates() + " violated.",
                "Rerun: cd " + root.relativize(spec.getParent()) + " && java -cp "
                        + Objects.requireNonNullElse(TlcRunner.tlcJar(), "tla2tools.jar") + " tlc2.TLC -config "
                        + cfg + " " + spec.getFileName(),
                ""));
        Files.createDirectories(cfg.getParent());
        Files.writeString(cfg, text);
        return cfg;
    }

    public CheckResult checkWitness(Witness w, Consumer<String> log) {
        if (Manifest.ALLOY.equals(w.tool())) {
            return checkAlloyWitness(w, log);
        }
        log.accept("checking witness " + w.name() + " (" + String.join(", ", w.substitute()) + ") with TLC ...");
        TlcResult r;
        try {
            Path cfg = writeWitnessConfig(w);
            r = runTlc(root.resolve(manifest.model(w.base()).orElseThrow().spec()), cfg, log);
        } catch (IOException | IllegalArgumentException e) {
            log.accept("  ... cannot run TLC: " + e.getMessage());
            return new CheckResult(CheckResult.WITNESS, w.name(), Manifest.TLC, w.base(), w.violates(), false,
                    null, null, null, 0, "cannot run TLC: " + e.getMessage(), null);
        }
        boolean temporal;
        try {
            temporal = TlcConfig.properties(Files.readString(root.resolve(manifest.model(w.base()).orElseThrow().config())))
                    .contains(w.violates());
        } catch (IOException e) {
            temporal = false;
        }
        CheckResult result = judge(w, r, witnessConfig(w), temporal);
        log.accept("  ... " + describe(r) + ": " + result.result());
        return result;
    }

    /** A TLC witness passes only if TLC reports exactly its invariant violated, with a trace. */
    static CheckResult judge(Witness w, TlcResult r, Path cfg) {
        return judge(w, r, cfg, false);
    }

    /**
     * A TLC witness passes only if TLC reports exactly its invariant violated (or, for a temporal
     * property, the only property of its configuration violated), with a counterexample.
     */
    static CheckResult judge(Witness w, TlcResult r, Path cfg, boolean temporal) {
        String reason = null;
        if (temporal) {
            if (r.outcome() != Outcome.PROPERTY_VIOLATED || r.exitCode() != 13) {
                reason = "expected TLC to report the temporal property " + w.violates() + " violated, but it reports "
                        + r.summary() + " (config: " + cfg + ")";
            } else if (r.trace().isEmpty()) {
                reason = "TLC reports " + w.violates() + " violated but printed no counterexample";
            }
        } else if (r.outcome() != Outcome.INVARIANT_VIOLATED || r.exitCode() != 12) {
            reason = "expected TLC to report " + w.violates() + " violated, but it reports " + r.summary()
                    + (r.outcome() == Outcome.PASS ? "" : "; " + firstLines(r.message(), 12)) + " (config: " + cfg + ")";
        } else if (!w.violates().equals(r.invariant())) {
            reason = "expected " + w.violates() + " violated, but TLC reports " + r.invariant() + " violated (config: " + cfg + ")";
        } else if (r.trace().isEmpty()) {
            reason = "TLC reports " + w.violates() + " violated but printed no counterexample";
        }
        return new CheckResult(CheckResult.WITNESS, w.name(), Manifest.TLC, w.base(), w.violates(), reason == null,
                r.distinctStates() < 0 ? null : r.distinctStates(), r.depth() < 0 ? null : r.depth(), null,
                r.seconds(), reason, r);
    }

    // --- Alloy --------------------------------------------------------------------------------

    private CheckResult checkAlloyModel(Model m, Consumer<String> log) {
        log.accept("checking " + m.model() + " with Alloy ...");
        long start = System.nanoTime();
        List<AlloyRunner.Result> results;
        try {
            results = runAlloy(root.resolve(m.spec()));
        } catch (Exception e) {
            double seconds = (System.nanoTime() - start) / 1e9;
            log.accept("  ... " + e.getMessage() + ": fail");
            return new CheckResult(CheckResult.MODEL, m.model(), Manifest.ALLOY, null, null, false, null, null,
                    scopes(m.commands().stream().map(AlloyCommand::scope).toList()), seconds,
                    "Alloy failed: " + e.getMessage(), null);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> problems = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (AlloyCommand c : m.commands()) {
            listed.add(c.name());
            Optional<AlloyRunner.Result> found = results.stream().filter(r -> r.label().equals(c.name())).findFirst();
            if (found.isEmpty()) {
                problems.add("no command " + c.name() + " in " + m.spec());
                continue;
            }
            AlloyRunner.Result r = found.get();
            boolean check = "check".equals(c.kind());
            if (r.isCheck() != check) {
                problems.add(c.name() + " is a " + (r.isCheck() ? "check" : "run") + ", the manifest says " + c.kind());
            } else if (check && r.instanceFound()) {
                problems.add("check " + c.name() + " found a counterexample");
            } else if (!check && !r.instanceFound()) {
                problems.add("run " + c.name() + " found no instance");
            }
            if (c.scope() != null && !c.scope().equals(r.scope())) {
                problems.add(c.name() + " has scope " + r.scope() + ", the manifest says " + c.scope()
                        + ": update the manifest if the change is intended");
            }
        }
        Set<String> witnessCommands = manifest.witnesses().stream()
                .filter(w -> m.model().equals(w.base())).map(Witness::command).collect(Collectors.toSet());
        for (AlloyRunner.Result r : results) {
            if (!listed.contains(r.label()) && !witnessCommands.contains(r.label())) {
                problems.add("command " + r.label() + " is neither a command of the model nor a witness in the manifest");
            }
        }
        String reason = problems.isEmpty() ? null : String.join("; ", problems);
        CheckResult result = new CheckResult(CheckResult.MODEL, m.model(), Manifest.ALLOY, null, null, reason == null,
                null, null, scopes(results.stream().filter(r -> listed.contains(r.label())).map(AlloyRunner.Result::scope).toList()),
                seconds, reason, null);
        log.accept(String.format("  ... %d commands, %.1f s: %s", results.size(), seconds, result.result()));
        return result;
    }

    private CheckResult checkAlloyWitness(Witness w, Consumer<String> log) {
        log.accept("checking witness " + w.name() + " (" + w.command() + ") with Alloy ...");
        Model base = manifest.model(w.base()).orElseThrow();
        long start = System.nanoTime();
        String reason = null;
        String scope = null;
        Double solveSeconds = null;
        try {
            Optional<AlloyRunner.Result> found = runAlloy(root.resolve(base.spec())).stream()
                    .filter(r -> r.label().equals(w.command())).findFirst();
            if (found.isEmpty()) {
                reason = "no command " + w.command() + " in " + base.spec();
            } else {
                scope = found.get().scope();
                solveSeconds = found.get().millis() / 1000.0;
                if (!found.get().instanceFound()) {
                    reason = (found.get().isCheck() ? "check " + w.command() + " found no counterexample"
                            : "run " + w.command() + " found no instance");
                }
            }
        } catch (Exception e) {
            reason = "Alloy failed: " + e.getMessage();
        }
        // The file's commands are solved together, once; a witness's time is its own command's.
        double seconds = solveSeconds != null ? solveSeconds : (System.nanoTime() - start) / 1e9;
        CheckResult result = new CheckResult(CheckResult.WITNESS, w.name(), Manifest.ALLOY, w.base(), w.violates(),
                reason == null, null, null, scope, seconds, reason, null);
        log.accept("  ... " + (reason == null ? "counterexample found" : reason) + ": " + result.result());
        return result;
    }

    /** One Alloy run per file per checker: the witnesses are commands of their base model's file. */
    private List<AlloyRunner.Result> runAlloy(Path als) throws Exception {
        List<AlloyRunner.Result> cached = alloyCache.get(als);
        if (cached == null) {
            cached = List.copyOf(new AlloyRunner().run(als).results());
            alloyCache.put(als, cached);
        }
        return cached;
    }

    private static String scopes(List<String> scopes) {
        String joined = scopes.stream().filter(Objects::nonNull).distinct().collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }

    // --- TLC ----------------------------------------------------------------------------------

    private TlcResult runTlc(Path spec, Path cfg, Consumer<String> log) throws IOException {
        return tlc.withProgress(p -> log.accept(String.format("  ... %,d distinct states, %,d left on queue%s",
                p.distinct(), p.queue(), p.depth() >= 0 ? ", depth " + p.depth() : ""))).run(spec, cfg);
    }

    private static String describe(TlcResult r) {
        if (r.outcome() == Outcome.ERROR || r.distinctStates() < 0) {
            return firstLines(r.summary(), 3);
        }
        String what = switch (r.outcome()) {
            case PASS -> "";
            case INVARIANT_VIOLATED -> "invariant " + r.invariant() + " violated, ";
            default -> r.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", ";
        };
        return String.format("%s%,d distinct states%s, %.1f s", what, r.distinctStates(),
                r.depth() >= 0 ? ", depth " + r.depth() : "", r.seconds());
    }

    private static String firstLines(String text, int n) {
        if (text == null) {
            return "";
        }
        List<String> lines = text.lines().toList();
        return lines.size() <= n ? String.join(" / ", lines)
                : String.join(" / ", lines.subList(0, n)) + " / ...";
    }

    // --- Results and manifest updates --------------------------------------------------------

    /** Writes the rows to {@link #RESULTS} under the project root and returns its path. */
    public Path writeResults(List<CheckResult> results, boolean witnessesRun) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("generated_at", Instant.now().toString());
        doc.put("manifest", Manifest.PATH.toString());
        doc.put("witnesses_run", witnessesRun);
        doc.put("all_passed", results.stream().allMatch(CheckResult::passed));
        doc.put("results", results.stream().map(CheckResult::toJson).toList());
        Path file = root.resolve(RESULTS);
        Files.createDirectories(file.getParent());
        Files.writeString(file, Manifest.prettyWriter().writeValueAsString(doc) + "\n");
        return file;
    }

    /**
     * The manifest with the figures of these results: for every TLC model whose outcome is the
     * expected one, its distinct states, depth and seconds; for every Alloy model that passed, its
     * seconds. Rows whose outcome differs from the manifest's change nothing.
     */
    public Manifest withFigures(List<CheckResult> results) {
        Manifest updated = manifest;
        for (CheckResult r : results) {
            if (r.isWitness()) {
                continue;
            }
            Optional<Model> m = updated.model(r.name());
            if (m.isEmpty()) {
                continue;
            }
            double seconds = Math.round(r.seconds() * 10) / 10.0;
            if (r.tlc() != null && r.tlc().outcome().name().toLowerCase(Locale.ROOT).equals(m.get().expected())) {
                boolean pass = r.tlc().outcome() == Outcome.PASS;
                updated = updated.withModel(m.get().withFigures(pass ? r.states() : null, pass ? r.depth() : null, seconds));
            } else if (Manifest.ALLOY.equals(r.tool()) && r.passed()) {
                updated = updated.withModel(m.get().withFigures(null, null, seconds));
            }
        }
        return updated;
    }

    /** Judges the TLC rows again against another manifest (after {@link #withFigures}). */
    public static List<CheckResult> rejudge(Manifest manifest, List<CheckResult> results) {
        List<CheckResult> out = new ArrayList<>();
        for (CheckResult r : results) {
            Optional<Model> m = manifest.model(r.name());
            out.add(!r.isWitness() && r.tlc() != null && m.isPresent() ? judge(m.get(), r.tlc()) : r);
        }
        return out;
    }
}
