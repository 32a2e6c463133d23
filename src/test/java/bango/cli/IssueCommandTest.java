package bango.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bango.store.DataDirectory;
import bango.store.StoredPopulation;
import bango.store.StoredPopulation.RegisterRow;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bango issue} end to end with embedded H2 in a temporary directory. */
class IssueCommandTest {

    static final int RESIDENTS = 300;

    @TempDir
    Path parent;

    record Result(int exitCode, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    Path dataDir() {
        return parent.resolve("bango-data");
    }

    Result issue(String... more) {
        String[] args = Stream.concat(Stream.of("issue", "--data-dir", dataDir().toString()), Stream.of(more))
                .toArray(String[]::new);
        return run(args);
    }

    /** Every file under {@code dir} with its SHA-256, to show that nothing changed. */
    static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                String key = dir.relativize(p).toString();
                files.put(key, Files.isDirectory(p) ? "dir"
                        : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return files;
    }

    /** Names in the parent directory: the data directory, and nothing left over beside it. */
    List<String> besideDataDir() throws Exception {
        try (Stream<Path> list = Files.list(parent)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static void assertOneLineError(Result r, int exitCode, String contains) {
        assertEquals(exitCode, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("bango issue: "), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains(contains), r.err());
    }

    @Test
    void issuesASmallPopulationEndToEnd() throws Exception {
        Result r = issue("--residents", Integer.toString(RESIDENTS), "--seed", "7", "--json");
        assertEquals(0, r.exitCode(), r.err());

        JsonNode summary = new ObjectMapper().readTree(r.out());
        assertEquals(RESIDENTS, summary.get("residents").asLong());
        assertEquals(RESIDENTS, summary.get("numbers_issued").asLong());
        assertEquals(3L * RESIDENTS, summary.get("codes_issued").asLong());
        assertEquals(dataDir().toAbsolutePath().normalize().toString(), summary.get("data_dir").asText());
        assertTrue(summary.get("numbers_per_sec").asLong() > 0);
        assertTrue(summary.get("codes_per_sec").asLong() > 0);
        assertTrue(summary.get("seconds").asDouble() > 0);
        assertEquals("h2", summary.get("store").asText());
        assertEquals(1, r.out().lines().count(), "one JSON object on one line");

        assertTrue(r.err().contains("numbers 300/300 (100%)"), r.err());
        assertTrue(r.err().contains("codes 900/900 (100%)"), r.err());
        assertTrue(r.err().contains("writing the store of J-LIS (300 rows)"), r.err());
        assertTrue(summary.get("numbers_per_sec_without_stores").asLong() >= summary.get("numbers_per_sec").asLong());

        // One database per party, keys in J-LIS's and the core's own custody, and nothing else.
        assertTrue(Files.isRegularFile(dataDir().resolve("jlis/store.mv.db")));
        assertTrue(Files.isRegularFile(dataDir().resolve("core/store.mv.db")));
        assertTrue(Files.isRegularFile(dataDir().resolve("institutions/I1/store.mv.db")));
        assertTrue(Files.isRegularFile(dataDir().resolve("jlis/keys.p12")));
        assertTrue(Files.isRegularFile(dataDir().resolve("core/keys.p12")));
        assertEquals(List.of("bango-data"), besideDataDir(), "no staging directory left");

        PopulationAssertions.assertWholePopulation(StoredPopulation.h2(dataDir()), dataDir(), 7, RESIDENTS, 3);
    }

    @Test
    void plainSummaryNamesTheCountsRatesAndDataDirectory() {
        Result r = issue("--residents", "50", "--institutions", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("residents       50 "), r.out());
        assertTrue(r.out().contains("numbers issued  50\n"), r.out());
        assertTrue(r.out().contains("codes issued    100 (2 institutions)"), r.out());
        assertTrue(r.out().contains("numbers/s "), r.out());
        assertTrue(r.out().contains("codes/s "), r.out());
        assertTrue(r.out().contains("data dir        " + dataDir().toAbsolutePath().normalize()), r.out());
    }

    @Test
    void refusesToOverwriteAPopulationWithoutReplaceAndLeavesItUntouched() throws Exception {
        assertEquals(0, issue("--residents", "40").exitCode());
        Map<String, String> before = snapshot(dataDir());

        Result r = issue("--residents", "60", "--seed", "2");
        assertOneLineError(r, 1, "already holds a population (40 residents, seed 1, H2); use --replace");
        assertEquals(before, snapshot(dataDir()));
        assertEquals(List.of("bango-data"), besideDataDir());
    }

    @Test
    void replaceReplacesThePopulationWhole() throws Exception {
        assertEquals(0, issue("--residents", "40").exitCode());
        Result r = issue("--residents", "70", "--seed", "3", "--institutions", "1", "--replace");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("bango-data"), besideDataDir(), "the old population and the staging are gone");
        PopulationAssertions.assertWholePopulation(StoredPopulation.h2(dataDir()), dataDir(), 3, 70, 1);
        assertFalse(Files.exists(dataDir().resolve("institutions/I2")), "nothing of the old population remains");
    }

    @Test
    void sameSeedSameResidentsButNumbersAndCodesFollowTheFreshKeys() throws Exception {
        Path a = parent.resolve("a");
        Path b = parent.resolve("b");
        assertEquals(0, run("issue", "--residents", "80", "--seed", "11", "--data-dir", a.toString()).exitCode());
        assertEquals(0, run("issue", "--residents", "80", "--seed", "11", "--data-dir", b.toString()).exitCode());
        StoredPopulation sa = StoredPopulation.h2(a);
        StoredPopulation sb = StoredPopulation.h2(b);

        Map<String, List<String>> residentsA = withoutNumbers(sa.registers());
        assertEquals(residentsA, withoutNumbers(sb.registers()), "same residents, same registers");
        assertEquals(sa.corePersons(), sb.corePersons(), "same person ids: they follow the order of requests");

        // Each run made its own keys, so the numbers differ (a collision of all 80 is impossible in practice) ...
        assertNotEquals(numbers(sa.registers()), numbers(sb.registers()));
        // ... but under a given key they are reproduced exactly (assertWholePopulation re-derives them).
        PopulationAssertions.assertWholePopulation(sa, a, 11, 80, 3);
    }

    private static Map<String, List<String>> withoutNumbers(Map<String, RegisterRow> rows) {
        return rows.values().stream().collect(Collectors.toMap(RegisterRow::residentCode,
                r -> PopulationAssertions.facts(r)));
    }

    private static Map<String, String> numbers(Map<String, RegisterRow> rows) {
        return rows.values().stream().collect(Collectors.toMap(RegisterRow::residentCode, RegisterRow::number));
    }

    @Test
    void badInputIsAOneLineUsageErrorAndWritesNothing() throws Exception {
        assertOneLineError(issue("--residents", "0"), 2, "--residents must be at least 1, got 0");
        assertOneLineError(issue("--residents", "-5"), 2, "--residents must be at least 1");
        assertOneLineError(issue("--residents", "many"), 2, "'many' is not a long");
        assertOneLineError(issue("--residents", "10000000000"), 2, "does not fit in this JVM's heap");
        assertOneLineError(issue("--institutions", "101"), 2, "--institutions must be 0 to 100");
        assertOneLineError(issue("--frobnicate"), 2, "Unknown option: '--frobnicate'");
        assertOneLineError(issue("--jdbc-user", "x"), 2, "--jdbc-user needs --jdbc");
        assertOneLineError(issue("--jdbc", "jdbc:nosuchdb:x"), 2, "no JDBC driver here accepts jdbc:nosuchdb:x");
        assertOneLineError(issue("--jdbc", "jdbc:postgresql://127.0.0.1:5432/test", "--schema-prefix", "Bad-Prefix"),
                2, "--schema-prefix must be");
        assertEquals(List.of(), besideDataDir(), "nothing written");
    }

    @Test
    void unreachableDatabaseIsARuntimeErrorAndWritesNothing() throws Exception {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        Result r = issue("--residents", "10", "--jdbc", "jdbc:postgresql://127.0.0.1:1/test?password=secret",
                "--jdbc-user", "postgres");
        assertOneLineError(r, 1, "cannot connect to jdbc:postgresql://127.0.0.1:1/test: ");
        assertFalse(r.err().contains("secret"), "the URL's query is not shown");
        assertEquals(List.of(), besideDataDir(), "nothing written");
    }

    @Test
    void unusableDataDirectoryIsARuntimeErrorAndWritesNothing() throws Exception {
        Path file = Files.writeString(parent.resolve("a-file"), "x");
        assertOneLineError(run("issue", "--residents", "10", "--data-dir", file.toString()), 1,
                "exists but is not a bango data directory");
        assertOneLineError(run("issue", "--residents", "10", "--data-dir", file.resolve("data").toString()), 1,
                "is not a directory");
        assertOneLineError(run("issue", "--residents", "10", "--data-dir", parent.resolve("no/such/data").toString()),
                1, "is not a directory");
        assertEquals(List.of("a-file"), besideDataDir(), "nothing written");
    }

    @Test
    void unwritableParentIsARuntimeErrorAndWritesNothing() throws Exception {
        // Root may write anywhere in an ordinary directory; /proc refuses new directories even to root.
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc.resolve("self")), "needs Linux /proc");
        Result r = run("issue", "--residents", "10", "--data-dir", "/proc/bango-data");
        assertOneLineError(r, 1, "cannot write beside /proc/bango-data");
        assertFalse(Files.exists(proc.resolve("bango-data")));
    }

