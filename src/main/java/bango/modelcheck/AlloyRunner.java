package bango.modelcheck;

import edu.mit.csail.sdg.alloy4.A4Reporter;
import edu.mit.csail.sdg.alloy4.Err;
import edu.mit.csail.sdg.alloy4.ErrorWarning;
import edu.mit.csail.sdg.alloy4.Pos;
import edu.mit.csail.sdg.ast.Command;
import edu.mit.csail.sdg.ast.CommandScope;
import edu.mit.csail.sdg.parser.CompModule;
import edu.mit.csail.sdg.parser.CompUtil;
import edu.mit.csail.sdg.translator.A4Options;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.TranslateAlloyToKodkod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kodkod.engine.satlab.SATFactory;

/**
 * Runs every command of an Alloy 6 model headlessly with the pure-Java SAT4J solver and reports,
 * per command, whether the solver found an instance.
 *
 * <p>For a {@code check}, an instance is a counterexample; for a {@code run}, a witness. The runner
 * prints nothing: Alloy's reporter callbacks are swallowed except warnings, which are returned with
 * the results.
 *
 * <p>Static state: Alloy's parser and translator keep some global state (for example the built-in
 * signatures {@code univ}, {@code Int} and fresh-name counters), and are not documented as thread
 * safe. Calls are therefore serialised on one lock. Sequential calls in one JVM are safe: each call
 * parses a fresh world, and {@code AlloyRunnerTest} runs the same model twice in one JVM and gets
 * the same verdicts.
 */
public final class AlloyRunner {

    /** Kind of an Alloy command. */
    public enum Kind {
        CHECK,
        RUN
    }

    /**
     * The outcome of one command.
     *
     * @param label the command's name ({@code check Foo} is labelled {@code Foo})
     * @param kind whether it is a {@code check} or a {@code run}
     * @param instanceFound for a check: a counterexample was found; for a run: an instance was
     *     found
     * @param scope the command's scope as written, e.g. {@code "for 4 but 3 Generation"}
     * @param expect the command's {@code expect} clause (0 or 1), or -1 when it has none
     * @param millis wall-clock time of translation and solving
     */
    public record Result(String label, Kind kind, boolean instanceFound, String scope, int expect,
            long millis) {

        public boolean isCheck() {
            return kind == Kind.CHECK;
        }

        /** True when the command has an {@code expect} clause and the outcome disagrees with it. */
        public boolean contradictsExpect() {
            return expect >= 0 && instanceFound != (expect == 1);
        }

        @Override
        public String toString() {
            String verdict = isCheck()
                    ? (instanceFound ? "COUNTEREXAMPLE" : "no counterexample")
                    : (instanceFound ? "instance" : "NO INSTANCE");
            return (isCheck() ? "check " : "run ") + label + " " + scope + ": " + verdict + " ("
                    + millis + " ms)";
        }
    }

    /** All results of one model, in the order the commands appear, and Alloy's warnings. */
    public record Report(Path file, List<Result> results, List<String> warnings) {

        public Report {
            results = List.copyOf(results);
            warnings = List.copyOf(warnings);
        }

        /** The result of the command with this label. */
        public Result get(String label) {
            return results.stream().filter(r -> r.label().equals(label)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no command " + label
                            + " in " + file));
        }
    }

    private static final Object LOCK = new Object();

    static {
        // Kodkod logs every translation phase at INFO through slf4j-simple, which writes to
        // stderr. Raise the level of the "kodkod" loggers unless the caller chose one. This only
        // takes effect if slf4j has not been initialised yet in this JVM; where something else
        // initialises it first (the ArchUnit test engine does), simplelogger.properties on the
        // class path does the same (see src/test/resources).
        String kodkodLevel = "org.slf4j.simpleLogger.log.kodkod";
        if (System.getProperty(kodkodLevel) == null) {
            System.setProperty(kodkodLevel, "warn");
        }
    }

    /** The pure-Java SAT4J solver: no native libraries, same verdicts on every machine. */
    private static final String SOLVER = "sat4j";

    /**
     * Parses {@code model} and runs all of its commands (the root module's; commands of opened
     * modules are not run, as in the Alloy analyzer).
     *
     * @throws AlloyModelException on a syntax, type or translation error, naming file and line
     */
    public Report run(Path model) throws AlloyModelException {
        Path file = model.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new AlloyModelException(file, 0, 0, "no such file", null);
        }
        synchronized (LOCK) {
            List<String> warnings = new ArrayList<>();
            A4Reporter reporter = new A4Reporter() {
                @Override
                public void warning(ErrorWarning msg) {
                    warnings.add(position(msg.pos) + ": " + msg.msg.trim());
                }
            };
            CompModule world;
            try {
                world = CompUtil.parseEverything_fromFile(reporter, null, file.toString());
            } catch (Err e) {
                throw typed(file, e);
            }
            A4Options options = new A4Options();
            options.solver = SATFactory.get(SOLVER);
            options.originalFilename = file.toString();
            List<Result> results = new ArrayList<>();
            for (Command command : world.getAllCommands()) {
                long start = System.nanoTime();
                A4Solution solution;
                try {
                    solution = TranslateAlloyToKodkod.execute_command(reporter,
                            world.getAllReachableSigs(), command, options);
                } catch (Err e) {
                    throw typed(file, e);
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                results.add(new Result(command.label, command.check ? Kind.CHECK : Kind.RUN,
                        solution.satisfiable(), scopeOf(command), command.expects, millis));
            }
            return new Report(file, results, Collections.unmodifiableList(warnings));
        }
    }

    /**
     * The scope clause of a command as Alloy syntax: {@code for N [but] [exactly] K Sig, ...},
     * plus {@code int} and {@code seq} widths when the command sets them.
     */
    static String scopeOf(Command command) {
        List<String> parts = new ArrayList<>();
        if (command.bitwidth >= 0) {
            parts.add(command.bitwidth + " int");
        }
        if (command.maxseq >= 0) {
            parts.add(command.maxseq + " seq");
        }
        for (CommandScope scope : command.scope) {
            String bound = scope.startingScope == scope.endingScope
                    ? Integer.toString(scope.startingScope)
                    : scope.startingScope + ".." + scope.endingScope
                            + (scope.increment == 1 ? "" : ":" + scope.increment);
            parts.add((scope.isExact ? "exactly " : "") + bound + " " + simpleName(scope.sig.label));
        }
        StringBuilder out = new StringBuilder("for ");
        if (command.overall >= 0) {
            out.append(command.overall);
            if (!parts.isEmpty()) {
                out.append(" but ").append(String.join(", ", parts));
            }
        } else if (parts.isEmpty()) {
            out.append("3 (default)");
        } else {
            out.append(String.join(", ", parts));
        }
        return out.toString();
    }

    private static String simpleName(String sigLabel) {
        return sigLabel.startsWith("this/") ? sigLabel.substring("this/".length()) : sigLabel;
    }

    private static String position(Pos pos) {
        if (pos == null || pos == Pos.UNKNOWN) {
            return "?";
        }
        return pos.filename + ":" + pos.y + ":" + pos.x;
    }

    private static AlloyModelException typed(Path model, Err e) {
        Pos pos = e.pos;
        boolean known = pos != null && pos != Pos.UNKNOWN;
        Path where = known && pos.filename != null && !pos.filename.isEmpty()
                ? Path.of(pos.filename)
                : model;
        String message = e.msg == null ? e.getClass().getSimpleName() : e.msg.trim();
        return new AlloyModelException(where, known ? pos.y : 0, known ? pos.x : 0,
                e.getClass().getSimpleName() + ": " + message, e);
    }
}
