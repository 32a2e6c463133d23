package bango.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bango} command line. */
@Command(
        name = "bango",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "My Number information linkage: specified, model-checked, conformance-tested.",
        subcommands = {CommandLine.HelpCommand.class, CheckCommand.class, NumberCommand.class, IssueCommand.class,
                GenTestsCommand.class, AnnexCommand.class, BenchCommand.class, ReportCommand.class, UpCommand.class,
                QueryCommand.class, StaffCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard input for the commands that read it; replaced by {@link #run(InputStream, PrintWriter, PrintWriter, String...)}. */
    private InputStream stdin = System.in;

    public static void main(String[] args) {
        // The services' HTTP server logs each start at INFO; the CLI prints what matters itself.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * Runs the CLI with the given standard streams and returns the exit code: tests capture
     * output and feed input through this.
     */
    public static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        ((Main) cl.getCommand()).stdin = stdin;
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** Standard input of the command line that {@code spec} belongs to. */
    static InputStream stdin(CommandLine.Model.CommandSpec spec) {
        return spec.root().userObject() instanceof Main main ? main.stdin : System.in;
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        CommandLine.IParameterExceptionHandler usual = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((e, args) -> {
            if (!(e.getCommandLine().getCommand() instanceof IssueCommand)) {
                return usual.handleParseException(e, args);
            }
            // One line, so that a script's log says what was wrong without the whole usage text.
            PrintWriter err = e.getCommandLine().getErr();
            err.println("bango issue: " + e.getMessage() + " (see 'bango issue --help')");
            err.flush();
            return CommandLine.ExitCode.USAGE;
        });
        return cl;
    }

    @Override
    public void run() {
        // To the command line's writer, not System.out, so that run(in, out, err, ...) captures it.
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"bango " + (v == null ? "(development build)" : v)};
        }
    }
}
