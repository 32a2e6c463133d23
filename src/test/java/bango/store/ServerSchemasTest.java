package bango.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bango.codes.InstitutionId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Staging, publishing and aborting schemas, on H2 in memory and on the local PostgreSQL. */
class ServerSchemasTest {

    static final Party I1 = Party.institution(new InstitutionId(1));
    static final Party I2 = Party.institution(new InstitutionId(2));

    final String prefix = TestDatabases.uniquePrefix();
    String url;
    String user;

    void use(String database) {
        if (database.equals("postgres")) {
            assumeTrue(TestDatabases.postgresUp(), "PostgreSQL is not running on 127.0.0.1:5432");
            url = TestDatabases.POSTGRES_URL;
            user = TestDatabases.POSTGRES_USER;
        } else {
            url = TestDatabases.h2Memory();
            user = "sa";
        }
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        if (url != null) {
            TestDatabases.dropSchemas(url, user, prefix);
        }
    }

    ServerSchemas connect() throws SQLException {
        return ServerSchemas.connect(url, user, null, prefix);
    }

    /** Writes a one-row table {@code t(v)} holding {@code value} into the party's staging schema. */
    static void writeParty(ServerSchemas schemas, Party party, String value) throws SQLException {
        schemas.write(party, (c, schema) -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + schema + ".t (v VARCHAR(20))");
                s.execute("INSERT INTO " + schema + ".t VALUES ('" + value + "')");
            }
            return 1;
        });
    }

    List<String> schemas() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, null)) {
            return Schemas.list(c).stream().filter(s -> s.startsWith(prefix + "_")).sorted().toList();
        }
    }

    String value(Party party) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, null); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM " + prefix + "_" + party.schema() + ".t")) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    void publishPopulation(String value, Party... parties) throws Exception {
        try (ServerSchemas schemas = connect()) {
            for (Party p : parties) {
                writeParty(schemas, p, value);
            }
            schemas.publish(1, 10, 2, true);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void stagedSchemasBecomeThePopulationInOneStep(String database) throws Exception {
        use(database);
        try (ServerSchemas schemas = connect()) {
            assertEquals(Optional.empty(), schemas.existingPopulation());
            writeParty(schemas, Party.JLIS, "jlis");
            writeParty(schemas, I1, "i1");
            assertEquals(List.of(prefix + "_i1_new", prefix + "_jlis_new"), schemas(), "staged, not published");
            assertEquals(Optional.empty(), schemas.existingPopulation());
            schemas.publish(5, 10, 1, false);
            assertEquals(List.of(prefix + "_i1", prefix + "_jlis", prefix + "_population"), schemas());
            assertEquals("10 residents, seed 5, in 3 schemas " + prefix + "_*", schemas.existingPopulation().orElseThrow());
        }
        assertEquals("jlis", value(Party.JLIS));
        assertEquals("i1", value(I1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aPopulationIsNotReplacedUnlessAskedAndAbortLeavesItWhole(String database) throws Exception {
        use(database);
        publishPopulation("old", Party.JLIS, I1);
        try (ServerSchemas schemas = connect()) {
            writeParty(schemas, Party.JLIS, "new");
            assertThrows(PopulationExistsException.class, () -> schemas.publish(1, 10, 1, false));
            schemas.abort();
        }
        assertEquals(List.of(prefix + "_i1", prefix + "_jlis", prefix + "_population"), schemas());
        assertEquals("old", value(Party.JLIS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void replaceDropsEveryOldSchemaEvenOfPartiesTheNewPopulationLacks(String database) throws Exception {
        use(database);
        publishPopulation("old", Party.JLIS, I1, I2);
        publishPopulation("new", Party.JLIS, I1);
        assertEquals(List.of(prefix + "_i1", prefix + "_jlis", prefix + "_population"), schemas());
        assertEquals("new", value(Party.JLIS));
        assertEquals("new", value(I1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aFailedPartyWriteRollsBackAndAbortDropsTheStaging(String database) throws Exception {
        use(database);
        publishPopulation("old", Party.JLIS);
        try (ServerSchemas schemas = connect()) {
            writeParty(schemas, Party.CORE, "new");
            SQLException e = assertThrows(SQLException.class, () -> schemas.write(Party.JLIS, (c, schema) -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE " + schema + ".t (v VARCHAR(3))");
                    s.execute("INSERT INTO " + schema + ".t VALUES ('fits')"); // too long: fails
                }
                return 1;
            }));
            assertTrue(e.getSQLState().startsWith("22"), e.getSQLState());
            schemas.abort();
        }
        assertEquals(List.of(prefix + "_jlis", prefix + "_population"), schemas());
        assertEquals("old", value(Party.JLIS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void stagingLeftByARunThatDiedIsDroppedByTheNext(String database) throws Exception {
        use(database);
        ServerSchemas dead = connect();
        writeParty(dead, Party.JLIS, "dead");
        dead.close(); // died: no abort
        assertEquals(List.of(prefix + "_jlis_new"), schemas());
        try (ServerSchemas schemas = connect()) {
            schemas.dropStaleStaging();
        }
        assertEquals(List.of(), schemas());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void otherSchemasAreLeftAlone(String database) throws Exception {
        use(database);
        try (Connection c = DriverManager.getConnection(url, user, null)) {
            Schemas.create(c, prefix + "_mine");
            Schemas.create(c, prefix + "_jlis_backup");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        publishPopulation("old", Party.JLIS);
        publishPopulation("new", Party.JLIS);
        try (ServerSchemas schemas = connect()) {
            schemas.dropStaleStaging();
        }
        List<String> expected = new ArrayList<>(List.of(prefix + "_jlis", prefix + "_jlis_backup", prefix + "_mine",
                prefix + "_population"));
        assertEquals(expected, schemas());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void describeNeverShowsTheQuery(String database) throws Exception {
        use(database);
        assertEquals("jdbc:postgresql://h:5432/db", ServerSchemas.withoutQuery("jdbc:postgresql://h:5432/db?password=x"));
        assertEquals("jdbc:h2:mem:x", ServerSchemas.withoutQuery("jdbc:h2:mem:x;PASSWORD=y"));
        try (ServerSchemas schemas = connect()) {
            assertTrue(schemas.describe().endsWith("(schemas " + prefix + "_*)"), schemas.describe());
            assertTrue(!schemas.describe().contains(";"), schemas.describe());
        }
    }
}
