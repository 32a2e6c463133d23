package bango.cli;

import static bango.cli.IssueCommandTest.assertOneLineError;
import static bango.cli.IssueCommandTest.run;
import static bango.cli.IssueCommandTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bango.cli.IssueCommandTest.Result;
import bango.store.StoredPopulation;
import bango.store.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bango issue --jdbc} against the local PostgreSQL: one schema per party under a prefix
 * unique to this test, dropped afterwards.
 */
class IssueCommandPostgresTest {

    static final String URL = TestDatabases.POSTGRES_URL;
    static final String USER = TestDatabases.POSTGRES_USER;

    @TempDir
    Path parent;

    final String prefix = TestDatabases.uniquePrefix();

    @BeforeEach
    void needsPostgres() {
        assumeTrue(TestDatabases.postgresUp(), "PostgreSQL is not running on 127.0.0.1:5432");
    }

    @AfterEach
    void dropSchemas() throws Exception {
        if (TestDatabases.postgresUp()) {
            TestDatabases.dropSchemas(URL, USER, prefix);
        }
    }

    Path dataDir() {
        return parent.resolve("bango-data");
    }

    Result issue(String url, String... more) {
        List<String> args = new ArrayList<>(List.of("issue", "--data-dir", dataDir().toString(), "--jdbc", url,
                "--jdbc-user", USER, "--schema-prefix", prefix));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    List<String> schemas() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(URL, USER, null); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + prefix
                     + "\\_%' ORDER BY nspname")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Everything the parties hold, to show that it did not change. */
    Map<String, Object> contents() throws Exception {
        StoredPopulation s = StoredPopulation.server(URL, USER, prefix);
        return Map.of("registers", s.registers(), "jlis", s.jlis(), "core", s.corePersons(),
                "i1", s.codeBook(s.institutions().get(0)));
    }

    @Test
    void issuesASmallPopulationIntoOneSchemaPerParty() throws Exception {
        Result r = issue(URL, "--residents", "200", "--seed", "9", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode summary = new ObjectMapper().readTree(r.out());
        assertEquals("jdbc", summary.get("store").asText());
        assertEquals(600, summary.get("codes_issued").asLong());
        assertEquals(prefix, summary.get("schema_prefix").asText());

        List<String> schemas = schemas();
        assertTrue(schemas.containsAll(List.of(prefix + "_jlis", prefix + "_core", prefix + "_i1", prefix + "_i2",
                prefix + "_i3", prefix + "_population")), schemas.toString());
        assertTrue(schemas.stream().noneMatch(s -> s.endsWith("_new")), "no staging schema left");

        // The data directory holds the custodies and the manifest, no database.
        assertTrue(Files.isRegularFile(dataDir().resolve("jlis/keys.p12")));
        assertTrue(Files.isRegularFile(dataDir().resolve("core/keys.p12")));
        assertFalse(Files.exists(dataDir().resolve("jlis/store.mv.db")));
        assertFalse(Files.exists(dataDir().resolve("municipalities")));

        PopulationAssertions.assertWholePopulation(StoredPopulation.server(URL, USER, prefix), dataDir(), 9, 200, 3);
    }

    @Test
    void refusesWithoutReplaceAndReplacesWithIt() throws Exception {
        assertEquals(0, issue(URL, "--residents", "50").exitCode());
        Map<String, Object> before = contents();
        Map<String, String> files = snapshot(dataDir());
        List<String> schemasBefore = schemas();

        assertOneLineError(issue(URL, "--residents", "80", "--seed", "4"), 1, "already holds a population");
        assertEquals(before, contents());
        assertEquals(files, snapshot(dataDir()));
        assertEquals(schemasBefore, schemas());

        Result r = issue(URL, "--residents", "80", "--seed", "4", "--institutions", "1", "--replace");
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(schemas().contains(prefix + "_i2"), "the old population's schemas are gone");
        PopulationAssertions.assertWholePopulation(StoredPopulation.server(URL, USER, prefix), dataDir(), 4, 80, 1);
    }

    @Test
    void aFailureAtTheLastStepRollsBackAndLeavesTheOldPopulationWhole() throws Exception {
        assertEquals(0, issue(URL, "--residents", "50").exitCode());
        Map<String, Object> before = contents();
        Map<String, String> files = snapshot(dataDir());
        List<String> schemasBefore = schemas();

        // A reader holds J-LIS's table, so dropping the old population waits, and gives up after 2 s.
        try (Connection reader = DriverManager.getConnection(URL, USER, null)) {
            reader.setAutoCommit(false);
            try (Statement s = reader.createStatement()) {
                s.execute("LOCK TABLE " + prefix + "_jlis.resident IN ACCESS SHARE MODE");
            }
            Result r = issue(URL + "?options=-c%20lock_timeout%3D2000", "--residents", "60", "--seed", "5", "--replace");
            // Progress came first; the error is the last line.
            assertEquals(1, r.exitCode(), r.err());
            assertEquals("", r.out());
            List<String> lines = r.err().lines().toList();
            assertTrue(lines.get(lines.size() - 1).startsWith("bango issue: cannot publish on " + URL + " (schemas "),
                    r.err());
            assertTrue(lines.get(lines.size() - 1).contains("lock timeout"), r.err());
            reader.rollback();
        }
        assertEquals(schemasBefore, schemas(), "no staging schema left, the old ones all there");
        assertEquals(before, contents());
        assertEquals(files, snapshot(dataDir()), "the old keys and manifest are untouched");
        try (Stream<Path> beside = Files.list(parent)) {
            assertEquals(List.of("bango-data"), beside.map(p -> p.getFileName().toString()).toList());
        }
    }
}
