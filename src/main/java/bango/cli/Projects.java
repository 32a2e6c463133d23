package bango.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Finding the project's files (specs, manifest) from a command. */
final class Projects {

    private Projects() {
    }

    /**
     * The project root: the {@code bango.project.dir} system property (set by the launcher and by
     * the test runner), else the nearest directory upwards from the working directory with a
     * {@code specs} directory and a {@code pom.xml}.
     */
    static Path root() {
        String property = System.getProperty("bango.project.dir");
        if (property != null) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("specs")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("not inside the bango project (no specs/ and pom.xml above the working directory)");
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
