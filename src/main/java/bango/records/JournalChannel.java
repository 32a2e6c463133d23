package bango.records;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The journal file as its writer uses it: positional writes, forcing, truncating. A seam so that
 * tests can make the disk fail (I/O errors, a full disk, short writes) where they choose.
 */
interface JournalChannel extends Closeable {

    /** Writes some of {@code source} at {@code position}; returns how many bytes it wrote. */
    int write(ByteBuffer source, long position) throws IOException;

    /** Forces everything written to the disk (the file's data and what is needed to read it back). */
    void force() throws IOException;

    /** Cuts the file to {@code size} bytes. */
    void truncate(long size) throws IOException;

    /** A journal channel over a file channel. */
    static JournalChannel of(FileChannel file) {
        return new JournalChannel() {
            @Override
            public int write(ByteBuffer source, long position) throws IOException {
                return file.write(source, position);
            }

            @Override
            public void force() throws IOException {
                file.force(false);
            }

            @Override
            public void truncate(long size) throws IOException {
                file.truncate(size);
            }

            @Override
            public void close() throws IOException {
                file.close();
            }
        };
    }
}
