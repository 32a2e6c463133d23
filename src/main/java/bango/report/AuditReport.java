package bango.report;

import bango.modelcheck.CheckResult;
import bango.modelcheck.Manifest;
import bango.modelcheck.Manifest.AlloyCommand;
import bango.modelcheck.Manifest.Model;
import bango.modelcheck.Manifest.Witness;
import bango.modelcheck.ModelChecker;
import bango.report.ModelCheckResults.Row;
import bango.report.ModelCheckResults.Source;
import bango.report.MutationResults.Counts;
import bango.report.TestResults.ClassResult;
import bango.report.Traceability.Problem;
import bango.report.Traceability.Property;
import bango.report.Traceability.Requirement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit report: for one build of the project, whether each in-scope requirement is covered by
 * a model-checked property (with a failure witness showing the check can fail) and by passing
 * tests, with the model-checking, test and mutation-testing results behind it and the
 * traceability problems found. {@link #collect} gathers the evidence from the project directory;
 * {@link #html} renders a self-contained HTML page (inline CSS, no scripts, no external resources).
 *
 * <p>A requirement is <em>covered</em> when it is in scope, no traceability problem concerns it,
 * every property it lists is checked by manifest models that passed in this build and has failure
 * witnesses that all passed (the checker reported the violation each names), and every test class
 * it lists ran in this build with no failed test and at least one passed.
 */
public final class AuditReport {

    /** Where {@code bango report} writes by default, under the project root. */
    public static final Path DEFAULT_OUT = Path.of("target", "bango", "audit-report.html");

    /** Runs the model checker (models and witnesses) for the report when there are no results to read. */
    @FunctionalInterface
    public interface CheckRunner {
        List<CheckResult> run(Manifest manifest) throws IOException;
    }

    /** Whether and how to obtain model-checking results when target/bango/check-results.json is absent. */
    public record Options(CheckRunner runner, Clock clock) {
        /** Read check-results.json if present; else run {@code runner}, or, if it is null, show the manifest's expected figures. */
        public Options {
            clock = clock == null ? Clock.systemUTC() : clock;
        }
    }

    /** The verdict on one property of a requirement. */
    public record PropertyStatus(String property, List<Model> checkers, List<Witness> witnesses, boolean ok,
                                 List<String> reasons) {
    }

    /** The verdict on one requirement; {@code reasons} says why it is not covered (empty if it is). */
    public record Status(Requirement requirement, boolean covered, List<String> reasons,
                         List<PropertyStatus> properties) {
    }

    private final Path root;
    private final Instant generated;
    private final Optional<GitCommit> commit;
    private final Manifest manifest;
    private final Traceability trace;
    private final TestIndex testIndex;
    private final ModelCheckResults checks;
    private final List<String> checkNotes;
    private final Optional<TestResults> tests;
    private final Optional<MutationResults> mutations;
    private final OptionalInt threshold;
    private final List<Status> statuses;
    private final List<String> failures;

    private AuditReport(Path root, Instant generated, Manifest manifest, Traceability trace, TestIndex testIndex,
                        ModelCheckResults checks, List<String> checkNotes, Optional<TestResults> tests,
                        Optional<MutationResults> mutations, OptionalInt threshold) {
        this.root = root;
        this.generated = generated;
        this.commit = GitCommit.read(root);
        this.manifest = manifest;
        this.trace = trace;
        this.testIndex = testIndex;
        this.checks = checks;
        this.checkNotes = List.copyOf(checkNotes);
        this.tests = tests;
        this.mutations = mutations;
        this.threshold = threshold;
        // A required ID missing from the TSV is shown, and counted, as an in-scope requirement that is not covered.
        List<Requirement> rows = new ArrayList<>(trace.requirements());
        for (String id : Traceability.REQUIRED_IDS) {
            if (trace.requirement(id).isEmpty()) {
                rows.add(new Requirement(0, id, "(missing from " + Traceability.REQUIREMENTS + ")", "",
                        Traceability.IN_SCOPE, List.of(), List.of()));
            }
        }
        this.statuses = rows.stream()
                .sorted(Comparator.comparing((Requirement r) -> !r.inScope()))
                .map(this::status).toList();
        this.failures = computeFailures();
    }

    /** Gathers the evidence of the project at {@code root}. */
    public static AuditReport collect(Path root, Options options) throws IOException {
        root = root.toAbsolutePath().normalize();
        Manifest manifest = Manifest.read(root.resolve(Manifest.PATH));
        Path testClasses = root.resolve(TestIndex.TEST_CLASSES);
        TestIndex index = Files.isDirectory(testClasses) ? TestIndex.scan(testClasses) : null;
        Traceability trace = Traceability.check(root, Files.readString(root.resolve(Traceability.REQUIREMENTS)),
                manifest, index);

        List<String> notes = new ArrayList<>();
        Path resultsFile = root.resolve(ModelChecker.RESULTS);
        ModelCheckResults checks;
        if (Files.isRegularFile(resultsFile)) {
            checks = ModelCheckResults.fromFile(resultsFile, manifest);
            newerInputs(root, Files.getLastModifiedTime(resultsFile).toInstant()).ifPresent(newer -> notes.add(
                    newer + " changed after " + ModelChecker.RESULTS + " was written: these results may not be those "
                            + "of the current specs; run ./bango check --witnesses again"));
        } else if (options.runner() != null) {
            Instant start = options.clock().instant();
            checks = ModelCheckResults.fromRun(options.runner().run(manifest), manifest, start);
        } else {
            checks = ModelCheckResults.expected(manifest);
        }
        return new AuditReport(root, options.clock().instant(), manifest, trace, index, checks, notes,
                TestResults.read(root.resolve(TestResults.REPORTS)),
                MutationResults.read(root.resolve(MutationResults.MUTATIONS)),
                MutationResults.threshold(root.resolve("pom.xml")));
    }

    /** The newest spec or manifest file if it is newer than {@code than}. */
    private static Optional<Path> newerInputs(Path root, Instant than) throws IOException {
        List<Path> inputs = new ArrayList<>(List.of(root.resolve(Manifest.PATH)));
        if (Files.isDirectory(root.resolve("specs"))) {
            try (Stream<Path> walk = Files.walk(root.resolve("specs"))) {
                walk.filter(p -> Files.isRegularFile(p) && !p.toString().endsWith(".tsv")).forEach(inputs::add);
            }
        }
        Path newest = null;
        Instant newestTime = than;
        for (Path p : inputs) {
            if (Files.isRegularFile(p)) {
                Instant t = Files.getLastModifiedTime(p).toInstant();
                if (t.isAfter(newestTime)) {
                    newest = p;
                    newestTime = t;
                }
            }
        }
        return Optional.ofNullable(newest).map(root::relativize);
    }

    // --- Verdicts ------------------------------------------------------------------------------

    public List<Status> statuses() {
        return statuses;
    }

    public Traceability traceability() {
        return trace;
    }

    public ModelCheckResults checks() {
        return checks;
    }

    public int inScope() {
        return (int) statuses.stream().filter(s -> s.requirement().inScope()).count();
    }

    public int covered() {
        return (int) statuses.stream().filter(Status::covered).count();
    }

    /** What keeps the build from a clean bill: uncovered requirements, failed checks or tests, problems. Empty if none. */
    public List<String> failures() {
        return failures;
    }

    /** "N of M in-scope requirements covered by a model-checked property and a passing test". */
    public String summary() {
        return covered() + " of " + inScope() + " in-scope requirements covered by a model-checked property and a "
                + "passing test";
    }

    private Status status(Requirement r) {
        if (!r.inScope()) {
            return new Status(r, false, List.of(), List.of());
        }
        Set<String> reasons = new LinkedHashSet<>();
        for (Problem p : trace.problems(r.id())) {
            String m = p.message();
            reasons.add(m.startsWith(r.id() + ": ") ? m.substring(r.id().length() + 2) : m);
        }
        List<PropertyStatus> props = new ArrayList<>();
        for (String text : r.properties()) {
            PropertyStatus ps = propertyStatus(text);
            props.add(ps);
            reasons.addAll(ps.reasons());
        }
        if (testIndex == null) {
            reasons.add("the @Covers of the listed tests were not checked: no compiled test classes");
        }
        if (tests.isEmpty()) {
            reasons.add("tests not run in this build");
        } else {
            for (String t : r.tests()) {
                Optional<ClassResult> c = tests.get().of(t);
                if (c.isEmpty()) {
                    reasons.add(t + ": no test results in this build");
                } else if (c.get().failed() > 0) {
                    reasons.add(t + ": " + c.get().failed() + " failed");
                } else if (c.get().passed() == 0) {
                    reasons.add(t + ": no test passed (" + c.get().skipped() + " skipped)");
                }
            }
        }
        return new Status(r, reasons.isEmpty(), List.copyOf(reasons), props);
    }

    private PropertyStatus propertyStatus(String text) {
        List<Model> models = trace.checkers(text);
        List<Witness> ws = trace.witnesses(text);
        List<String> reasons = new ArrayList<>();
        if (Property.parse(text).isEmpty() || models.isEmpty() || ws.isEmpty()) {
            // Reported as traceability problems.
            return new PropertyStatus(text, models, ws, false, reasons);
        }
        if (!checks.measured()) {
            reasons.add("model checks not measured in this build");
        } else {
            for (Model m : models) {
                Row row = checks.model(m.model()).orElseThrow();
                if (!row.passed()) {
                    reasons.add(text + ": model " + m.model() + " " + verb(row));
                }
            }
            for (Witness w : ws) {
                Row row = checks.witness(w.name()).orElseThrow();
                if (!row.passed()) {
                    reasons.add(text + ": witness " + w.name() + " " + verb(row));
                }
            }
        }
        return new PropertyStatus(text, models, ws, reasons.isEmpty(), reasons);
    }

    private static String verb(Row row) {
        return row.failed() ? "failed" : row.result().equals("not run") ? "not run in this build" : row.result();
    }

    private List<String> computeFailures() {
        List<String> f = new ArrayList<>();
        List<String> uncovered = statuses.stream().filter(s -> s.requirement().inScope() && !s.covered())
                .map(s -> s.requirement().id()).toList();
        if (!uncovered.isEmpty()) {
            f.add(uncovered.size() + " of " + inScope() + " in-scope requirements not covered: " + String.join(", ", uncovered));
        }
        if (!trace.problems().isEmpty()) {
            f.add(trace.problems().size() + " traceability problem(s)");
        }
        if (!checks.measured()) {
            f.add("model checks not measured in this build");
        } else {
            for (Row r : checks.rows()) {
                if (r.failed()) {
                    f.add((r.isWitness() ? "witness " : "model ") + r.name() + " failed"
                            + (r.reason() == null ? "" : ": " + r.reason()));
                }
            }
            long notRun = checks.rows().stream().filter(r -> !r.measured()).count();
            if (notRun > 0) {
                f.add(notRun + " model(s) or witness(es) of the manifest not run in this build");
            }
        }
        if (tests.isEmpty()) {
            f.add("tests not run in this build");
        } else if (tests.get().failed() > 0) {
            f.add(tests.get().failed() + " test(s) failed, in " + tests.get().classes().values().stream()
                    .filter(c -> c.failed() > 0).map(ClassResult::className).collect(Collectors.joining(", ")));
        }
        if (mutations.isPresent() && threshold.isPresent()
                && mutations.get().total().score() < threshold.getAsInt()) {
            f.add(String.format(Locale.ROOT, "mutation score %.1f%% is below the threshold of %d%%",
                    mutations.get().total().score(), threshold.getAsInt()));
        }
        return List.copyOf(f);
    }

    // --- HTML ----------------------------------------------------------------------------------

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static String time(Instant t) {
        return TIME.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The report as one HTML page; links are relative to {@code out}, where it will be written. */
    public String html(Path out) {
        Html h = new Html(root, out.toAbsolutePath().normalize().getParent());
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>bango audit report</title>\n<style>\n").raw(CSS).raw("</style>\n</head>\n<body>\n");
        header(h);
        requirementsSection(h);
        modelCheckSection(h);
        testsSection(h);
        mutationSection(h);
        problemsSection(h);
        definitionsSection(h);
        filesSection(h);
        h.raw("</body>\n</html>\n");
        return h.toString();
    }

    private void header(Html h) {
        h.raw("<header>\n<h1>bango audit report</h1>\n");
        h.open("p").text("bango is a reference implementation of the identifier part of Japan's My Number system: "
                + "J-LIS issuing individual numbers (個人番号) from resident codes, converting them back by lookup, and the "
                + "core system issuing institution codes (機関別符号) for information linkage. Its requirements "
                + "(specs/requirements.tsv, from the seed document) are specified first, as TLA+ and Alloy properties, "
                + "model-checked with TLC and the Alloy Analyzer, then implemented in Java 17 and tested, including "
                + "conformance tests that replay implementation traces against the TLA+ spec. Every property has "
                + "failure witnesses: deliberately broken designs for which the checker must report the violation, "
                + "showing that the check can fail.").close("p");
        h.open("table", "meta").raw("<tbody>\n");
        h.row("Generated", time(generated));
        h.row("Commit", commit.map(c -> c.id() + (c.branch() == null ? " (detached HEAD)" : " (branch " + c.branch() + ")"))
                .orElse("unknown (no readable .git)") + "; uncommitted changes, if any, are not shown");
        h.row("Project directory", root.toString());
        h.raw("</tbody></table>\n");
        boolean clean = failures.isEmpty();
        h.raw("<p class=\"summary " + (clean ? "ok" : "bad") + "\">").text(summary() + ".").raw("</p>\n");
        h.open("ul");
        h.li(checksSummary());
        h.li(testsSummary());
        h.li(mutationSummary());
        h.li(trace.problems().isEmpty() ? "Traceability: no problems." : "Traceability: " + trace.problems().size()
                + " problem(s), listed in section 5.");
        h.close("ul");
        if (!clean) {
            h.open("p").raw("<strong>").text("Not a clean build:").raw("</strong>").close("p").open("ul", "bad-list");
            failures.forEach(h::li);
            h.close("ul");
        }
        h.raw("<nav><strong>Contents:</strong> <a href=\"#requirements\">1 Requirements</a> · "
                + "<a href=\"#model-checking\">2 Model checking</a> · <a href=\"#tests\">3 Tests</a> · "
                + "<a href=\"#mutation\">4 Mutation testing</a> · <a href=\"#problems\">5 Traceability problems</a> · "
                + "<a href=\"#definitions\">6 Property definitions</a> · <a href=\"#files\">7 Sources</a></nav>\n");
        h.raw("</header>\n");
    }

    private String checksSummary() {
        long models = checks.models().size();
        long witnesses = checks.witnesses().size();
        String what = models + " model(s) and " + witnesses + " failure witness(es)";
        if (!checks.measured()) {
            return "Model checking: " + what + " in the manifest; expected, not measured in this build.";
        }
        long failed = checks.rows().stream().filter(Row::failed).count();
        long notRun = checks.rows().stream().filter(r -> !r.measured()).count();
        String verdict = failed == 0 && notRun == 0 ? "all passed" : (checks.rows().size() - failed - notRun) + " passed, "
                + failed + " failed" + (notRun > 0 ? ", " + notRun + " not run" : "");
        return "Model checking: " + what + ": " + verdict + " (" + sourceText() + ").";
    }

    private String sourceText() {
        return switch (checks.source()) {
            case FILE -> "from " + ModelChecker.RESULTS + (checks.generated() == null ? ""
                    : ", generated " + time(checks.generated()));
            case RUN -> "measured for this report, started " + time(checks.generated());
            case EXPECTED -> "the manifest's expected figures, not measured in this build";
        };
    }

    private String testsSummary() {
        if (tests.isEmpty()) {
            return "Tests: tests not run in this build: run mvn -B verify.";
        }
        TestResults t = tests.get();
        return "Tests: " + t.total() + " test cases in " + t.classes().size() + " classes: " + t.passed() + " passed, "
                + t.failed() + " failed, " + t.skipped() + " skipped (surefire, reports written up to "
                + time(t.newest()) + ").";
    }

    private String mutationSummary() {
        if (mutations.isEmpty()) {
            return "Mutation testing: not measured (no " + MutationResults.MUTATIONS + "; mvn -B verify runs PIT).";
        }
        Counts c = mutations.get().total();
        return String.format(Locale.ROOT, "Mutation testing: %d of %d mutants detected (%.1f%%)%s.", c.detected(),
                c.total(), c.score(), threshold.isPresent() ? "; threshold " + threshold.getAsInt() + "% "
                        + (c.score() >= threshold.getAsInt() ? "met" : "NOT met") : "");
    }

    private void requirementsSection(Html h) {
        h.raw("<section id=\"requirements\">\n<h2>1 Requirements</h2>\n");
        h.open("p").text(summary() + ". A requirement is covered when it is in scope, no traceability problem "
                + "concerns it, every property it lists is checked by models that passed in this build and has failure "
                + "witnesses that all passed (the checker reported the violation each names), and every test class it "
                + "lists ran in this build with no failed test and at least one passed. In-scope requirements come "
                + "first; planned ones are listed with their scope.").close("p");
        h.raw("<table class=\"reqs\">\n<thead><tr><th>ID</th><th>Requirement</th><th>Seed</th><th>Scope</th>"
                + "<th>Properties (model, result, witnesses)</th><th>Tests (passed / failed / skipped)</th>"
                + "<th>Status</th></tr></thead>\n<tbody>\n");
        for (Status s : statuses) {
            Requirement r = s.requirement();
            h.raw("<tr id=\"req-" + Html.anchor(r.id()) + "\">");
            h.raw("<td><strong>").text(r.id()).raw("</strong></td>");
            h.td(r.text()).td(r.seed()).td(r.scope());
            h.raw("<td>");
            if (!s.properties().isEmpty()) {
                h.open("ul", "tight");
                for (PropertyStatus ps : s.properties()) {
                    propertyItem(h, ps);
                }
                h.close("ul");
            }
            h.raw("</td><td>");
            if (!r.tests().isEmpty()) {
                h.open("ul", "tight");
                for (String t : r.tests()) {
                    h.raw("<li><code>").text(t).raw("</code>: ").text(testCounts(t)).raw("</li>\n");
                }
                h.close("ul");
            }
            h.raw("</td>");
            if (!r.inScope()) {
                h.raw("<td class=\"status na\">").text("not in scope (" + r.scope() + ")").raw("</td>");
            } else if (s.covered()) {
                h.raw("<td class=\"status ok\">covered</td>");
            } else {
                h.raw("<td class=\"status bad\">not covered<ul class=\"tight reasons\">");
                s.reasons().forEach(h::li);
                h.raw("</ul></td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</tbody></table>\n</section>\n");
    }

    /** Whether TLC model {@code m} checks {@code property} (module!Name) as a temporal property. */
    private boolean temporal(Model m, String property) {
        if (m.config() == null) {
            return false;
        }
        try {
            String name = property.substring(property.indexOf('!') + 1);
            return ModelChecker.temporalProperties(Files.readString(root.resolve(m.config()))).contains(name);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private void propertyItem(Html h, PropertyStatus ps) {
        h.raw("<li><a href=\"#" + Html.anchor("prop-" + ps.property()) + "\"><code>").text(ps.property())
                .raw("</code></a>");
        if (ps.checkers().isEmpty()) {
            h.raw("<br>").text("checked by no model of the manifest");
        }
        for (Model m : ps.checkers()) {
            Row row = checks.model(m.model()).orElse(null);
            String how = Manifest.ALLOY.equals(m.tool())
                    ? "Alloy, check " + Property.parse(ps.property()).map(Property::name).orElse("?")
                            + m.commands().stream().filter(c -> ps.property().endsWith("!" + c.name()))
                                    .map(AlloyCommand::scope).filter(x -> x != null).findFirst().map(x -> " " + x)
                                    .orElse("")
                    : temporal(m, ps.property()) ? "TLC, temporal property under fairness" : "TLC, invariant";
            h.raw("<br>").text("checked by " + m.model() + " (" + how + "): ");
            result(h, row);
            if (row != null && !Manifest.ALLOY.equals(m.tool()) && row.states() != null) {
                h.text(String.format(Locale.ROOT, ", %,d distinct states%s", row.states(),
                        row.measured() ? "" : " expected"));
            }
        }
        if (ps.witnesses().isEmpty()) {
            h.raw("<br>").text("no failure witness");
        } else {
            h.raw("<br>").text("witnesses: ");
            boolean first = true;
            for (Witness w : ps.witnesses()) {
                if (!first) {
                    h.text(", ");
                }
                first = false;
                h.text(w.name() + " (");
                result(h, checks.witness(w.name()).orElse(null));
                h.text(")");
            }
        }
        h.raw("</li>\n");
    }

    private static void result(Html h, Row row) {
        if (row == null) {
            h.text("not run");
        } else if (row.passed()) {
            h.raw("<span class=\"pass\">pass</span>");
        } else if (row.failed()) {
            h.raw("<span class=\"fail\">FAIL</span>");
        } else if (row.result().startsWith("expected")) {
            h.raw("<span class=\"expected\">").text(row.result() + ", not measured in this build").raw("</span>");
        } else {
            h.raw("<span class=\"expected\">").text(row.result()).raw("</span>");
        }
    }

    private String testCounts(String cls) {
        if (tests.isEmpty()) {
            return "not run in this build";
        }
        return tests.get().of(cls).map(c -> c.passed() + " passed, " + c.failed() + " failed, " + c.skipped()
                + " skipped").orElse("no results in this build");
    }

    private void modelCheckSection(Html h) {
        h.raw("<section id=\"model-checking\">\n<h2>2 Model checking</h2>\n");
        switch (checks.source()) {
            case FILE -> h.open("p").text("From " + ModelChecker.RESULTS + ", written by bango check (or an earlier bango report)"
                    + (checks.generated() == null ? "" : " at " + time(checks.generated())) + ".").close("p");
            case RUN -> h.open("p").text("Measured for this report: bango report ran the model checker on every model "
                    + "and failure witness of " + Manifest.PATH + ", starting at " + time(checks.generated()) + ".")
                    .close("p");
            case EXPECTED -> h.open("p", "bad-text").text("Expected, not measured in this build: there is no "
                    + ModelChecker.RESULTS + " and the report was made with --no-check. The figures below are the "
                    + "manifest's. Run ./bango check --witnesses (or bango report without --no-check) to measure them.")
                    .close("p");
            default -> throw new IllegalStateException();
        }
        checkNotes.forEach(n -> h.open("p", "bad-text").text(n).close("p"));
        h.open("p").text("A model passes when its checker's outcome is the manifest's expected one (for TLC, with the "
                + "recorded number of distinct states; for Alloy, every check without counterexample and every run "
                + "satisfiable at the recorded scope). A failure witness passes when the checker reports exactly the "
                + "violation it names, with a counterexample: it shows the property can fail.").close("p");

        h.raw("<h3>Models</h3>\n<table>\n<thead><tr><th>Model</th><th>Tool</th><th>Spec</th><th>Result</th>"
                + "<th>Distinct states / scope</th><th>Seconds</th><th>Requirements</th></tr></thead>\n<tbody>\n");
        for (Row r : checks.models()) {
            Optional<Model> m = manifest.model(r.name());
            h.raw("<tr>").td(r.name()).td(r.tool());
            h.raw("<td>");
            m.ifPresent(x -> {
                h.link(x.spec());
                if (x.config() != null) {
                    h.raw("<br>");
                    h.link(x.config());
                }
            });
            h.raw("</td><td>");
            result(h, r);
            h.raw("</td>");
            h.td(statesOrScope(r), "num-or-text").td(seconds(r), "num");
            h.td(m.map(x -> String.join(", ", x.requirements())).orElse(""));
            h.raw("</tr>\n");
        }
        h.raw("</tbody></table>\n");

        h.raw("<h3>Failure witnesses</h3>\n<table>\n<thead><tr><th>Witness</th><th>Tool</th><th>Base model</th>"
                + "<th>Broken design</th><th>Violates</th><th>Result</th><th>Distinct states / scope</th><th>Seconds</th>"
                + "<th>Requirements</th></tr></thead>\n<tbody>\n");
        for (Row r : checks.witnesses()) {
            Optional<Witness> w = manifest.witness(r.name());
            h.raw("<tr>").td(r.name()).td(r.tool()).td(r.base() == null ? "" : r.base());
            h.td(w.map(x -> x.substitute() != null ? String.join("; ", x.substitute())
                    : x.command() != null ? "command " + x.command() : "").orElse(""), "code");
            h.td(r.violates() == null ? "" : r.violates(), "code");
            h.raw("<td>");
            result(h, r);
            h.raw("</td>");
            h.td(statesOrScope(r), "num-or-text").td(seconds(r), "num");
            h.td(w.map(x -> String.join(", ", x.requirements())).orElse(""));
            h.raw("</tr>\n");
        }
        h.raw("</tbody></table>\n");
        List<Row> failed = checks.rows().stream().filter(r -> r.failed() && r.reason() != null).toList();
        if (!failed.isEmpty()) {
            h.raw("<h3>Why they failed</h3>\n").open("ul");
            failed.forEach(r -> h.li(r.name() + ": " + r.reason()));
            h.close("ul");
        }
        h.raw("</section>\n");
    }

    private static String statesOrScope(Row r) {
        if (Manifest.ALLOY.equals(r.tool())) {
            return r.scope() == null ? "" : r.scope();
        }
        return r.states() == null ? "" : String.format(Locale.ROOT, "%,d", r.states());
    }

    private static String seconds(Row r) {
        return r.seconds() == null ? "" : String.format(Locale.ROOT, "%.1f", r.seconds());
    }

    private void testsSection(Html h) {
        h.raw("<section id=\"tests\">\n<h2>3 Tests</h2>\n");
        if (tests.isEmpty()) {
            h.open("p", "bad-text").text("tests not run in this build: run mvn -B verify (surefire writes "
                    + TestResults.REPORTS + "/TEST-*.xml).").close("p").raw("</section>\n");
            return;
        }
        TestResults t = tests.get();
        h.open("p").text("From " + t.files() + " surefire report files in " + TestResults.REPORTS
                + ", the newest written at " + time(t.newest()) + ": " + t.total() + " test cases in "
                + t.classes().size() + " classes, " + t.passed() + " passed, " + t.failed() + " failed, " + t.skipped()
                + " skipped. A test case fails with a failure or an error. Nested classes count with their top-level "
                + "class.").close("p");
        h.raw("<table>\n<thead><tr><th>Test class</th><th>Passed</th><th>Failed</th><th>Skipped</th><th>Seconds</th>"
                + "<th>@Covers</th></tr></thead>\n<tbody>\n");
        for (ClassResult c : t.classes().values()) {
            String cls = c.failed() > 0 ? " class=\"bad\"" : "";
            h.raw("<tr" + cls + ">").raw("<td><code>").text(c.className()).raw("</code>");
            if (!c.failures().isEmpty()) {
                h.raw("<br>").text("failed: " + String.join(", ", c.failures()));
            }
            h.raw("</td>");
            h.td(Integer.toString(c.passed()), "num").td(Integer.toString(c.failed()), "num")
                    .td(Integer.toString(c.skipped()), "num")
                    .td(String.format(Locale.ROOT, "%.1f", c.seconds()), "num");
            h.td(testIndex == null ? "" : String.join(", ", new TreeSet<>(testIndex.coversOf(c.className()))));
            h.raw("</tr>\n");
        }
        h.raw(String.format(Locale.ROOT, "<tr class=\"total\"><td>Total</td><td class=\"num\">%d</td>"
                + "<td class=\"num\">%d</td><td class=\"num\">%d</td><td></td><td></td></tr>\n",
                t.passed(), t.failed(), t.skipped()));
        h.raw("</tbody></table>\n</section>\n");
    }

    private void mutationSection(Html h) {
        h.raw("<section id=\"mutation\">\n<h2>4 Mutation testing</h2>\n");
        if (mutations.isEmpty()) {
            h.open("p", "bad-text").text("not measured: there is no " + MutationResults.MUTATIONS
                    + " (mvn -B verify runs PIT on the identifier packages).").close("p");
            if (threshold.isPresent()) {
                h.open("p").text("The build requires a mutation score of at least " + threshold.getAsInt()
                        + "% (pom.xml, mutationThreshold).").close("p");
            }
            h.raw("</section>\n");
            return;
        }
        MutationResults m = mutations.get();
        h.open("p").text("From " + MutationResults.MUTATIONS + " (PIT), written at " + time(m.written())
                + ", per package of the mutated classes. Rule: a mutant counts as detected if it was killed or timed "
                + "out; survived and no-coverage mutants are not detected; other statuses (memory error, run error, "
                + "non-viable) are shown under 'other' and not counted as detected. Score = detected / all mutants."
                + (threshold.isPresent() ? " Threshold (pom.xml, mutationThreshold): " + threshold.getAsInt() + "%."
                        : " No threshold is set in pom.xml.")).close("p");
        h.raw("<table>\n<thead><tr><th>Package</th><th>Killed</th><th>Survived</th><th>No coverage</th>"
                + "<th>Timed out</th><th>Other</th><th>Total</th><th>Score</th></tr></thead>\n<tbody>\n");
        m.packages().forEach((pkg, c) -> mutationRow(h, pkg, c, ""));
        mutationRow(h, "Total", m.total(), " class=\"total\"");
        h.raw("</tbody></table>\n");
        if (threshold.isPresent()) {
            boolean met = m.total().score() >= threshold.getAsInt();
            h.open("p", met ? "" : "bad-text").text(String.format(Locale.ROOT, "Overall score %.1f%%: threshold of %d%% %s.",
                    m.total().score(), threshold.getAsInt(), met ? "met" : "NOT met")).close("p");
        }
        h.raw("</section>\n");
    }

    private static void mutationRow(Html h, String pkg, Counts c, String attrs) {
        h.raw("<tr" + attrs + ">").td(pkg).td(Integer.toString(c.killed()), "num").td(Integer.toString(c.survived()), "num")
                .td(Integer.toString(c.noCoverage()), "num").td(Integer.toString(c.timedOut()), "num")
                .td(Integer.toString(c.other()), "num").td(Integer.toString(c.total()), "num")
                .td(String.format(Locale.ROOT, "%.1f%%", c.score()), "num").raw("</tr>\n");
    }

    private void problemsSection(Html h) {
        h.raw("<section id=\"problems\">\n<h2>5 Traceability problems</h2>\n");
        h.open("p").text("Rules checked (bango.report.Traceability): the requirement IDs are unique; "
                + String.join(", ", Traceability.REQUIRED_IDS) + " are present and in scope; every in-scope ID lists a "
                + "property and a test; every tla: property is an operator of its module and an invariant of a manifest "
                + "TLC model whose spec extends that module; every alloy: property is an assertion of its file and a "
                + "check command of the manifest's Alloy model of that file; every property has a failure witness "
                + "(same tool, violates = the property); every listed test class is compiled and names the ID, or a "
                + "sub-ID such as CODE-3a, with @Covers on the class or a method; every test class whose @Covers names "
                + "an in-scope ID is listed for that ID.").close("p");
        if (trace.problems().isEmpty()) {
            h.open("p", "ok-text").text("none").close("p");
        } else {
            h.open("ol");
            trace.problems().forEach(p -> h.li(p.message()));
            h.close("ol");
        }
        h.raw("</section>\n");
    }

    private void definitionsSection(Html h) {
        h.raw("<section id=\"definitions\">\n<h2>6 Property definitions</h2>\n");
        h.open("p").text("Each property as written in its spec (the paragraph holding the definition, with its comment), "
                + "so that this report can be read without the spec files at hand.").close("p");
        Set<String> seen = new LinkedHashSet<>();
        for (Requirement r : trace.requirements()) {
            seen.addAll(r.properties());
        }
        for (String text : seen) {
            h.raw("<div class=\"def\" id=\"" + Html.anchor("prop-" + text) + "\"><h3><code>").text(text).raw("</code>");
            Optional<Property> p = Property.parse(text);
            if (p.isPresent()) {
                h.text(" ").raw("<small>(");
                h.link(p.get().specFile().toString().replace('\\', '/'));
                h.raw(")</small>");
            }
            h.raw("</h3>\n");
            Optional<String> excerpt = p.flatMap(x -> SpecExcerpts.of(root, x));
            if (excerpt.isPresent()) {
                h.raw("<pre>").text(excerpt.get()).raw("</pre>\n");
            } else {
                h.open("p", "bad-text").text("not found in the specs").close("p");
            }
            List<String> ids = trace.requirements().stream().filter(r -> r.properties().contains(text))
                    .map(Requirement::id).toList();
            h.open("p").text("Stated for: " + String.join(", ", ids)).close("p");
            h.raw("</div>\n");
        }
        h.raw("</section>\n");
    }

    private void filesSection(Html h) {
        h.raw("<section id=\"files\">\n<h2>7 Sources</h2>\n");
        h.open("p").text("Relative links to the project's files (from the report's location).").close("p");
        Set<String> files = new LinkedHashSet<>();
        files.add("specs/");
        files.add(Traceability.REQUIREMENTS.toString());
        for (Model m : manifest.models()) {
            if (m.spec() != null) {
                files.add(m.spec());
            }
            if (m.config() != null) {
                files.add(m.config());
            }
        }
        for (Requirement r : trace.requirements()) {
            r.properties().stream().map(Property::parse).flatMap(Optional::stream)
                    .forEach(p -> files.add(p.specFile().toString()));
        }
        files.add(Manifest.PATH.toString());
        files.add("proofs-notes/identifiers.md");
        try (Stream<Path> notes = Files.isDirectory(root.resolve("proofs-notes"))
                ? Files.list(root.resolve("proofs-notes")) : Stream.empty()) {
            notes.filter(p -> p.toString().endsWith(".md")).sorted().forEach(p -> files.add(root.relativize(p).toString()));
        } catch (IOException e) {
            // the notes are listed by name only
        }
        for (Path p : List.of(ModelChecker.RESULTS, TestResults.REPORTS, MutationResults.MUTATIONS,
                MutationResults.MUTATIONS.resolveSibling("index.html"))) {
            if (Files.exists(root.resolve(p))) {
                files.add(p + (Files.isDirectory(root.resolve(p)) ? "/" : ""));
            }
        }
        h.open("ul");
        for (String f : files) {
            String file = f.replace('\\', '/');
            h.raw("<li>");
            h.link(file);
            h.raw(describe(file).map(d -> " — " + Html.escape(d)).orElse(""));
            if (!file.endsWith("/") && !Files.exists(root.resolve(file))) {
                h.raw(" <span class=\"fail\">(missing)</span>");
            }
            h.raw("</li>\n");
        }
        h.close("ul");
        h.raw("</section>\n");
    }

    private static Optional<String> describe(String file) {
        if (file.equals("specs/")) {
            return Optional.of("the specifications");
        } else if (file.equals(Traceability.REQUIREMENTS.toString())) {
            return Optional.of("the requirements and their properties and tests");
        } else if (file.equals(Manifest.PATH.toString())) {
            return Optional.of("the models, their expected results, and the failure witnesses");
        } else if (file.startsWith("proofs-notes/")) {
            return Optional.of("what the models abstract, and what they cannot show");
        } else if (file.equals(ModelChecker.RESULTS.toString())) {
            return Optional.of("the last bango check results");
        } else if (file.endsWith("index.html")) {
            return Optional.of("PIT's own report");
        }
        return Optional.empty();
    }

    private static final String CSS = """
            body { font-family: system-ui, "Segoe UI", "Noto Sans", "Noto Sans CJK JP", "Hiragino Sans", sans-serif;
                   font-size: 14px; line-height: 1.4; color: #111; max-width: 1400px; margin: 1.5em auto; padding: 0 1em; }
            h1 { font-size: 1.7em; margin-bottom: 0.3em; }
            h2 { font-size: 1.35em; border-bottom: 2px solid #555; margin-top: 2em; }
            h3 { font-size: 1.1em; margin: 1.2em 0 0.4em; }
            table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
            th, td { border: 1px solid #aaa; padding: 3px 6px; vertical-align: top; text-align: left; }
            th { background: #e8e8e8; }
            table.meta { width: auto; }
            table.meta th { text-align: left; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.code, code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.92em; }
            pre { background: #f6f6f6; border: 1px solid #ddd; padding: 6px 8px; white-space: pre-wrap; overflow-wrap: anywhere; }
            ul.tight { margin: 0; padding-left: 1.1em; }
            .reqs td:nth-child(5), .reqs td:nth-child(6) { font-size: 0.9em; }
            .summary { font-size: 1.2em; font-weight: bold; padding: 0.4em 0.6em; border: 2px solid; }
            .ok, td.ok { background: #e3f3e6; border-color: #2d7a3e; }
            .bad, td.bad, tr.bad td { background: #fbe4e2; border-color: #b3261e; }
            .na { background: #f0f0f0; color: #555; }
            td.status { font-weight: bold; min-width: 7em; }
            td.status ul { font-weight: normal; font-size: 0.9em; }
            .pass { color: #1e6b30; font-weight: bold; }
            .fail { color: #b3261e; font-weight: bold; }
            .expected { color: #8a5a00; font-style: italic; }
            .bad-text { color: #b3261e; font-weight: bold; }
            .ok-text { color: #1e6b30; font-weight: bold; }
            tr.total td { font-weight: bold; background: #f4f4f4; }
            nav { margin: 1em 0; padding: 0.4em 0.6em; background: #f4f4f4; }
            a { color: #1a4d8f; }
            @page { size: A4 landscape; margin: 12mm; }
            @media print {
              body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
              nav { display: none; }
              a { color: inherit; text-decoration: none; }
              tr, pre, .def { break-inside: avoid; page-break-inside: avoid; }
              thead { display: table-header-group; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
              .ok, .bad, .na, tr.total td, th, pre { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;
}
