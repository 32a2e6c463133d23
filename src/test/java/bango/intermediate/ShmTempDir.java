package bango.intermediate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temporary directories on a memory file system ({@code /dev/shm}) where there is one: the copy
 * stores of these tests open, write and close in milliseconds there, which matters when the tests
 * run again for every mutant.
 */
final class ShmTempDir implements TempDirFactory {

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context) throws IOException {
        Path memory = Path.of("/dev/shm");
        if (Files.isDirectory(memory) && Files.isWritable(memory)) {
            return Files.createTempDirectory(memory, "bango-copies-");
        }
        return Files.createTempDirectory("bango-copies-");
    }
}
