package bango.cli;

import bango.issuance.PopulationIssuance;
import bango.issuance.PopulationIssuance.Result;
import bango.issuance.PopulationIssuance.Step;
import bango.store.DataDirectory;
import bango.store.H2PartyFiles;
import bango.store.Party;
import bango.store.PartyDatabases;
import bango.store.PartyStores;
import bango.store.PopulationExistsException;
import bango.store.PopulationManifest;
import bango.store.ServerSchemas;
import bango.vault.KeyCustodyException;
import bango.vault.Pkcs12KeyCustody;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bango issue}: issues individual numbers and institution codes for a synthetic population
 * through the system's own flow ({@link PopulationIssuance}) and stores each party's data apart
 * ({@link bango.store}), all or nothing.
 *
 * <p>Exit codes: 0 done; 1 runtime failure or refusal (a population is already there, the data
 * directory cannot be written, the database cannot be reached), nothing written; 2 usage error.
 */
@Command(
        name = "issue",
        header = "Issue numbers and codes for a synthetic population into the store.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Issue individual numbers (個人番号) and institution codes (機関別符号) for a synthetic population "
                    + "and store each party's data apart: J-LIS (resident codes, numbers, generations, the "
                    + "history of every number issued), the core system (resident code -> internal person id, "
                    + "never a number), each municipality's resident register (four basic facts, resident "
                    + "code, number) and each institution (number -> its code, never a resident code).",
            "Each municipality asks J-LIS for all its residents' numbers at once; each institution I1..In "
                    + "then obtains the code of every resident through J-LIS's conversion and the core system.",
            "The whole run is written into a fresh directory beside the data directory and moved into "
                    + "place only when every party has committed; with --jdbc, into staging schemas that are "
                    + "renamed in one transaction. A failed run leaves the data as it was.",
            "Progress goes to standard error, the summary to standard output.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Done.",
            "1:Nothing written: a population is already there (without --replace), the data directory "
                    + "or its parent cannot be used, the database cannot be reached, or the run failed.",
            "2:Usage error: an unknown option or an option value out of range."
        })
public final class IssueCommand implements Callable<Integer> {

    /** Most institutions a run may have. */
    public static final int MAX_INSTITUTIONS = 100;

    /**
     * Heap a run needs per resident, institutions aside (the resident in its register, J-LIS's and
     * the register's maps, the core's person id, the index arrays): about 0.95 GB at 1,000,000
     * residents, measured after the number step (G1, JDK 17).
     */
    static final long BYTES_PER_RESIDENT = 1_000;

    /**
     * Heap a run needs per institution code (the institution's table entry and the code): about
     * 0.75 GB more for 3,000,000 codes, measured at the end of the run.
     */
    static final long BYTES_PER_CODE = 250;

