package bango.cli;

import bango.modelcheck.CheckResult;
import bango.modelcheck.Manifest;
import bango.modelcheck.ModelChecker;
import bango.modelcheck.TlcRunner;
import bango.report.AuditReport;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bango report}: writes the HTML audit report (requirements and their coverage, model
 * checks, tests, mutation testing, traceability problems) and prints its path.
 *
 * <p>Exit codes: 0 the report was written and every in-scope requirement is covered with nothing
 * failed; 1 written, but something is not covered or a check or test failed (or it could not be
 * written); 2 usage error.
 */
@Command(
        name = "report",
        header = "Write the HTML audit report and print its path.",
        mixinStandardHelpOptions = true,
        description = {
            "Write a self-contained HTML audit report to target/bango/audit-report.html (or --out) and print its path.",
            "It shows, for every requirement of specs/requirements.tsv, the properties that state it, the models that "
                    + "check them with their results and failure witnesses, and the tests that name it with their "
                    + "results; then the model-checking results (target/bango/check-results.json if present, else "
                    + "a run of every model and witness, unless --no-check), the tests (target/surefire-reports), "
                    + "mutation testing (target/pit-reports/mutations.xml) and the traceability problems.",
            "Exit code: 0 if every in-scope requirement is covered and nothing failed, 1 if not (reasons on stderr), "
                    + "2 on a usage error."
        })
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "PATH", description = "Where to write the report (default: "
            + "target/bango/audit-report.html under the project directory).")
    Path out;

    @Option(names = "--no-check", description = "Do not run the model checker when there is no "
            + "target/bango/check-results.json; show the manifest's expected figures, marked as not measured.")
    boolean noCheck;

    @Option(names = "--project-dir", paramLabel = "DIR", description = "Project directory (with pom.xml and "
            + "model-checking/manifest.json); default: the bango.project.dir property, else the working directory "
            + "or its nearest parent that has them.")
    Path projectDir;

    @Option(names = "--workers", paramLabel = "N", description = "TLC worker threads when the report runs the model "
            + "checker (default: the number of processors, ${DEFAULT-VALUE} here).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
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
        Path file = (out != null ? out : root.resolve(AuditReport.DEFAULT_OUT)).toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " is a directory");
        }
        AuditReport.CheckRunner runner = noCheck ? null : manifest -> runChecks(root, err);
        AuditReport report;
        try {
            report = AuditReport.collect(root, new AuditReport.Options(runner, Clock.systemUTC()));
        } catch (Manifest.InvalidManifestException e) {
            err.println("bango report: invalid manifest: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("bango report: " + e.getMessage());
            return 1;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, report.html(file));
        } catch (IOException e) {
            err.println("bango report: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        stdout.println(file);
        stdout.flush();
        err.println("bango report: " + report.summary());
        if (!report.failures().isEmpty()) {
            report.failures().forEach(f -> err.println("bango report: " + f));
        }
        err.flush();
        return report.failures().isEmpty() ? 0 : 1;
    }

    /** As {@code bango check --witnesses}: every model and witness, progress on stderr, results written to check-results.json. */
    private List<CheckResult> runChecks(Path root, PrintWriter err) throws IOException {
        err.println("bango report: no " + ModelChecker.RESULTS + "; running the model checker on every model and "
                + "witness (use --no-check to skip) ...");
        err.flush();
        ModelChecker checker = new ModelChecker(root, new TlcRunner().withWorkers(workers));
        List<CheckResult> results = checker.check(checker.plan(null, true), line -> {
            err.println(line);
            err.flush();
        });
        Path written = checker.writeResults(results, true);
        err.println("results written to " + root.relativize(written));
        err.flush();
        return results;
    }
}
