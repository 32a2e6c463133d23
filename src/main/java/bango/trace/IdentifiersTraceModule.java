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
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes runs of the identifier-issuance implementation as the TLA+ module {@code TraceRuns}, which
 * {@code TraceIdentifiers.tla} checks against {@code Identifiers.tla}.
 *
 * <p>Values are rendered as TLA+ strings (11-digit values, resident codes, municipality codes, code
 * texts, institutions as {@code "I<id>"}) and serials and person ids as integers. The constants the
 * spec needs are the union over the runs, so runs in one module must not share resident codes.
 */
public final class IdentifiersTraceModule {

    /** One run: its events in order and the home municipality of every resident it registered. */
    public record Run(List<TraceEvent> events, Map<String, String> homes) {
        public Run {
            events = List.copyOf(events);
            homes = Map.copyOf(homes);
        }
    }

    private IdentifiersTraceModule() {
    }

    /** Writes {@code TraceRuns.tla} into {@code dir} and returns its path. */
    public static Path write(Path dir, List<Run> runs) throws IOException {
        Path file = dir.resolve("TraceRuns.tla");
        Files.writeString(file, render(runs), StandardCharsets.UTF_8);
        return file;
    }

    /** The text of module {@code TraceRuns}. */
    public static String render(List<Run> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to write");
        }
        Set<String> values = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        Set<String> institutions = new TreeSet<>();
        Map<String, String> homes = new TreeMap<>();
        int maxAttempt = 0;
        int maxReissues = 0;
        int maxRequests = 0;
        List<String> traces = new ArrayList<>();
        for (Run run : runs) {
            for (Map.Entry<String, String> h : run.homes().entrySet()) {
                String other = homes.put(h.getKey(), h.getValue());
                if (other != null && !other.equals(h.getValue())) {
                    throw new IllegalArgumentException("two runs register one resident code in different municipalities");
                }
            }
            int attempt = 0;
            int reissues = 0;
            int requests = 0;
            List<String> events = new ArrayList<>();
            for (TraceEvent e : run.events()) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("action", e.action());
                for (Map.Entry<String, Object> f : e.fields().entrySet()) {
                    fields.put(f.getKey(), field(f.getKey(), f.getValue()));
                }
                switch (e.action()) {
                    case "RequestNumber" -> {
                        values.add((String) e.get("rc"));
                        attempt = 0;
                    }
                    case "RequestReissue" -> {
                        values.add((String) e.get("rc"));
                        reissues++;
                        attempt = 0;
                    }
                    case "JlisWalk", "JlisIssue" -> values.add((String) e.get("value"));
                    case "JlisNextAttempt" -> {
                        values.add((String) e.get("value"));
                        attempt++;
                        maxAttempt = Math.max(maxAttempt, attempt);
                    }
                    case "RequestCode" -> {
                        institutions.add((String) fields.get("inst"));
                        values.add((String) e.get("num"));
                        requests++;
                    }
                    case "IssueCode" -> {
                        codes.add((String) e.get("code"));
                        institutions.add((String) fields.get("inst"));
                    }
                    case "RefuseCode" -> institutions.add((String) fields.get("inst"));
                    default -> throw new IllegalArgumentException("unknown trace action " + e.action());
                }
                events.add(TlaText.value(fields));
            }
            maxReissues = Math.max(maxReissues, reissues);
            maxRequests = Math.max(maxRequests, requests);
            traces.add(events.isEmpty() ? "<<>>" : "<<\n      " + String.join(",\n      ", events) + ">>");
        }
        values.addAll(homes.keySet());
        StringBuilder b = new StringBuilder();
        b.append("---- MODULE TraceRuns ----\n");
        b.append("\\* Written by bango.trace.IdentifiersTraceModule: ").append(runs.size()).append(" runs.\n");
        b.append("EXTENDS Integers, Sequences, TLC\n\n");
        b.append("TraceValues == ").append(TlaText.value(values)).append("\n");
        b.append("TraceResidents == ").append(TlaText.value(homes.keySet())).append("\n");
        b.append("TraceMunicipalities == ").append(TlaText.value(new TreeSet<>(homes.values()))).append("\n");
        b.append("TraceHome == ").append(TlaText.function(homes)).append("\n");
        b.append("TraceInstitutions == ").append(institutions.isEmpty() ? "{}" : TlaText.value(institutions)).append("\n");
        b.append("TraceCodes == ").append(codes.isEmpty() ? "{}" : TlaText.value(codes)).append("\n");
        b.append("TraceMaxGeneration == ").append(maxReissues).append("\n");
        b.append("TraceMaxAttempt == ").append(maxAttempt).append("\n");
        b.append("TraceMaxReissues == ").append(maxReissues).append("\n");
        b.append("TraceMaxSerial == ").append(maxRequests).append("\n\n");
        b.append("Traces == <<\n  ").append(String.join(",\n  ", traces)).append("\n>>\n");
        b.append("====\n");
        return b.toString();
    }

    private static Object field(String name, Object value) {
        return switch (name) {
            case "inst" -> "I" + value;
            case "serial", "pid" -> value instanceof Long l ? Math.toIntExact(l) : value;
            default -> value instanceof String ? value : String.valueOf(value);
        };
    }
}
