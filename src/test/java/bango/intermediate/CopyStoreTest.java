package bango.intermediate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.Covers;
import bango.intermediate.CopyStore.Copy;
import bango.intermediate.CopyStore.Restriction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An intermediate server's copies and restrictions, kept across a restart. */
class CopyStoreTest {

    @TempDir(factory = ShmTempDir.class)
    Path dir;

    @Test
    @Covers("IS-2")
    void copiesAreRegisteredReplacedAndKeptAcrossARestart() throws Exception {
        try (CopyStore s = CopyStore.open(dir.resolve("store"))) {
            assertEquals(0, s.size());
            s.register(List.of(new Copy("A", "tax", "{\"x\":1}"), new Copy("A", "care", "{\"y\":2}"), new Copy("B", "tax", "{}")));
            s.register(List.of(new Copy("A", "tax", "{\"x\":3}")));
            assertEquals(3, s.size());
            assertEquals(Optional.of("{\"x\":3}"), s.copy("A", "tax"));
            assertEquals(Optional.empty(), s.copy("B", "care"));
        }
        assertTrue(Files.isDirectory(dir.resolve("store")));
        try (CopyStore s = CopyStore.open(dir.resolve("store"))) {
            assertEquals(3, s.size());
            assertEquals(Optional.of("{\"x\":3}"), s.copy("A", "tax"));
            assertEquals(Optional.of("{\"y\":2}"), s.copy("A", "care"));
        }
    }

    @Test
    @Covers("IS-2")
    void aBatchIsRegisteredWholeOrNotAtAll() throws Exception {
        try (CopyStore s = CopyStore.open(dir)) {
            s.register(List.of(new Copy("A", "tax", "old")));
            String tooLong = "x".repeat(100_001);
            assertThrows(SQLException.class, () -> s.register(List.of(new Copy("A", "tax", "new"), new Copy("B", "tax", tooLong))));
            assertEquals(Optional.of("old"), s.copy("A", "tax"));
            assertEquals(1, s.size());
            s.register(List.of(new Copy("B", "tax", "fine")));
            assertEquals(2, s.size());
        }
        try (CopyStore s = CopyStore.open(dir)) {
            assertEquals(Optional.of("old"), s.copy("A", "tax"));
            assertEquals(Optional.of("fine"), s.copy("B", "tax"));
        }
    }

    @Test
    @Covers("IS-7")
    void restrictionsCoverOnePersonOrAWholeCategoryAndAreKept() throws Exception {
        try (CopyStore s = CopyStore.open(dir)) {
            assertFalse(s.restricted("A", "tax"));
            s.restrict(new Restriction("A", "tax"), true);
            s.restrict(new Restriction(null, "care"), true);
            assertTrue(s.restricted("A", "tax"));
            assertFalse(s.restricted("B", "tax"));
            assertFalse(s.restricted("A", "family"));
            assertTrue(s.restricted("B", "care"));
            assertEquals(Set.of(new Restriction("A", "tax"), new Restriction(null, "care")), s.restrictions());
        }
        try (CopyStore s = CopyStore.open(dir)) {
            assertEquals(Set.of(new Restriction("A", "tax"), new Restriction(null, "care")), s.restrictions());
            assertTrue(s.restricted("Z", "care"));
            s.restrict(new Restriction(null, "care"), false);
            assertFalse(s.restricted("Z", "care"));
            assertTrue(s.restricted("A", "tax"));
        }
        try (CopyStore s = CopyStore.open(dir)) {
            assertEquals(Set.of(new Restriction("A", "tax")), s.restrictions());
            s.restrict(new Restriction("A", "tax"), false);
            assertEquals(Set.of(), s.restrictions());
        }
        try (CopyStore s = CopyStore.open(dir)) {
            assertEquals(Set.of(), s.restrictions());
        }
    }

    @Test
    @Covers({"IS-2", "IS-7"})
    void aRestrictionAfterARegistrationIsKeptToo() throws Exception {
        try (CopyStore s = CopyStore.open(dir)) {
            s.register(List.of(new Copy("A", "tax", "x")));
            s.restrict(new Restriction("A", "tax"), true);
        }
        try (CopyStore s = CopyStore.open(dir)) {
            assertTrue(s.restricted("A", "tax"));
        }
    }

    @Test
    void aStoreThatCannotBeCreatedSaysWhere() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        SQLException e = assertThrows(SQLException.class, () -> CopyStore.open(file.resolve("sub")));
        assertTrue(e.getMessage().startsWith("cannot create " + file.resolve("sub")), e.getMessage());
    }

    @Test
    void aClosedStoreRefusesChanges() throws Exception {
        CopyStore s = CopyStore.open(dir);
        s.close();
        assertThrows(SQLException.class, () -> s.register(List.of(new Copy("A", "tax", "x"))));
        assertThrows(SQLException.class, () -> s.restrict(new Restriction("A", "tax"), true));
        assertFalse(s.restricted("A", "tax"));
    }
}
