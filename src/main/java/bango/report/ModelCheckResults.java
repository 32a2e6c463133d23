package bango.report;

import bango.modelcheck.CheckResult;
import bango.modelcheck.Manifest;
import bango.modelcheck.Manifest.AlloyCommand;
import bango.modelcheck.Manifest.Model;
import bango.modelcheck.Manifest.Witness;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The model-checking figures a report shows, one row per model and failure witness of the
 * manifest, and where they come from: {@code target/bango/check-results.json} (written by
 * {@code bango check}), a run made for the report, or, when neither, the manifest's expected
 * figures (not measured).
 *
 * @param source    where the rows come from
 * @param generated when the results were produced (null for the manifest's figures)
 * @param rows      every model, then every witness, of the manifest, in its order
 */
public record ModelCheckResults(Source source, Instant generated, List<Row> rows) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ModelCheckResults {
        rows = List.copyOf(rows);
    }

    /** Where the figures come from. */
    public enum Source {
        /** target/bango/check-results.json. */
        FILE,
        /** The model checker, run for the report. */
        RUN,
        /** The manifest: expected, not measured in this build. */
        EXPECTED
    }

    /**
     * One model or witness.
     *
     * @param kind     {@link CheckResult#MODEL} or {@link CheckResult#WITNESS}
     * @param result   {@code pass} or {@code fail} when measured; {@code not run} when the results
     *                 do not include it; {@code expected: pass} (model) or {@code expected: violation}
     *                 (witness) for the manifest's figures
     * @param states   TLC: distinct states
     * @param scope    Alloy: the command scopes
     * @param seconds  wall-clock seconds, if known
     * @param reason   why it failed, if it did
     */
    public record Row(String kind, String name, String tool, String base, String violates, String result,
                      boolean measured, Long states, String scope, Double seconds, String reason) {

        public boolean isWitness() {
            return CheckResult.WITNESS.equals(kind);
        }

        public boolean passed() {
            return measured && "pass".equals(result);
        }

        public boolean failed() {
            return measured && "fail".equals(result);
        }
    }

    public Optional<Row> model(String name) {
        return rows.stream().filter(r -> !r.isWitness() && r.name().equals(name)).findFirst();
    }

    public Optional<Row> witness(String name) {
        return rows.stream().filter(r -> r.isWitness() && r.name().equals(name)).findFirst();
    }

    public List<Row> models() {
        return rows.stream().filter(r -> !r.isWitness()).toList();
    }

    public List<Row> witnesses() {
        return rows.stream().filter(Row::isWitness).toList();
    }

    public boolean measured() {
        return source != Source.EXPECTED;
    }

    /** The results written by {@code bango check} to {@code file}, completed with the manifest's models and witnesses not in it. */
    public static ModelCheckResults fromFile(Path file, Manifest manifest) throws IOException {
        JsonNode doc = JSON.readTree(file.toFile());
        if (doc == null || !doc.path("results").isArray()) {
            throw new IOException(file + ": no \"results\" array");
        }
        Instant generated = null;
        try {
            generated = doc.hasNonNull("generated_at") ? Instant.parse(doc.get("generated_at").asText()) : null;
        } catch (DateTimeParseException e) {
            generated = null;
        }
        return new ModelCheckResults(Source.FILE, generated, complete(manifest, rows(doc.get("results"))));
    }

    /** The results of a run made for the report. */
    public static ModelCheckResults fromRun(List<CheckResult> results, Manifest manifest, Instant generated) {
        JsonNode array = JSON.valueToTree(results.stream().map(CheckResult::toJson).toList());
        return new ModelCheckResults(Source.RUN, generated, complete(manifest, rows(array)));
    }

    /** The manifest's own figures: what each model and witness is expected to give. */
    public static ModelCheckResults expected(Manifest manifest) {
        List<Row> rows = new ArrayList<>();
        for (Model m : manifest.models()) {
            rows.add(new Row(CheckResult.MODEL, m.model(), m.tool(), null, null, "expected: " + m.expected(), false,
                    m.distinctStates(), scopes(m), m.seconds(), null));
        }
        for (Witness w : manifest.witnesses()) {
            rows.add(new Row(CheckResult.WITNESS, w.name(), w.tool(), w.base(), w.violates(), "expected: violation",
                    false, null, null, null, null));
        }
        return new ModelCheckResults(Source.EXPECTED, null, rows);
    }

    private static List<Row> rows(JsonNode array) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode r : array) {
            rows.add(new Row(
                    r.path("kind").asText(CheckResult.MODEL),
                    r.path("model").asText(""),
                    r.path("tool").asText(""),
                    text(r, "base"),
                    text(r, "violates"),
                    r.path("result").asText("fail"),
                    true,
                    r.hasNonNull("states") ? r.get("states").asLong() : null,
                    text(r, "scope"),
                    r.hasNonNull("seconds") ? r.get("seconds").asDouble() : null,
                    text(r, "reason")));
        }
        return rows;
    }

    private static String text(JsonNode r, String field) {
        return r.hasNonNull(field) ? r.get(field).asText() : null;
    }

    /** The rows in manifest order, with a "not run" row for each model or witness the results lack (extra rows kept at the end). */
    private static List<Row> complete(Manifest manifest, List<Row> measured) {
        List<Row> out = new ArrayList<>();
        List<Row> left = new ArrayList<>(measured);
        for (Model m : manifest.models()) {
            Optional<Row> r = left.stream().filter(x -> !x.isWitness() && x.name().equals(m.model())).findFirst();
            r.ifPresent(left::remove);
            out.add(r.orElse(new Row(CheckResult.MODEL, m.model(), m.tool(), null, null, "not run", false,
                    null, scopes(m), null, null)));
        }
        for (Witness w : manifest.witnesses()) {
            Optional<Row> r = left.stream().filter(x -> x.isWitness() && x.name().equals(w.name())).findFirst();
            r.ifPresent(left::remove);
            out.add(r.orElse(new Row(CheckResult.WITNESS, w.name(), w.tool(), w.base(), w.violates(), "not run", false,
                    null, null, null, null)));
        }
        out.addAll(left);
        return out;
    }

    private static String scopes(Model m) {
        if (m.commands() == null) {
            return null;
        }
        String s = String.join("; ", m.commands().stream().map(AlloyCommand::scope).filter(Objects::nonNull)
                .distinct().toList());
        return s.isEmpty() ? null : s;
    }
}
