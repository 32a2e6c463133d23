package bango.modelcheck;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code model-checking/manifest.json}: every model the project checks, what each is expected to
 * give, and the failure witnesses (deliberately broken designs each checker must reject).
 *
 * <pre>{
 *   "models": [
 *     {"model": "MCIdentifiers", "tool": "tlc", "spec": "specs/tla/MCIdentifiers.tla",
 *      "config": "specs/tla/MCIdentifiers.cfg", "expected": "pass", "distinct_states": 195025,
 *      "depth": 19, "seconds": 71.2, "requirements": ["ID-1", ...]},
 *     {"model": "identifiers", "tool": "alloy", "spec": "specs/alloy/identifiers.als", "expected": "pass",
 *      "commands": [{"name": "...", "kind": "check", "scope": "..."}], "seconds": 3.0, "requirements": [...]}
 *   ],
 *   "witnesses": [
 *     {"name": "ReissueWithoutHistory", "tool": "tlc", "base": "MCIdentifiers",
 *      "substitute": ["Taken <- BrokenTakenCurrentOnly"], "violates": "NumbersUniqueOverHistory",
 *      "requirements": ["ID-3", "ID-8"]},
 *     {"name": "...", "tool": "alloy", "base": "identifiers", "command": "BrokenCodeWithoutInstitution",
 *      "requirements": [...]}
 *   ]
 * }</pre>
 *
 * Paths are relative to the project root. {@code expected} is {@code "pass"} (the only value a
 * model of the real design should have) or, for TLC, one of {@code "invariant_violated"},
 * {@code "deadlock"}, {@code "property_violated"}. {@code seconds} is informational.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(List<Model> models, List<Witness> witnesses) {

    /** Where the manifest lives in the project. */
    public static final Path PATH = Path.of("model-checking", "manifest.json");

    public static final String TLC = "tlc";
    public static final String ALLOY = "alloy";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public Manifest {
        models = models == null ? List.of() : List.copyOf(models);
        witnesses = witnesses == null ? List.of() : List.copyOf(witnesses);
    }

    /** A model to check. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Model(
            String model,
            String tool,
            String spec,
            String config,
            String expected,
            @JsonProperty("distinct_states") Long distinctStates,
            Integer depth,
            List<AlloyCommand> commands,
            Double seconds,
            List<String> requirements) {

        public Model {
            requirements = requirements == null ? List.of() : List.copyOf(requirements);
            commands = commands == null ? null : List.copyOf(commands);
        }

        /** The same model with the figures of a run. */
        public Model withFigures(Long distinctStates, Integer depth, Double seconds) {
            return new Model(model, tool, spec, config, expected, distinctStates, depth, commands, seconds, requirements);
        }
    }

    /** One command of an Alloy model. */
    public record AlloyCommand(String name, String kind, String scope) {
    }

    /**
     * A broken design the checker must reject. For TLC: the base model's config with the
     * {@code substitute} lines in place of the lines for the same names, checking only
     * {@code violates}. For Alloy: the base model's command {@code command}, which must find a
     * counterexample (or, for a run, an instance).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Witness(
            String name,
            String tool,
            String base,
            List<String> substitute,
            String violates,
            String command,
            List<String> requirements) {

        public Witness {
            requirements = requirements == null ? List.of() : List.copyOf(requirements);
            substitute = substitute == null ? null : List.copyOf(substitute);
        }
    }

    public Optional<Model> model(String name) {
        return models.stream().filter(m -> m.model().equals(name)).findFirst();
    }

    public Optional<Witness> witness(String name) {
        return witnesses.stream().filter(w -> w.name().equals(name)).findFirst();
    }

    /** The same manifest with one model replaced (matched by name). */
    public Manifest withModel(Model replacement) {
        List<Model> list = new ArrayList<>(models);
        list.replaceAll(m -> m.model().equals(replacement.model()) ? replacement : m);
        return new Manifest(list, witnesses);
    }

    /** Reads and {@link #validate validates} a manifest. */
    public static Manifest read(Path file) throws IOException {
        Manifest m;
        try {
            m = MAPPER.readValue(file.toFile(), Manifest.class);
        } catch (JsonProcessingException e) {
            throw new InvalidManifestException(file + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
        List<String> problems = m.validate();
        if (!problems.isEmpty()) {
            throw new InvalidManifestException(file + ": " + String.join("; ", problems), null);
        }
        return m;
    }

    public static Manifest parse(String json) throws IOException {
        return MAPPER.readValue(json, Manifest.class);
    }

    /** Writes the manifest as indented JSON ending in a newline. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, toJson());
    }

    public String toJson() throws JsonProcessingException {
        return prettyWriter().writeValueAsString(this) + "\n";
    }

    /** The JSON layout of the manifest and of {@code bango check}'s output: two-space indent, {@code "key": value}. */
    public static ObjectWriter prettyWriter() {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return MAPPER.writer(pp);
    }

    /** Everything wrong with the manifest; empty if nothing is. */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Model m : models) {
            String what = "model " + m.model();
            if (m.model() == null || m.model().isBlank()) {
                problems.add("a model has no name");
                continue;
            }
            if (!names.add(m.model())) {
                problems.add("two models are named " + m.model());
            }
            if (m.spec() == null) {
                problems.add(what + " has no spec");
            }
            if (TLC.equals(m.tool())) {
                if (m.config() == null) {
                    problems.add(what + " has no config");
                }
                if (!List.of("pass", "invariant_violated", "deadlock", "property_violated").contains(m.expected())) {
                    problems.add(what + ": expected must be pass, invariant_violated, deadlock or property_violated, not " + m.expected());
                }
            } else if (ALLOY.equals(m.tool())) {
                if (!"pass".equals(m.expected())) {
                    problems.add(what + ": expected must be pass, not " + m.expected());
                }
                if (m.commands() == null || m.commands().isEmpty()) {
                    problems.add(what + " lists no commands");
                } else {
                    for (AlloyCommand c : m.commands()) {
                        if (c.name() == null || !List.of("check", "run").contains(c.kind())) {
                            problems.add(what + ": a command needs a name and kind check or run");
                        }
                    }
                }
            } else {
                problems.add(what + ": tool must be tlc or alloy, not " + m.tool());
            }
        }
        for (Witness w : witnesses) {
            String what = "witness " + w.name();
            if (w.name() == null || w.name().isBlank()) {
                problems.add("a witness has no name");
                continue;
            }
            if (!names.add(w.name())) {
                problems.add("the name " + w.name() + " is used twice");
            }
            Optional<Model> base = model(w.base() == null ? "" : w.base());
            if (base.isEmpty()) {
                problems.add(what + ": no model " + w.base());
            } else if (!base.get().tool().equals(w.tool())) {
                problems.add(what + ": tool " + w.tool() + " but its base uses " + base.get().tool());
            }
            if (TLC.equals(w.tool())) {
                if (w.violates() == null || w.violates().isBlank()) {
                    problems.add(what + " names no invariant it violates");
                }
                if (w.substitute() == null || w.substitute().isEmpty()) {
                    problems.add(what + " substitutes nothing");
                } else {
                    for (String line : w.substitute()) {
                        if (!TlcConfig.SUBSTITUTION.matcher(line).matches()) {
                            problems.add(what + ": not a substitution (X <- Y or X = value): " + line);
                        }
                    }
                }
            } else if (ALLOY.equals(w.tool())) {
                if (w.command() == null || w.command().isBlank()) {
                    problems.add(what + " names no command");
                }
                if (w.violates() == null || w.violates().isBlank()) {
                    problems.add(what + " names no assertion it violates");
                }
            } else {
                problems.add(what + ": tool must be tlc or alloy, not " + w.tool());
            }
        }
        return problems;
    }

    /** A manifest that does not parse or does not make sense. */
    public static final class InvalidManifestException extends IOException {
        private static final long serialVersionUID = 1L;

        InvalidManifestException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
