package bango.modelcheck;

import bango.modelcheck.TlcResult.Outcome;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs one TLC model in a JVM of its own (TLC keeps static state, so two models must never
 * share one) and reads its {@code -tool} output into a {@link TlcResult}:
 *
 * <pre>java -XX:+UseParallelGC -cp &lt;this JVM's class path&gt; tlc2.TLC -tool -workers N
 *     -metadir &lt;fresh temp dir&gt; -config &lt;cfg&gt; &lt;Module&gt;.tla</pre>
 *
 * in the spec's directory. The verdict comes from TLC's exit code together with its message
 * codes ({@code tlc2.output.EC}), never from its prose. The metadir (TLC's state queue and
 * fingerprints) is deleted afterwards.
 *
 * <p>Instances are immutable; configure with the {@code with...} methods.
 */
public final class TlcRunner {

    /** Default limit for one run. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(1);

    // Message codes (tlc2.output.EC) and classes (tlc2.output.MP).
    static final int GENERAL = 1000;
    static final int INVARIANT_VIOLATED_INITIAL = 2107;
    static final int INVARIANT_VIOLATED_BEHAVIOR = 2110;
    static final int ACTION_PROPERTY_VIOLATED = 2112;
    static final int DEADLOCK_REACHED = 2114;
    static final int TEMPORAL_PROPERTY_VIOLATED = 2116;
    static final int BACK_TO_STATE = 2122;
    static final int SUCCESS = 2193;
    static final int SEARCH_DEPTH = 2194;
    static final int STATS = 2199;
    static final int PROGRESS = 2200;
    static final int STATE_PRINT2 = 2217;
    static final int STATE_PRINT3 = 2218;
    static final int CLASS_ERROR = 1;
    static final int CLASS_TLCBUG = 2;

    // Exit codes (tlc2.output.EC.ExitStatus).
    static final int EXIT_SUCCESS = 0;
    static final int EXIT_DEADLOCK = 11;
    static final int EXIT_SAFETY = 12;
    static final int EXIT_LIVENESS = 13;
    private static final Map<Integer, String> EXIT_MEANINGS = Map.ofEntries(
            Map.entry(10, "an assumption is false"),
            Map.entry(14, "an Assert failed"),
            Map.entry(75, "the spec could not be evaluated"),
            Map.entry(76, "an invariant or the state graph could not be evaluated"),
            Map.entry(77, "a temporal property could not be evaluated"),
            Map.entry(150, "the spec does not parse"),
            Map.entry(151, "the configuration does not parse"),
            Map.entry(152, "the state space is too large"),
            Map.entry(153, "system error"),
            Map.entry(255, "TLC failed"));

    private static final Pattern START = Pattern.compile("@!@!@STARTMSG (\\d+):(\\d+) @!@!@");
    private static final Pattern END = Pattern.compile("@!@!@ENDMSG (\\d+) @!@!@");
    private static final Pattern INVARIANT = Pattern.compile("Invariant (\\S+) is violated");
    private static final Pattern STATS_TEXT = Pattern.compile(
            "([\\d,]+) states generated.*?([\\d,]+) distinct states found.*?([\\d,]+) states left on queue", Pattern.DOTALL);
    private static final Pattern PROGRESS_DEPTH = Pattern.compile("Progress\\((\\d+)\\)");
    private static final Pattern DEPTH_TEXT = Pattern.compile("depth of the complete state graph search is (\\d+)");
    private static final int MAX_OUTPUT_CHARS = 4 << 20;

    private final int workers;
    private final Duration timeout;
    private final Consumer<TlcProgress> progress;
    private final List<String> jvmOptions;

    /** One worker, {@link #DEFAULT_TIMEOUT}, progress ignored. */
    public TlcRunner() {
        this(1, DEFAULT_TIMEOUT, p -> { }, List.of());
    }

