package bango.cli;

import bango.modelcheck.CheckResult;
import bango.modelcheck.Manifest;
import bango.modelcheck.ModelChecker;
import bango.modelcheck.TlcRunner;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bango check}: model-checks every model of {@code model-checking/manifest.json} and
 * compares the results with the manifest.
 *
 * <p>Exit codes: 0 all passed; 1 a model or witness failed (or the manifest is invalid); 2 usage
 * error (including no project directory found).
 */
@Command(
        name = "check",
        header = "Model-check every spec in the manifest and print the results.",
        mixinStandardHelpOptions = true,
        description = {
            "Model-check every model in model-checking/manifest.json (TLC models each in a JVM of its own) "
                    + "and compare outcomes and distinct-state counts with the manifest.",
            "The table (or, with --json, a JSON array) goes to stdout, progress to stderr; the results are "
                    + "also written to target/bango/check-results.json.",
            "Exit code: 0 if all pass, 1 if any fails, 2 on a usage error."
        })
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON array, one object per model (and witness).")
    boolean json;

    @Option(names = "--witnesses", description = "Also run the failure witnesses: each must make its checker report "
            + "exactly the violation it names.")
    boolean witnesses;

    @Option(names = "--model", paramLabel = "NAME", description = "Check only this model (with --witnesses, and its "
            + "witnesses), or only this witness.")
    String model;

    @Option(names = "--project-dir", paramLabel = "DIR", description = "Project directory (with pom.xml and "
            + "model-checking/manifest.json); default: the bango.project.dir property, else the working directory "
            + "or its nearest parent that has them.")
    Path projectDir;

    @Option(names = "--workers", paramLabel = "N", description = "TLC worker threads (default: the number of processors, ${DEFAULT-VALUE} here).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--update-manifest", description = "Write the measured figures (distinct states, depth, seconds) of "
            + "the models whose outcome is the expected one into the manifest.")
    boolean updateManifest;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--workers must be at least 1");
        }
        Path root;
        try {
            root = projectDir != null ? ModelChecker.findProjectRoot(projectDir.toString())
                    : ModelChecker.findProjectRoot();
        } catch (FileNotFoundException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ModelChecker checker;
        try {
            checker = new ModelChecker(root, new TlcRunner().withWorkers(workers));
        } catch (Manifest.InvalidManifestException e) {
            err.println("bango check: invalid manifest: " + e.getMessage());
            return 1;
        }
        ModelChecker.Plan plan;
        try {
            plan = checker.plan(model, witnesses);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<CheckResult> results = checker.check(plan, line -> {
            err.println(line);
            err.flush();
        });
        if (updateManifest) {
            Manifest updated = checker.withFigures(results);
            if (!updated.equals(checker.manifest())) {
                updated.write(root.resolve(Manifest.PATH));
                err.println("updated " + Manifest.PATH);
            }
            results = ModelChecker.rejudge(updated, results);
        }
        Path file = checker.writeResults(results, witnesses || !plan.witnesses().isEmpty());
        err.println("results written to " + root.relativize(file));
        if (json) {
            out.println(Manifest.prettyWriter().writeValueAsString(results.stream().map(CheckResult::toJson).toList()));
        } else {
            printTable(out, results);
        }
        out.flush();
        return results.stream().allMatch(CheckResult::passed) ? 0 : 1;
    }

    static void printTable(PrintWriter out, List<CheckResult> results) {
        List<CheckResult> models = results.stream().filter(r -> !r.isWitness()).toList();
        List<CheckResult> witnessRows = results.stream().filter(CheckResult::isWitness).toList();
        if (!models.isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"model", "tool", "result", "states/scope", "seconds"});
            for (CheckResult r : models) {
                rows.add(new String[] {r.name(), r.tool(), r.result(), statesOrScope(r), seconds(r)});
            }
            printRows(out, rows, 3);
        }
        if (!witnessRows.isEmpty()) {
            if (!models.isEmpty()) {
                out.println();
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"witness", "tool", "violates", "result", "states/scope", "seconds"});
            for (CheckResult r : witnessRows) {
                rows.add(new String[] {r.name(), r.tool(), r.violates(), r.result(), statesOrScope(r), seconds(r)});
            }
            printRows(out, rows, 4);
        }
        List<CheckResult> failed = results.stream().filter(r -> !r.passed()).toList();
        if (!failed.isEmpty()) {
            out.println();
            for (CheckResult r : failed) {
                out.println(r.name() + ": " + r.reason());
            }
        }
        out.println();
        out.println(failed.isEmpty() ? "all " + results.size() + " passed"
                : failed.size() + " of " + results.size() + " failed");
    }

    private static String statesOrScope(CheckResult r) {
        if (Manifest.ALLOY.equals(r.tool())) {
            if (r.scope() == null) {
                return "-";
            }
            // An Alloy model's commands may have several scopes; the table shows the first (JSON has all).
            String[] scopes = r.scope().split("; ");
            return scopes.length == 1 ? scopes[0] : scopes[0] + " (+" + (scopes.length - 1) + " more)";
        }
        return r.states() == null ? "-" : String.format("%,d", r.states());
    }

    private static String seconds(CheckResult r) {
        return String.format("%.1f", r.seconds());
    }

    /** Columns padded to their widest cell, those from index {@code rightFrom} on right-aligned. */
    private static void printRows(PrintWriter out, List<String[]> rows, int rightFrom) {
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    b.append("  ");
                }
                String pad = " ".repeat(width[i] - row[i].length());
                b.append(i >= rightFrom ? pad + row[i] : row[i] + pad);
            }
            out.println(b.toString().stripTrailing());
        }
    }
}
