package bango.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The directory a population lives in ({@code ./bango-data} by default), written all at once: a
 * run writes into a fresh directory beside it ({@code .bango-data.new-*}, owner-only), and only
 * when every party has committed is that directory renamed into place. A crash or an error before
 * then leaves the data directory as it was.
 *
 * <p><b>Replacing.</b> A rename cannot replace a non-empty directory, so replacing takes two
 * renames in the same parent: the old directory aside to {@code .bango-data.old-*}, the new one
 * into place; then the old one is deleted. The old population stays whole until the new one is
 * complete; between the two renames (microseconds) the path is briefly absent, and a crash exactly
 * there leaves both directories whole under their temporary names. One writer at a time.
 */
public final class DataDirectory {

    /** The file that marks a directory as holding a whole population. */
    public static final String MANIFEST = "population.json";

    /** What the data directory's path holds now. */
    public enum Holds {
        /** Nothing: the path does not exist. */
        NOTHING,
        /** An empty directory, which a population may take over. */
        EMPTY_DIRECTORY,
        /** A population (it has a {@value #MANIFEST}). */
        POPULATION,
        /** A file, or a directory with other things in it: never written over. */
        SOMETHING_ELSE
    }

    private final Path target;

    public DataDirectory(Path path) {
        this.target = path.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new IllegalArgumentException("the data directory cannot be the file-system root");
        }
    }

    /** The data directory's absolute path. */
    public Path path() {
        return target;
    }

    /** What the path holds now. */
    public Holds holds() throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Holds.NOTHING;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return Holds.SOMETHING_ELSE;
        }
        if (Files.isRegularFile(target.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
            return Holds.POPULATION;
        }
        try (Stream<Path> entries = Files.list(target)) {
            return entries.findAny().isPresent() ? Holds.SOMETHING_ELSE : Holds.EMPTY_DIRECTORY;
        }
    }

    /** The manifest of the population the directory holds, if it holds one that can be read. */
    public Optional<PopulationManifest> manifest() {
        try {
            return Optional.of(PopulationManifest.read(target.resolve(MANIFEST)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Creates the staging directory beside the data directory.
     *
     * @throws IOException if the parent directory is missing or cannot be written
     */
    public Staging stage() throws IOException {
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            throw new NoSuchFileException(parent.toString(), null, "the data directory's parent is not a directory");
        }
        return new Staging(Files.createTempDirectory(parent, "." + target.getFileName() + ".new-"));
    }

    /** A population being written beside the data directory. */
    public final class Staging implements AutoCloseable {

        private final Path root;
        private boolean published;
        private boolean kept;
        private Path leftover;

        private Staging(Path root) {
            this.root = root;
        }

        /** The staging directory: write the population here. */
        public Path root() {
            return root;
        }

        /**
         * Forces every file to disk, then moves the staging directory into place.
         *
         * @param replace whether a population already there may be replaced
         * @throws PopulationExistsException if a population is there (perhaps written meanwhile)
         *     and {@code replace} is false
         * @throws IOException if the path holds something other than a population, or a move fails;
         *     the data directory is then as it was
         */
        public void publish(boolean replace) throws IOException, PopulationExistsException {
            if (published) {
                throw new IllegalStateException("already published");
            }
            if (!Files.isRegularFile(root.resolve(MANIFEST))) {
                throw new IllegalStateException("write the manifest before publishing");
            }
            forceTree(root);
            Holds holds = holds();
            switch (holds) {
                case SOMETHING_ELSE -> throw new IOException(target + " holds something other than a bango population");
                case POPULATION -> {
                    if (!replace) {
                        throw new PopulationExistsException(target + " already holds a population");
                    }
                    replaceTarget();
                }
                case NOTHING, EMPTY_DIRECTORY -> moveIntoPlace();
                default -> throw new AssertionError(holds);
            }
            published = true;
            forceDirectory(target.getParent());
        }

        private void moveIntoPlace() throws IOException, PopulationExistsException {
            try {
                // rename(2): takes the path if it is absent or an empty directory, else fails.
                Files.move(root, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw e;
            } catch (IOException e) {
                if (holds() == Holds.POPULATION) {
                    throw new PopulationExistsException(target + " was given a population while this one was written");
                }
                throw e;
            }
        }

        private void replaceTarget() throws IOException {
            Path parent = target.getParent();
            Path old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old-");
            Files.delete(old); // only its unique name is wanted
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(root, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                try {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException back) {
                    e.addSuppressed(back);
                    throw new IOException("could not move the new population into place, nor the old one back: "
                            + "the old population is whole in " + old + ", the new one in " + root, e);
                }
                throw e;
            }
            try {
                deleteTree(old);
            } catch (IOException e) {
                // The new population is in place; the old copy is only clutter.
                leftover = old;
            }
        }

        /** The old population's directory if it could not be deleted after the new one took its place. */
        public Optional<Path> leftover() {
            return Optional.ofNullable(leftover);
        }

        /** Keeps the staging directory on {@link #close()} even if it was not published. */
        public void keep() {
            kept = true;
        }

        /** Deletes the staging directory unless it was published or kept. */
        @Override
        public void close() throws IOException {
            if (!published && !kept) {
                deleteTree(root);
            }
        }
    }

    /** Deletes {@code dir} and everything in it; a missing {@code dir} is fine. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** fsync of every file and directory under {@code dir}, so the rename publishes data that is on disk. */
    private static void forceTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                        channel.force(true);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                forceDirectory(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can sync a directory; the files themselves are on disk.
        }
    }
}