    private TlcRunner(int workers, Duration timeout, Consumer<TlcProgress> progress, List<String> jvmOptions) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.workers = workers;
        this.timeout = Objects.requireNonNull(timeout);
        this.progress = Objects.requireNonNull(progress);
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** TLC worker threads ({@code -workers}). */
    public TlcRunner withWorkers(int n) {
        return new TlcRunner(n, timeout, progress, jvmOptions);
    }

    /** Wall-clock limit; a run that exceeds it is killed and reported as {@link Outcome#ERROR}. */
    public TlcRunner withTimeout(Duration limit) {
        return new TlcRunner(workers, limit, progress, jvmOptions);
    }

    /** Receives TLC's progress reports (on the thread reading TLC's output). */
    public TlcRunner withProgress(Consumer<TlcProgress> listener) {
        return new TlcRunner(workers, timeout, listener, jvmOptions);
    }

    /** Extra options for TLC's JVM, e.g. {@code -Xmx4g}. */
    public TlcRunner withJvmOptions(List<String> options) {
        return new TlcRunner(workers, timeout, progress, options);
    }

    /**
     * Model-checks {@code spec} (a {@code .tla} file; its module is the file name) with
     * {@code config}, in the spec's directory.
     *
     * @throws IOException if TLC cannot be started or the temporary directory not made
     */
    public TlcResult run(Path spec, Path config) throws IOException {
        Path specFile = spec.toAbsolutePath().normalize();
        if (!Files.isRegularFile(specFile)) {
            throw new IOException("no spec file " + specFile);
        }
        if (!Files.isRegularFile(config)) {
            throw new IOException("no config file " + config.toAbsolutePath());
        }
        Path metadir = Files.createTempDirectory("bango-tlc-");
        try {
            return runIn(specFile, config.toAbsolutePath().normalize(), metadir);
        } finally {
            deleteRecursively(metadir);
        }
    }