    @Test
    void aDirectoryWithOtherFilesIsNeverWrittenOverEvenWithReplace() throws Exception {
        Files.createDirectories(dataDir());
        Files.writeString(dataDir().resolve("notes.txt"), "mine");
        Map<String, String> before = snapshot(dataDir());
        assertOneLineError(issue("--residents", "10", "--replace"), 1, "is not a bango data directory");
        assertEquals(before, snapshot(dataDir()));
        assertEquals(List.of("bango-data"), besideDataDir());
    }

    @Test
    void anEmptyDataDirectoryIsTakenOver() throws Exception {
        Files.createDirectories(dataDir());
        assertEquals(0, issue("--residents", "10").exitCode());
        assertTrue(Files.isRegularFile(dataDir().resolve(DataDirectory.MANIFEST)));
    }

    @Test
    void helpDescribesEveryOption() {
        Result r = run("issue", "--help");
        assertEquals(0, r.exitCode());
        CommandLine.Model.CommandSpec spec = new CommandLine(new IssueCommand()).getCommandSpec();
        for (CommandLine.Model.OptionSpec option : spec.options()) {
            assertTrue(r.out().contains(option.longestName()), option.longestName() + " in the help");
            assertTrue(option.description().length > 0 && !option.description()[0].isBlank(),
                    option.longestName() + " is described");
        }
        assertTrue(r.out().contains("Exit codes:"), r.out());
        assertTrue(r.out().replaceAll("\\s+", " ").contains("(default: 10000)"), r.out());
        assertTrue(run("--help").out().contains("issue"), "listed by bango --help");
    }
}
