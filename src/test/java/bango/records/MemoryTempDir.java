package bango.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temporary directories on a memory file system ({@code /dev/shm}) where there is one, else in the
 * usual place. These tests check the journal's logic: what is reported durable, what a crash or a
 * fault leaves, what the chain shows. A force costs nothing there, so they run (and run again under
 * mutation testing) in seconds; the disk itself is measured by {@code bango bench records}.
 */
final class MemoryTempDir implements TempDirFactory {

    static final Path MEMORY = Path.of("/dev/shm");

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context) throws IOException {
        if (Files.isDirectory(MEMORY) && Files.isWritable(MEMORY)) {
            return Files.createTempDirectory(MEMORY, "bango-records-");
        }
        return Files.createTempDirectory("bango-records-");
    }
}