    private TlcResult runIn(Path spec, Path config, Path metadir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command(spec, config, metadir))
                .directory(spec.getParent().toFile())
                .redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = pb.start();
        process.getOutputStream().close();
        ToolOutput out = new ToolOutput(progress);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    out.accept(line);
                }
            } catch (IOException e) {
                // The process was killed; what was read so far stands.
            }
        }, "tlc-output-" + spec.getFileName());
        reader.setDaemon(true);
        reader.start();
        boolean finished;
        boolean interrupted = false;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            finished = false;
            interrupted = true;
        }
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        try {
            process.waitFor();
            reader.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String killed = interrupted ? "interrupted; TLC was stopped"
                : finished ? null : "timed out after " + timeout.toSeconds() + " s; TLC was stopped";
        return out.interpret(finished ? process.exitValue() : -1, seconds, killed);
    }

    /** The command line that {@link #run} starts. */
    List<String> command(Path spec, Path config, Path metadir) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:+UseParallelGC");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.addAll(List.of("tlc2.TLC", "-tool", "-workers", Integer.toString(workers),
                "-metadir", metadir.toString(), "-config", config.toString(), spec.getFileName().toString()));
        return cmd;
    }

    /** The jar (or class directory) TLC is loaded from, or null if it cannot be told. */
    static String tlcJar() {
        URL tlc = TlcRunner.class.getClassLoader().getResource("tlc2/TLC.class");
        return tlc == null ? null : tlcLocation(tlc);
    }

    /** This JVM's class path, with the jar holding TLC in front if the class path does not name it (e.g. under surefire's manifest-only jar). */
    static String classPath() {
        String cp = System.getProperty("java.class.path", "");
        if (TlcRunner.class.getClassLoader().getResource("tlc2/TLC.class") == null) {
            throw new IllegalStateException("TLC (tlc2.TLC) is not on the class path");
        }
        String location = tlcJar();
        if (location == null || Arrays.asList(cp.split(File.pathSeparator)).contains(location)) {
            return cp;
        }
        return cp.isEmpty() ? location : location + File.pathSeparator + cp;
    }

    private static String tlcLocation(URL resource) {
        try {
            String s = resource.toString();
            if (s.startsWith("jar:")) {
                String jar = s.substring(4, s.indexOf("!/"));
                return Path.of(new URL(jar).toURI()).toString();
            }
            if (s.startsWith("file:")) {
                return Path.of(resource.toURI()).getParent().getParent().toString();
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    /**
     * Judges captured {@code -tool} output as {@link #run} would (tests feed it recorded output).
     *
     * @param killed why TLC was stopped before it finished, or null
     */
    static TlcResult interpret(String output, int exitCode, double seconds, String killed) {
        ToolOutput out = new ToolOutput(p -> { });
        output.lines().forEach(out::accept);
        return out.interpret(exitCode, seconds, killed);
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary directory is not worth failing a model-checking run for.
        }
    }

    /** One {@code -tool} message. */
    record Message(int code, int severity, String text) {
    }

    /** Splits TLC's output into messages and plain lines as it arrives. */
    static final class ToolOutput {
        private final Consumer<TlcProgress> progress;
        private final List<Message> messages = new ArrayList<>();
        private final List<String> plain = new ArrayList<>();
        private final StringBuilder all = new StringBuilder();
        private boolean truncated;
        private int code = -1;
        private int severity;
        private StringBuilder text;
        private TlcProgress lastProgress;

        ToolOutput(Consumer<TlcProgress> progress) {
            this.progress = progress;
        }

        synchronized void accept(String line) {
            if (all.length() < MAX_OUTPUT_CHARS) {
                all.append(line).append('\n');
            } else {
                truncated = true;
            }
            Matcher start = START.matcher(line);
            if (start.find()) {
                String before = line.substring(0, start.start());
                if (!before.isBlank()) {
                    addPlain(before);
                }
                code = Integer.parseInt(start.group(1));
                severity = Integer.parseInt(start.group(2));
                text = new StringBuilder();
                String after = line.substring(start.end());
                if (!after.isBlank()) {
                    accept(after);
                }
                return;
            }
            Matcher end = END.matcher(line);
            if (end.find() && text != null) {
                String before = line.substring(0, end.start());
                if (!before.isEmpty()) {
                    text.append(before).append('\n');
                }
                finish(new Message(code, severity, text.toString().strip()));
                text = null;
                return;
            }
            if (text != null) {
                text.append(line).append('\n');
            } else {
                addPlain(line);
            }
        }

        private void addPlain(String line) {
            plain.add(line);
            if (plain.size() > 200) {
                plain.remove(0);
            }
        }

        private void finish(Message m) {
            messages.add(m);
            if (m.code() == PROGRESS) {
                Matcher s = STATS_TEXT.matcher(m.text());
                if (s.find()) {
                    Matcher d = PROGRESS_DEPTH.matcher(m.text());
                    lastProgress = new TlcProgress(d.find() ? Integer.parseInt(d.group(1)) : -1,
                            number(s.group(1)), number(s.group(2)), number(s.group(3)), m.text());
                    try {
                        progress.accept(lastProgress);
                    } catch (RuntimeException e) {
                        // A broken listener must not stop us reading TLC's output.
                    }
                }
            }
        }

        synchronized TlcResult interpret(int exitCode, double seconds, String killed) {
            if (text != null) {
                // Output ended inside a message (TLC was killed): keep what arrived.
                finish(new Message(code, severity, text.toString().strip()));
                text = null;
            }
            long generated = -1;
            long distinct = -1;
            int depth = -1;
            List<TlcState> trace = new ArrayList<>();
            List<String> traceErrors = new ArrayList<>();
            for (Message m : messages) {
                switch (m.code()) {
                    case STATS -> {
                        Matcher s = STATS_TEXT.matcher(m.text());
                        if (s.find()) {
                            generated = number(s.group(1));
                            distinct = number(s.group(2));
                        }
                    }
                    case SEARCH_DEPTH -> {
                        Matcher d = DEPTH_TEXT.matcher(m.text());
                        if (d.find()) {
                            depth = Integer.parseInt(d.group(1));
                        }
                    }
                    case STATE_PRINT2, STATE_PRINT3, BACK_TO_STATE -> {
                        try {
                            trace.add(TlcState.parse(m.text()));
                        } catch (IllegalArgumentException e) {
                            traceErrors.add(e.getMessage());
                        }
                    }
                    default -> { }
                }
            }
            if (distinct < 0 && lastProgress != null) {
                generated = lastProgress.generated();
                distinct = lastProgress.distinct();
            }
            String output = all + (truncated ? "... (output truncated)\n" : "");

            Outcome outcome = Outcome.ERROR;
            String invariant = null;
            String message;
            Message violation = null;
            if (killed != null) {
                message = killed;
            } else if (exitCode == EXIT_SUCCESS && find(SUCCESS) != null) {
                outcome = Outcome.PASS;
                message = null;
            } else if (exitCode == EXIT_SAFETY
                    && (violation = first(INVARIANT_VIOLATED_BEHAVIOR, INVARIANT_VIOLATED_INITIAL)) != null) {
                Matcher inv = INVARIANT.matcher(violation.text());
                if (inv.find()) {
                    outcome = Outcome.INVARIANT_VIOLATED;
                    invariant = inv.group(1);
                    message = violation.text();
                } else {
                    message = "TLC reported an invariant violation without naming it: " + violation.text();
                }
            } else if (exitCode == EXIT_SAFETY && (violation = find(ACTION_PROPERTY_VIOLATED)) != null) {
                outcome = Outcome.PROPERTY_VIOLATED;
                message = violation.text();
            } else if (exitCode == EXIT_DEADLOCK && (violation = find(DEADLOCK_REACHED)) != null) {
                outcome = Outcome.DEADLOCK;
                message = violation.text();
            } else if (exitCode == EXIT_LIVENESS && (violation = find(TEMPORAL_PROPERTY_VIOLATED)) != null) {
                outcome = Outcome.PROPERTY_VIOLATED;
                message = violation.text();
            } else {
                message = errorMessage(exitCode);
            }
            if (!traceErrors.isEmpty() && outcome != Outcome.ERROR) {
                outcome = Outcome.ERROR;
                invariant = null;
                message = "cannot read TLC's error trace: " + String.join("; ", traceErrors);
            }
            return new TlcResult(outcome, invariant, message, distinct, generated, depth, seconds, exitCode, trace, output);
        }

        private String errorMessage(int exitCode) {
            String meaning = EXIT_MEANINGS.getOrDefault(exitCode, "unexpected exit code");
            String errors = messages.stream()
                    .filter(m -> m.severity() == CLASS_ERROR || m.severity() == CLASS_TLCBUG || m.code() == GENERAL)
                    .map(Message::text)
                    .filter(t -> !t.isBlank())
                    .distinct()
                    .collect(Collectors.joining("\n"));
            if (errors.isBlank() || exitCode == 150) {
                // SANY's parse and semantic errors, or a JVM that did not start, are plain lines.
                String details = plain.stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("Parsing file ") && !l.startsWith("Semantic processing of module "))
                        .collect(Collectors.collectingAndThen(Collectors.toList(),
                                l -> String.join("\n", l.subList(Math.max(0, l.size() - 30), l.size()))));
                errors = errors.isBlank() ? details : errors + (details.isBlank() ? "" : "\n" + details);
            }
            return "TLC exit code " + exitCode + " (" + meaning + ")" + (errors.isBlank() ? "" : ": " + errors);
        }

        private Message find(int code) {
            return first(code, code);
        }

        private Message first(int code1, int code2) {
            for (Message m : messages) {
                if (m.code() == code1 || m.code() == code2) {
                    return m;
                }
            }
            return null;
        }

        private static long number(String digits) {
            return Long.parseLong(digits.replace(",", ""));
        }
    }
}
