package bango.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bango} command line. */
@Command(
        name = "bango",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "My Number information linkage: specified, model-checked, conformance-tested.",
        subcommands = {CommandLine.HelpCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"bango " + (v == null ? "(development build)" : v)};
        }
    }
}
