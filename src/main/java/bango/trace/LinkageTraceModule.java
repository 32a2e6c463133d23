package bango.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes runs of the linkage services (the core and interface systems and the intermediate
 * servers, {@code bango.network}) as the TLA+ module {@code TraceLinkageRuns}, which
 * {@code TraceLinkage.tla} checks against {@code Linkage.tla}.
 *
 * <p>Each run brings its own constants of {@code Linkage} (its institutions, persons, the rules of
 * Annex Table 2 and the copies and restrictions its queries meet, its plan of queries by serial,
 * its bounds on losses and duplicates, the institutions whose self-check was accepted), so runs of different institutions can share one TLC
 * invocation: {@code Runs} is a sequence of records, one per run, each with the constants and
 * {@code trace}, the run's events in the spec's terms (institutions {@code "I<id>"}, serials
 * counted from 1 per inquirer within the run).
 */
public final class LinkageTraceModule {

    /** The constants of {@code Linkage} a run must give, by their field names in {@code Runs}. */
    public static final Set<String> CONSTANTS = Set.of("institutions", "persons", "items", "categories", "rules",
            "published", "copies", "restricted", "plan", "maxLoss", "maxDup", "connected");

    /**
     * One run.
     *
     * @param constants the values of {@link #CONSTANTS}, as {@link TlaText#value} renders them (the
     *     plan as a map from institution to its list of queries)
     * @param events the run's events in the spec's terms, oldest first
     */
    public record Run(Map<String, Object> constants, List<TraceEvent> events) {
        public Run {
            constants = Map.copyOf(constants);
            events = List.copyOf(events);
            if (!constants.keySet().equals(CONSTANTS)) {
                throw new IllegalArgumentException("a run gives exactly the constants " + CONSTANTS
                        + ", not " + constants.keySet());
            }
        }
    }

    private LinkageTraceModule() {
    }

    /** Writes {@code TraceLinkageRuns.tla} into {@code dir} and returns its path. */
    public static Path write(Path dir, List<Run> runs) throws IOException {
        Path file = dir.resolve("TraceLinkageRuns.tla");
        Files.writeString(file, render(runs), StandardCharsets.UTF_8);
        return file;
    }

    /** The text of module {@code TraceLinkageRuns}. */
    public static String render(List<Run> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to write");
        }
        List<String> rendered = new ArrayList<>();
        for (Run run : runs) {
            StringBuilder b = new StringBuilder("[");
            for (String name : CONSTANTS.stream().sorted().toList()) {
                b.append(name).append(" |-> ").append(TlaText.value(run.constants().get(name))).append(",\n    ");
            }
            List<String> events = new ArrayList<>();
            for (TraceEvent e : run.events()) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("action", e.action());
                fields.putAll(e.fields());
                events.add(TlaText.value(fields));
            }
            b.append("trace |-> ").append(events.isEmpty() ? "<<>>" : "<<\n      " + String.join(",\n      ", events) + ">>");
            rendered.add(b.append("]").toString());
        }
        return "---- MODULE TraceLinkageRuns ----\n"
                + "\\* Written by bango.trace.LinkageTraceModule: " + runs.size() + " runs.\n"
                + "EXTENDS Integers, Sequences\n\n"
                + "Runs == <<\n  " + String.join(",\n  ", rendered) + "\n>>\n"
                + "====\n";
    }
}
