package bango.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path parent;

    DataDirectory data() {
        return new DataDirectory(parent.resolve("bango-data"));
    }

    static void writePopulation(Path root, String marker) throws IOException {
        Files.createDirectories(root.resolve("jlis"));
        Files.writeString(root.resolve("jlis/store.mv.db"), marker);
        new PopulationManifest(PopulationManifest.FORMAT, 1, 10, 1, 0, 10, 0, "h2", null, null, "now")
                .write(root.resolve(DataDirectory.MANIFEST));
    }

    List<String> parentEntries() throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void whatThePathHolds() throws Exception {
        DataDirectory data = data();
        assertEquals(DataDirectory.Holds.NOTHING, data.holds());
        Files.createDirectory(data.path());
        assertEquals(DataDirectory.Holds.EMPTY_DIRECTORY, data.holds());
        Files.writeString(data.path().resolve("x"), "x");
        assertEquals(DataDirectory.Holds.SOMETHING_ELSE, data.holds());
        Files.writeString(data.path().resolve(DataDirectory.MANIFEST), "{}");
        assertEquals(DataDirectory.Holds.POPULATION, data.holds());
        Files.writeString(parent.resolve("file"), "x");
        assertEquals(DataDirectory.Holds.SOMETHING_ELSE, new DataDirectory(parent.resolve("file")).holds());
    }

    @Test
    void stagingIsBesideTheDataDirectoryAndOwnerOnlyAndPublishMovesItIntoPlace() throws Exception {
        DataDirectory data = data();
        try (DataDirectory.Staging staging = data.stage()) {
            assertEquals(parent, staging.root().getParent());
            assertTrue(staging.root().getFileName().toString().startsWith(".bango-data.new-"));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(staging.root())));
            writePopulation(staging.root(), "new");
            staging.publish(false);
        }
        assertEquals("new", Files.readString(data.path().resolve("jlis/store.mv.db")));
        assertEquals(1, data.manifest().orElseThrow().seed());
        assertEquals(List.of("bango-data"), parentEntries());
    }

    @Test
    void publishingNeedsTheManifestWrittenLast() throws Exception {
        try (DataDirectory.Staging staging = data().stage()) {
            assertThrows(IllegalStateException.class, () -> staging.publish(false));
        }
        assertEquals(List.of(), parentEntries());
    }

    @Test
    void closingWithoutPublishingLeavesNothing() throws Exception {
        try (DataDirectory.Staging staging = data().stage()) {
            writePopulation(staging.root(), "abandoned");
        }
        assertEquals(List.of(), parentEntries());
    }

    @Test
    void aPopulationIsNotReplacedUnlessAskedAndStaysWhole() throws Exception {
        DataDirectory data = data();
        writePopulation(data.path(), "old");
        try (DataDirectory.Staging staging = data.stage()) {
            writePopulation(staging.root(), "new");
            assertThrows(PopulationExistsException.class, () -> staging.publish(false));
        }
        assertEquals("old", Files.readString(data.path().resolve("jlis/store.mv.db")));
        assertEquals(List.of("bango-data"), parentEntries());
    }

    @Test
    void replaceSwapsTheWholeDirectoryAndDeletesTheOldOne() throws Exception {
        DataDirectory data = data();
        writePopulation(data.path(), "old");
        Files.writeString(data.path().resolve("only-in-old"), "x");
        try (DataDirectory.Staging staging = data.stage()) {
            writePopulation(staging.root(), "new");
            staging.publish(true);
            assertTrue(staging.leftover().isEmpty());
        }
        assertEquals("new", Files.readString(data.path().resolve("jlis/store.mv.db")));
        assertFalse(Files.exists(data.path().resolve("only-in-old")));
        assertEquals(List.of("bango-data"), parentEntries());
    }

    @Test
    void somethingElseIsNeverWrittenOverEvenWithReplace() throws Exception {
        DataDirectory data = data();
        Files.createDirectories(data.path());
        Files.writeString(data.path().resolve("thesis.tex"), "mine");
        try (DataDirectory.Staging staging = data.stage()) {
            writePopulation(staging.root(), "new");
            assertThrows(IOException.class, () -> staging.publish(true));
        }
        assertEquals("mine", Files.readString(data.path().resolve("thesis.tex")));
        assertEquals(List.of("bango-data"), parentEntries());
    }

    @Test
    void aPopulationThatAppearedMeanwhileIsNotOverwritten() throws Exception {
        DataDirectory data = data();
        try (DataDirectory.Staging staging = data.stage()) {
            writePopulation(staging.root(), "mine");
            writePopulation(data.path(), "theirs"); // another writer finished first
            assertThrows(PopulationExistsException.class, () -> staging.publish(false));
        }
        assertEquals("theirs", Files.readString(data.path().resolve("jlis/store.mv.db")));
    }

    @Test
    void stagingFailsWhenTheParentIsMissing() {
        DataDirectory data = new DataDirectory(parent.resolve("missing/bango-data"));
        assertThrows(IOException.class, data::stage);
    }
}
