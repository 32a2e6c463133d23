package bango.cli;

import bango.identity.InvalidNumberException;
import bango.identity.NumberKind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bango number}: checks and completes identifiers (個人番号, 法人番号, 住民票コード).
 *
 * <p>Exit codes: 0 all numbers valid; 1 at least one invalid; 2 usage error (picocli's
 * {@link CommandLine.ExitCode#USAGE}); 74 standard input or output failed (EX_IOERR, sysexits.h).
 *
 * <p>Output goes to the command line's {@link CommandLine#getOut()} and standard input comes from
 * {@link Main#stdin(CommandLine.Model.CommandSpec)}, so tests capture both through
 * {@link Main#run(InputStream, PrintWriter, PrintWriter, String...)}.
 */
@Command(
        name = "number",
        header = "Check and complete My Numbers, corporate numbers, resident codes.",
        mixinStandardHelpOptions = true,
        description = "Check and complete individual numbers (個人番号), corporate numbers (法人番号) and resident codes (住民票コード).",
        subcommands = {NumberCommand.Check.class, NumberCommand.Complete.class})
public final class NumberCommand implements Runnable {

    /** Exit code when standard input cannot be read or standard output cannot be written. */
    public static final int EXIT_IO_ERROR = 74;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand: check or complete");
    }

    /** Which kind of number: the individual number unless an option says otherwise. */
    static final class KindChoice {
        @Option(names = "--corporate", description = "Corporate number (法人番号): 13 digits, check digit first.")
        boolean corporate;

        @Option(names = "--resident-code", description = "Resident code (住民票コード): 11 digits, check digit last.")
        boolean residentCode;

        static NumberKind of(KindChoice choice) {
            if (choice == null) {
                return NumberKind.INDIVIDUAL_NUMBER;
            }
            return choice.corporate ? NumberKind.CORPORATE_NUMBER : NumberKind.RESIDENT_CODE;
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = {
                "Print one verdict per number: the number, a tab, then 'valid' or 'invalid: <reason>'.",
                "'-' reads numbers from standard input (UTF-8), one per line. A line ends at LF; a CR "
                        + "just before it (CRLF) is dropped. A final line terminator does not start "
                        + "another number; a blank line inside the input is reported as empty.",
                "Exit code: 0 if all are valid, 1 if any is invalid, 2 on a usage error, 74 if "
                        + "standard input or output fails."
            })
    static final class Check implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        KindChoice kindChoice;

        @Parameters(arity = "1..*", paramLabel = "NUMBER",
                description = "Numbers to check, or '-' for standard input.")
        List<String> numbers;

        @Override
        public Integer call() {
            NumberKind kind = KindChoice.of(kindChoice);
            PrintWriter out = spec.commandLine().getOut();
            // Our own buffer in front of picocli's auto-flushing writer: write() never flushes, so
            // a million verdicts cost a few hundred writes, not a million.
            Verdicts verdicts = new Verdicts(kind, new BufferedWriter(out, 1 << 16));
            try {
                for (String number : numbers) {
                    if (number.equals("-")) {
                        Reader in = new InputStreamReader(Main.stdin(spec), StandardCharsets.UTF_8);
                        if (!forEachLine(in, verdicts::check, out::checkError)) {
                            // Output is gone (e.g. a closed pipe): stop reading rather than drain the input.
                            return ioError("cannot write standard output");
                        }
                    } else {
                        verdicts.check(number);
                    }
                }
                verdicts.flush();
            } catch (UncheckedIOException | IOException e) {
                return ioError("cannot read standard input");
            }
            if (out.checkError()) {
                return ioError("cannot write standard output");
            }
            return verdicts.anyInvalid ? 1 : 0;
        }

        private int ioError(String what) {
            // The exception's text could quote input; say only what failed.
            spec.commandLine().getErr().println("bango number check: " + what);
            return EXIT_IO_ERROR;
        }
    }

    /** Writes one verdict line per number and remembers whether any was invalid. */
    static final class Verdicts {
        private final NumberKind kind;
        private final Writer out;
        boolean anyInvalid;

        Verdicts(NumberKind kind, Writer out) {
            this.kind = kind;
            this.out = out;
        }

        void check(String number) {
            try {
                writeEscaped(number);
                try {
                    kind.validate(number);
                    out.write("\tvalid\n");
                } catch (InvalidNumberException e) {
                    anyInvalid = true;
                    out.write("\tinvalid: ");
                    out.write(e.detail());
                    out.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Control characters are escaped so that each verdict stays one readable line. */
        private void writeEscaped(String s) throws IOException {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!Character.isISOControl(c) && c != '\\') {
                    continue;
                }
                // Rare: fall back to escaping the whole input.
                StringBuilder b = new StringBuilder(s.length() + 8);
                for (int j = 0; j < s.length(); j++) {
                    char d = s.charAt(j);
                    switch (d) {
                        case '\t' -> b.append("\\t");
                        case '\r' -> b.append("\\r");
                        case '\n' -> b.append("\\n");
                        case '\\' -> b.append("\\\\");
                        default -> {
                            if (Character.isISOControl(d)) {
                                b.append(String.format("\\u%04x", (int) d));
                            } else {
                                b.append(d);
                            }
                        }
                    }
                }
                out.write(b.toString());
                return;
            }
            out.write(s);
        }

        void flush() throws IOException {
            out.flush();
        }
    }

    /**
     * Calls {@code action} for each line of {@code in}. Lines end at LF; one CR right before the LF
     * (or before the end of input) is dropped, so CRLF files read like LF files, while a CR anywhere
     * else stays and is reported as white space. Text after the last LF is a line only if it is not
     * empty: a final line terminator does not start another line.
     *
     * @param stop asked after each block of input; true stops early
     * @return false if {@code stop} stopped it
     */
    static boolean forEachLine(Reader in, Consumer<String> action, BooleanSupplier stop) throws IOException {
        char[] buf = new char[1 << 16];
        StringBuilder pending = new StringBuilder();
        int n;
        while ((n = in.read(buf)) != -1) {
            if (stop.getAsBoolean()) {
                return false;
            }
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] != '\n') {
                    continue;
                }
                String line;
                if (pending.length() == 0) {
                    line = new String(buf, start, i - start);
                } else {
                    pending.append(buf, start, i - start);
                    line = pending.toString();
                    pending.setLength(0);
                }
                action.accept(withoutTrailingCr(line));
                start = i + 1;
            }
            pending.append(buf, start, n - start);
        }
        if (pending.length() > 0) {
            action.accept(withoutTrailingCr(pending.toString()));
        }
        return true;
    }

    private static String withoutTrailingCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    @Command(
            name = "complete",
            mixinStandardHelpOptions = true,
            description = {
                "Print the full number for each body: 11 digits with the check digit appended; "
                        + "with --corporate, 12 digits with the check digit prepended; with "
                        + "--resident-code, 10 digits with the check digit appended.",
                "A body that is not exactly that many ASCII digits is a usage error (exit code 2) "
                        + "and nothing is printed."
            })
    static final class Complete implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        KindChoice kindChoice;

        @Parameters(arity = "1..*", paramLabel = "BODY", description = "The digits without the check digit.")
        List<String> bodies;

        @Override
        public Integer call() {
            NumberKind kind = KindChoice.of(kindChoice);
            int bodyLength = kind.length() - 1;
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                String problem = bodyProblem(bodies.get(i), bodyLength);
                if (problem != null) {
                    problems.add("BODY " + (i + 1) + ": " + problem);
                }
            }
            if (!problems.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Each BODY must be " + bodyLength + " ASCII digits (" + kind.displayName() + "). "
                                + String.join("; ", problems));
            }
            PrintWriter out = spec.commandLine().getOut();
            for (String body : bodies) {
                int check = kind.checkDigit(body);
                out.print(kind == NumberKind.CORPORATE_NUMBER ? check + body : body + check);
                out.print('\n');
            }
            out.flush();
            return out.checkError() ? EXIT_IO_ERROR : 0;
        }

        /** What is wrong with {@code body}, without repeating it, or null if nothing. */
        static String bodyProblem(String body, int length) {
            if (body.isEmpty()) {
                return "empty";
            }
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c < '0' || c > '9') {
                    return "character at position " + (i + 1) + " is not a digit 0-9";
                }
            }
            if (body.length() != length) {
                return "got " + body.length() + " digits";
            }
            return null;
        }
    }
}
