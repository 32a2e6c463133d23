package bango.conformance;

import bango.modelcheck.TlcResult;
import bango.modelcheck.TlcRunner;
import bango.modelcheck.TlcState;
import bango.trace.IdentifiersTraceModule;
import bango.trace.LinkageTraceModule;
import bango.trace.TraceEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Runs TLC on implementation traces against a spec, and says where a run diverged. */
final class TraceValidation {

    /** TLC's result, with the runs it checked. */
    record Verdict(TlcResult result, List<List<TraceEvent>> runs) {

        /** For a divergence: the event the spec could not take (null at the end of a run or if none). */
        TraceEvent divergence() {
            if (result.outcome() != TlcResult.Outcome.DEADLOCK || result.trace().isEmpty()) {
                return null;
            }
            TlcState last = result.trace().get(result.trace().size() - 1);
            List<TraceEvent> events = runs.get(Integer.parseInt(last.variables().get("run").trim()) - 1);
            int step = Integer.parseInt(last.variables().get("step").trim());
            return step <= events.size() ? events.get(step - 1) : null;
        }

        /** For a divergence: the run, the step, the event the spec could not take and those before it. */
        String describe() {
            if (result.outcome() != TlcResult.Outcome.DEADLOCK || result.trace().isEmpty()) {
                return result.summary();
            }
            TlcState last = result.trace().get(result.trace().size() - 1);
            int run = Integer.parseInt(last.variables().get("run").trim());
            int step = Integer.parseInt(last.variables().get("step").trim());
            List<TraceEvent> events = runs.get(run - 1);
            String event = step <= events.size() ? events.get(step - 1).toString() : "(end of run)";
            StringBuilder before = new StringBuilder();
            for (int k = Math.max(1, step - 12); k < step && k <= events.size(); k++) {
                before.append("\n  ").append(k).append(": ").append(events.get(k - 1));
            }
            return "run " + run + " diverges at event " + step + " of " + events.size() + ": " + event
                    + "; " + result.summary() + (before.length() == 0 ? "" : "\nthe events before:" + before);
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
        return new Verdict(result, runs.stream().map(IdentifiersTraceModule.Run::events).toList());
    }

    /** Checks {@code runs} against Linkage.tla in {@code dir}, a fresh working directory. */
    static Verdict linkage(Path dir, List<LinkageTraceModule.Run> runs) throws IOException {
        Files.createDirectories(dir);
        Path specs = projectDir().resolve("specs/tla");
        for (String f : List.of("Linkage.tla", "TraceLinkage.tla", "TraceLinkage.cfg")) {
            Files.copy(specs.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        LinkageTraceModule.write(dir, runs);
        TlcResult result = new TlcRunner().withWorkers(1)
                .run(dir.resolve("TraceLinkage.tla"), dir.resolve("TraceLinkage.cfg"));
        return new Verdict(result, runs.stream().map(LinkageTraceModule.Run::events).toList());
    }
}
