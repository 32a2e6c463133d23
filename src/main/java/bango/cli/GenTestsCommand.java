package bango.cli;

import bango.gentests.GeneratedTests;
import bango.modelcheck.ModelChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bango gen-tests}: derives JUnit tests from the specs' test predicates into generated-tests/. */
@Command(name = "gen-tests",
        header = "Regenerate the spec-derived JUnit tests in generated-tests/.", mixinStandardHelpOptions = true,
        description = {"Derive JUnit tests from the specs: TLC finds the shortest behaviour reaching each test predicate.",
                "specs/tla/TestIdentifiers.tla: each behaviour becomes a test (IdentifiersXTest) that replays it against "
                + "the identifiers' implementation, comparing states after every step.",
                "specs/tla/TestLinkage.tla: each predicate names a scenario (a small instance of Linkage.tla); each "
                + "behaviour becomes a test (LinkageXTest) that starts the network's services on loopback, drives them "
                + "through the same steps (queries, staff decisions, resends, lost or repeated messages, failing record "
                + "stores) and compares the spec's end state with theirs: outcomes, answers and every party's records.",
                "Files are written to DIR/bango/generated; generated files no predicate gives any more are deleted.",
                "Exit codes: 0 written (or current with --check), 1 stale with --check or TLC failed, 2 usage."})
public final class GenTestsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: generated-tests in the project).")
    Path out;

    @Option(names = "--check", description = "Write nothing; exit 1 if the committed tests differ from what the specs give now.")
    boolean check;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Path project;
        try {
            project = ModelChecker.findProjectRoot();
        } catch (java.io.FileNotFoundException e) {
            err.println("bango gen-tests: " + e.getMessage());
            return 2;
        }
        Path target = out != null ? out : project.resolve("generated-tests");
        Path work = Files.createTempDirectory("bango-gen-tests");
        GeneratedTests generator = new GeneratedTests(project, line -> {
            err.println(line);
            err.flush();
        });
        try {
            if (check) {
                Map<String, String> fresh = generator.generate(work);
                Path dir = GeneratedTests.directory(target);
                int stale = 0;
                for (Map.Entry<String, String> e : fresh.entrySet()) {
                    Path file = dir.resolve(e.getKey());
                    if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) {
                        stdout.println("stale: " + file);
                        stale++;
                    }
                }
                if (Files.isDirectory(dir)) {
                    try (var files = Files.list(dir)) {
                        for (Path file : files.sorted().toList()) {
                            String name = file.getFileName().toString();
                            if (GeneratedTests.generated(name) && !fresh.containsKey(name)) {
                                stdout.println("stale: " + file + " (no test predicate gives it any more)");
                                stale++;
                            }
                        }
                    }
                }
                stdout.println(stale == 0 ? "generated tests are current (" + fresh.size() + " files)"
                        : stale + " generated test files are stale: run ./bango gen-tests");
                return stale == 0 ? 0 : 1;
            }
            for (Path p : generator.write(target, work)) {
                stdout.println(p);
            }
            return 0;
        } catch (IllegalStateException e) {
            err.println("bango gen-tests: " + e.getMessage());
            return 1;
        } finally {
            Projects.deleteTree(work);
        }
    }
}