    /** Heap kept out of the estimate for the JVM itself, H2's caches and JDBC batches. */
    static final long HEAP_RESERVE = 256L << 20;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--residents", paramLabel = "N", defaultValue = "10000",
            description = "Residents in the synthetic population (default: ${DEFAULT-VALUE}). At most what the "
                    + "heap holds: (3/4 x max heap - 256 MiB) / (" + BYTES_PER_RESIDENT + " B + " + BYTES_PER_CODE
                    + " B x institutions), e.g. about 1.2 million with -Xmx3g and 3 institutions; "
                    + "raise the heap with JAVA_OPTS=-Xmx... .")
    long residents;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the synthetic population (default: ${DEFAULT-VALUE}). The same seed gives the "
                    + "same residents; numbers and codes depend on the keys, which each run creates afresh.")
    long seed;

    @Option(names = "--institutions", paramLabel = "K", defaultValue = "3",
            description = "Institutions I1..IK, each obtaining the code of every resident (default: "
                    + "${DEFAULT-VALUE}, 0 to " + MAX_INSTITUTIONS + ").")
    int institutions;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "./bango-data",
            description = "Where the population goes (default: ${DEFAULT-VALUE}); its parent must exist. With H2, "
                    + "one database per party: jlis/, core/, municipalities/<code>/, institutions/I<k>/; "
                    + "J-LIS's and the core's keys in jlis/keys.p12 and core/keys.p12. With --jdbc it holds "
                    + "the keys and population.json only.")
    Path dataDir;

    @Option(names = "--replace",
            description = "Replace the population already in the data directory (and, with --jdbc, under the "
                    + "schema prefix). The old one stays whole until the new one is complete.")
    boolean replace;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Option(names = "--jdbc", paramLabel = "URL",
            description = "Store on this database server instead of embedded H2, one schema per party "
                    + "(e.g. jdbc:postgresql://127.0.0.1:5432/test).")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "User for --jdbc.")
    String jdbcUser;

    @Option(names = "--jdbc-password", paramLabel = "PASSWORD", defaultValue = "${env:BANGO_JDBC_PASSWORD}",
            description = "Password for --jdbc (default: the environment variable BANGO_JDBC_PASSWORD, "
                    + "which keeps it out of the process list).")
    String jdbcPassword;

    @Option(names = "--schema-prefix", paramLabel = "PREFIX", defaultValue = "bango",
            description = "With --jdbc, the schemas are PREFIX_jlis, PREFIX_core, PREFIX_m<code>, PREFIX_i<k> "
                    + "and PREFIX_population (default: ${DEFAULT-VALUE}; a lower-case letter, then up to 39 "
                    + "lower-case letters, digits or '_').")
    String schemaPrefix;

    private PrintWriter err;

    @Override
    public Integer call() {
        validate();
        err = spec.commandLine().getErr();
        try {
            return issue();
        } catch (Failure e) {
            err.println("bango issue: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /**
     * Largest population this JVM's heap holds with {@code institutions} institutions: three
     * quarters of the maximum heap (the rest is the collector's room to work), less
     * {@link #HEAP_RESERVE}, over the measured bytes per resident.
     */
    static long maxResidents(int institutions) {
        long heap = Runtime.getRuntime().maxMemory();
        long perResident = BYTES_PER_RESIDENT + BYTES_PER_CODE * institutions;
        long max = Math.max(0, heap / 4 * 3 - HEAP_RESERVE) / perResident;
        return Math.min(max, Integer.MAX_VALUE - 8);
    }

    private void validate() {
        CommandLine cl = spec.commandLine();
        if (residents < 1) {
            throw new ParameterException(cl, "--residents must be at least 1, got " + residents);
        }
        if (institutions < 0 || institutions > MAX_INSTITUTIONS) {
            throw new ParameterException(cl, "--institutions must be 0 to " + MAX_INSTITUTIONS + ", got " + institutions);
        }
        long max = maxResidents(institutions);
        if (residents > max) {
            throw new ParameterException(cl, String.format(Locale.ROOT,
                    "--residents %,d does not fit in this JVM's heap (%,d MiB): at most %,d with %d institutions; "
                            + "raise it with JAVA_OPTS=-Xmx...", residents,
                    Runtime.getRuntime().maxMemory() >> 20, max, institutions));
        }
        if (jdbcUrl == null) {
            for (String option : new String[] {"--jdbc-user", "--jdbc-password", "--schema-prefix"}) {
                if (cl.getParseResult().hasMatchedOption(option)) {
                    throw new ParameterException(cl, option + " needs --jdbc");
                }
            }
        } else {
            if (!ServerSchemas.PREFIX.matcher(schemaPrefix).matches()) {
                throw new ParameterException(cl, "--schema-prefix must be a lower-case letter, then up to 39 "
                        + "lower-case letters, digits or '_'");
            }
            try {
                DriverManager.getDriver(jdbcUrl);
            } catch (SQLException e) {
                throw new ParameterException(cl, "--jdbc: no JDBC driver here accepts "
                        + ServerSchemas.withoutQuery(jdbcUrl) + " (PostgreSQL: jdbc:postgresql://HOST:PORT/DB)");
            }
        }
        if (dataDir.toAbsolutePath().normalize().getParent() == null) {
            throw new ParameterException(cl, "--data-dir cannot be the file-system root");
        }
        if (jdbcUrl == null && dataDir.toAbsolutePath().toString().indexOf(';') >= 0) {
            throw new ParameterException(cl, "--data-dir cannot contain ';' with H2");
        }
    }

    /** A runtime failure with a one-line message. */
    private static final class Failure extends Exception {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private int issue() throws Failure {
        long start = System.nanoTime();
        DataDirectory data = new DataDirectory(dataDir);
        checkDataDirectory(data);
        ServerSchemas server = jdbcUrl == null ? null : connect();
        try {
            DataDirectory.Staging staging;
            try {
                staging = data.stage();
            } catch (IOException e) {
                throw new Failure("cannot write beside " + data.path() + ": " + ioReason(e));
            }
            try {
                Outcome outcome = writeAndPublish(data, staging, server);
                long total = System.nanoTime() - start;
                printSummary(outcome, total, data.path());
                staging.leftover().ifPresent(old -> err.println(
                        "bango issue: note: the old population could not be deleted from " + old));
                err.flush();
                return 0;
            } finally {
                try {
                    staging.close();
                } catch (IOException e) {
                    err.println("bango issue: note: could not delete the staging directory " + staging.root());
                }
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private void checkDataDirectory(DataDirectory data) throws Failure {
        DataDirectory.Holds holds;
        try {
            holds = data.holds();
        } catch (IOException e) {
            throw new Failure("cannot read " + data.path() + ": " + ioReason(e));
        }
        switch (holds) {
            case SOMETHING_ELSE -> throw new Failure(data.path() + " exists but is not a bango data directory "
                    + "(no " + DataDirectory.MANIFEST + "); not writing there, even with --replace");
            case POPULATION -> {
                if (!replace) {
                    throw new Failure(data.path() + " already holds a population ("
                            + data.manifest().map(PopulationManifest::describe).orElse("unreadable manifest")
                            + "); use --replace to replace it");
                }
            }
            default -> {
            }
        }
        if (!Files.isDirectory(data.path().getParent())) {
            throw new Failure("the parent of the data directory, " + data.path().getParent() + ", is not a directory");
        }
    }

    private ServerSchemas connect() throws Failure {
        String where = ServerSchemas.withoutQuery(jdbcUrl);
        ServerSchemas server;
        try {
            server = ServerSchemas.connect(jdbcUrl, jdbcUser, jdbcPassword, schemaPrefix);
        } catch (SQLException e) {
            throw new Failure("cannot connect to " + where + ": " + PartyStores.safeReason(e));
        }
        try {
            Optional<String> existing = server.existingPopulation();
            if (existing.isPresent() && !replace) {
                server.close();
                throw new Failure(where + " already holds a population (" + existing.get()
                        + "); use --replace to replace it");
            }
            server.dropStaleStaging();
            return server;
        } catch (SQLException e) {
            server.close();
            throw new Failure("cannot use " + where + ": " + PartyStores.safeReason(e));
        }
    }

    private record Outcome(Result result, long publishNanos) {
    }

    private Outcome writeAndPublish(DataDirectory data, DataDirectory.Staging staging, ServerSchemas server)
            throws Failure {
        Path root = staging.root();
        PartyDatabases databases = server != null ? server : new H2PartyFiles(root);
        err.printf(Locale.ROOT, "bango issue: %,d residents, seed %d, %d institutions -> %s (%s)%n",
                residents, seed, institutions, data.path(),
                server != null ? server.describe() : "H2, a database file per party");
        err.flush();
        Result result;
        try (Pkcs12KeyCustody jlisKeys = Pkcs12KeyCustody.openOrCreate(Party.JLIS.directory(root), "keys");
             Pkcs12KeyCustody coreKeys = Pkcs12KeyCustody.openOrCreate(Party.CORE.directory(root), "keys")) {
            result = new PopulationIssuance(seed, (int) residents, institutions)
                    .run(jlisKeys, coreKeys, new PartyStores(databases), new ProgressLines(err));
            manifest(result).write(root.resolve(DataDirectory.MANIFEST));
        } catch (SQLException e) {
            abort(server);
            throw new Failure(e instanceof PartyStores.PartyWriteException ? e.getMessage()
                    : "cannot write to " + databases.describe() + ": " + PartyStores.safeReason(e));
        } catch (KeyCustodyException e) {
            abort(server);
            throw new Failure("key custody: " + e.getMessage());
        } catch (IOException e) {
            abort(server);
            throw new Failure("cannot write " + root + ": " + ioReason(e));
        } catch (OutOfMemoryError e) {
            abort(server);
            throw new Failure("ran out of memory; use fewer --residents or a larger heap (JAVA_OPTS=-Xmx...)");
        } catch (RuntimeException e) {
            abort(server);
            throw new Failure("failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }

        long publishStart = System.nanoTime();
        if (server != null) {
            try {
                server.publish(seed, residents, institutions, replace);
            } catch (SQLException e) {
                abort(server);
                throw new Failure("cannot publish on " + server.describe() + ": " + PartyStores.safeReason(e));
            } catch (PopulationExistsException e) {
                abort(server);
                throw new Failure(e.getMessage() + " (written meanwhile); use --replace to replace it");
            }
        }
        try {
            staging.publish(replace);
        } catch (IOException | PopulationExistsException e) {
            if (server != null) {
                // The server already holds the new population: keep its keys.
                staging.keep();
                throw new Failure("the database holds the new population, but its keys could not be moved to "
                        + data.path() + "; they are in " + root + " (" + e.getMessage() + ")");
            }
            throw new Failure(e instanceof PopulationExistsException ? e.getMessage() + "; use --replace to replace it"
                    : "cannot move the population into " + data.path() + ": " + ioReason((IOException) e));
        }
        return new Outcome(result, System.nanoTime() - publishStart);
    }

    private void abort(ServerSchemas server) {
        if (server == null) {
            return;
        }
        try {
            server.abort();
        } catch (SQLException e) {
            err.println("bango issue: note: could not drop the staging schemas " + schemaPrefix
                    + "_*_new (" + PartyStores.safeReason(e) + "); the next run drops them");
        }
    }

    private PopulationManifest manifest(Result r) {
        boolean jdbc = jdbcUrl != null;
        return new PopulationManifest(PopulationManifest.FORMAT, seed, r.residents(), r.municipalities(),
                r.institutions(), r.numbersIssued(), r.codesIssued(), jdbc ? "jdbc" : "h2",
                jdbc ? ServerSchemas.withoutQuery(jdbcUrl) : null, jdbc ? schemaPrefix : null,
                Instant.now().toString());
    }

    private static String ioReason(IOException e) {
        String kind = switch (e.getClass().getSimpleName()) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "no such file or directory";
            case "FileAlreadyExistsException" -> "already exists";
            case "NotDirectoryException" -> "not a directory";
            default -> null;
        };
        if (kind != null) {
            return kind + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double rate(long count, long nanos) {
        return nanos <= 0 ? 0 : count / seconds(nanos);
    }

    private void printSummary(Outcome outcome, long totalNanos, Path path) {
        Result r = outcome.result();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("residents", r.residents());
            o.put("seed", seed);
            o.put("municipalities", r.municipalities());
            o.put("institutions", r.institutions());
            o.put("numbers_issued", r.numbersIssued());
            o.put("codes_issued", r.codesIssued());
            o.put("seconds", round(seconds(totalNanos)));
            o.put("register_seconds", round(seconds(r.registerNanos())));
            o.put("numbers_seconds", round(seconds(r.numbersNanos())));
            o.put("codes_seconds", round(seconds(r.codesNanos())));
            o.put("numbers_store_seconds", round(seconds(r.numbersStoreNanos())));
            o.put("codes_store_seconds", round(seconds(r.codesStoreNanos())));
            o.put("publish_seconds", round(seconds(outcome.publishNanos())));
            o.put("numbers_per_sec", Math.round(rate(r.numbersIssued(), r.numbersNanos())));
            o.put("codes_per_sec", Math.round(rate(r.codesIssued(), r.codesNanos())));
            o.put("numbers_per_sec_without_stores",
                    Math.round(rate(r.numbersIssued(), r.numbersNanos() - r.numbersStoreNanos())));
            o.put("codes_per_sec_without_stores",
                    Math.round(rate(r.codesIssued(), r.codesNanos() - r.codesStoreNanos())));
            o.put("data_dir", path.toString());
            o.put("store", jdbcUrl == null ? "h2" : "jdbc");
            if (jdbcUrl != null) {
                o.put("jdbc_url", ServerSchemas.withoutQuery(jdbcUrl));
                o.put("schema_prefix", schemaPrefix);
            }
            out.println(o.toString());
        } else {
            out.printf(Locale.ROOT, "residents       %,d (seed %d, %d municipalities)%n", r.residents(), seed,
                    r.municipalities());
            out.printf(Locale.ROOT, "numbers issued  %,d%n", r.numbersIssued());
            out.printf(Locale.ROOT, "codes issued    %,d (%d institutions)%n", r.codesIssued(), r.institutions());
            out.printf(Locale.ROOT, "time            %.2f s (register %.2f s, numbers %.2f s, codes %.2f s, "
                            + "of which stores %.2f s; publish %.2f s)%n", seconds(totalNanos),
                    seconds(r.registerNanos()), seconds(r.numbersNanos()), seconds(r.codesNanos()),
                    seconds(r.storeNanos()), seconds(outcome.publishNanos()));
            out.printf(Locale.ROOT, "numbers/s       %,.0f (issuance with J-LIS's and the registers' stores; "
                            + "%,.0f without them)%n", rate(r.numbersIssued(), r.numbersNanos()),
                    rate(r.numbersIssued(), r.numbersNanos() - r.numbersStoreNanos()));
            out.printf(Locale.ROOT, "codes/s         %,.0f (conversion and delivery with the institutions' and the "
                            + "core's stores; %,.0f without them)%n", rate(r.codesIssued(), r.codesNanos()),
                    rate(r.codesIssued(), r.codesNanos() - r.codesStoreNanos()));
            out.printf(Locale.ROOT, "data dir        %s%n", path);
            if (jdbcUrl != null) {
                out.printf(Locale.ROOT, "database        %s, schemas %s_*%n", ServerSchemas.withoutQuery(jdbcUrl),
                        schemaPrefix);
            }
        }
        out.flush();
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    /**
     * Progress on standard error: a line whenever a step passes another tenth, or every
     * {@value #EVERY_SECONDS} seconds, and when it ends.
     */
    static final class ProgressLines implements PopulationIssuance.Progress {

        static final int EVERY_SECONDS = 2;

        private final PrintWriter err;
        private final long started = System.nanoTime();
        private Step step;
        private long stepStarted;
        private long lastLine;
        private long lastTenth;
        private long numbers;
        private long numbersTotal;

        ProgressLines(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void report(Step s, long done, long total) {
            long now = System.nanoTime();
            if (s != step) {
                step = s;
                stepStarted = now;
                lastTenth = 0;
                if (done == 0) {
                    return; // the step starts; its first line comes with its first tenth
                }
            }
            if (s == Step.NUMBERS) {
                numbers = done;
                numbersTotal = total;
            }
            long tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth <= lastTenth && done != total && now - lastLine < EVERY_SECONDS * 1_000_000_000L) {
                return;
            }
            if (tenth <= lastTenth && done == total && tenth == 10 && lastTenth == 10) {
                return; // the end of this step was already reported
            }
            lastTenth = tenth;
            lastLine = now;
            double rate = rate(done, now - stepStarted);
            String line = switch (s) {
                case REGISTER -> String.format(Locale.ROOT, "registered %,d/%,d residents (%d%%), %,.0f/s",
                        done, total, percent(done, total), rate);
                case NUMBERS -> String.format(Locale.ROOT, "numbers %,d/%,d (%d%%), %,.0f numbers/s",
                        done, total, percent(done, total), rate);
                case CODES -> String.format(Locale.ROOT, "numbers %,d/%,d, codes %,d/%,d (%d%%), %,.0f codes/s",
                        numbers, numbersTotal, done, total, percent(done, total), rate);
            };
            err.printf(Locale.ROOT, "bango issue: [%5.1f s] %s%n", seconds(now - started), line);
            err.flush();
        }

        @Override
        public void storing(String party, long rows) {
            long now = System.nanoTime();
            lastLine = now;
            err.printf(Locale.ROOT, "bango issue: [%5.1f s] writing the store of %s (%,d rows)%n",
                    seconds(now - started), party, rows);
            err.flush();
        }

        private static long percent(long done, long total) {
            return total == 0 ? 100 : done * 100 / total;
        }
    }
}
