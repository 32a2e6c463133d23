package bango.conformance;

import bango.modelcheck.TlcResult;
import bango.modelcheck.TlcRunner;
import bango.modelcheck.TlcState;
import bango.trace.IdentifiersTraceModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Runs TLC on implementation traces against a spec, and says where a run diverged. */
final class TraceValidation {

    /** TLC's result, with the runs it checked. */
    record Verdict(TlcResult result, List<IdentifiersTraceModule.Run> runs) {

        /** For a divergence: the run, the step, and the event the spec could not take. */
        String describe() {
            if (result.outcome() != TlcResult.Outcome.DEADLOCK || result.trace().isEmpty()) {
                return result.summary();
            }
            TlcState last = result.trace().get(result.trace().size() - 1);
            int run = Integer.parseInt(last.variables().get("run").trim());
            int step = Integer.parseInt(last.variables().get("step").trim());
            List<bango.trace.TraceEvent> events = runs.get(run - 1).events();
            String event = step <= events.size() ? events.get(step - 1).toString() : "(end of run)";
            return "run " + run + " diverges at event " + step + " of " + events.size() + ": " + event
                    + "; " + result.summary();
        }
    }

    private TraceValidation() {
    }

    static Path projectDir() {
        return Path.of(System.getProperty("bango.project.dir", ".")).toAbsolutePath();
    }

    /** Checks {@code runs} against Identifiers.tla in {@code dir}, a fresh working directory. */
    static Verdict identifiers(Path dir, List<IdentifiersTraceModule.Run> runs) throws IOException {
        Files.createDirectories(dir);
        Path specs = projectDir().resolve("specs/tla");
        for (String f : List.of("Identifiers.tla", "TraceIdentifiers.tla", "TraceIdentifiers.cfg")) {
            Files.copy(specs.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        IdentifiersTraceModule.write(dir, runs);
        TlcResult result = new TlcRunner().withWorkers(1)
                .run(dir.resolve("TraceIdentifiers.tla"), dir.resolve("TraceIdentifiers.cfg"));
        return new Verdict(result, runs);
    }
}
