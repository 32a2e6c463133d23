package bango.records;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A journal channel over the real file that fails, stalls or writes short where a test says: the
 * disk of the fail-closed tests. Faults are armed after the log is open and apply to the next call.
 */
final class FaultyChannel implements JournalChannel {

    private final JournalChannel disk;
    final AtomicInteger writes = new AtomicInteger();
    final AtomicInteger forces = new AtomicInteger();

    /** The hold the next write waits on (taken by that write). */
    private volatile CountDownLatch gate;
    /** The hold in force, for {@link #release()}. */
    private volatile CountDownLatch stall;
    private volatile CountDownLatch held;
    private volatile int partialBytes = -1;
    private volatile IOException writeFault;
    private volatile RuntimeException writeBug;
    private volatile Throwable forceFault;
    private volatile IOException truncateFault;
    private volatile int maxBytesPerWrite = Integer.MAX_VALUE;
    private volatile boolean writeNothing;

    FaultyChannel(JournalChannel disk) {
        this.disk = disk;
    }

    /** The next write waits until {@link #release()}. */
    void hold() {
        CountDownLatch g = new CountDownLatch(1);
        held = new CountDownLatch(1);
        stall = g;
        gate = g;
    }

    /** Waits until the writer is stalled in a held write. */
    void awaitHeld() throws InterruptedException {
        if (!held.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the writer never reached the held write");
        }
    }

    void release() {
        stall.countDown();
    }

    /** The next write puts {@code bytes} bytes on the disk and then fails with {@code fault}. */
    void failNextWrite(int bytes, IOException fault) {
        partialBytes = bytes;
        writeFault = fault;
    }

    /** The next write throws an unchecked exception, as a bug in a file system driver might. */
    void breakNextWrite(RuntimeException bug) {
        writeBug = bug;
    }

    /** The next force fails with {@code fault} (an IOException, a RuntimeException or an Error). */
    void failNextForce(Throwable fault) {
        forceFault = fault;
    }

    /** Every truncation fails from now on. */
    void failTruncate(IOException fault) {
        truncateFault = fault;
    }

    /** Writes put at most {@code bytes} bytes on the disk per call. */
    void writeAtMost(int bytes) {
        maxBytesPerWrite = bytes;
    }

    /** The next write writes nothing and says so. */
    void writeNothingNext() {
        writeNothing = true;
    }

    @Override
    public int write(ByteBuffer source, long position) throws IOException {
        writes.incrementAndGet();
        // The faults armed when the call starts: a held write is not hit by faults armed while it waits.
        RuntimeException bug = writeBug;
        writeBug = null;
        boolean nothing = writeNothing;
        writeNothing = false;
        IOException fault = writeFault;
        writeFault = null;
        CountDownLatch g = gate;
        if (g != null) {
            gate = null;
            held.countDown();
            try {
                g.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }
        if (bug != null) {
            throw bug;
        }
        if (nothing) {
            return 0;
        }
        if (fault != null) {
            ByteBuffer part = source.duplicate();
            part.limit(part.position() + Math.min(partialBytes, part.remaining()));
            disk.write(part, position);
            throw fault;
        }
        ByteBuffer part = source.duplicate();
        part.limit(part.position() + Math.min(maxBytesPerWrite, part.remaining()));
        int n = disk.write(part, position);
        source.position(source.position() + n);
        return n;
    }

    @Override
    public void force() throws IOException {
        forces.incrementAndGet();
        Throwable fault = forceFault;
        if (fault != null) {
            forceFault = null;
            if (fault instanceof IOException e) {
                throw e;
            }
            if (fault instanceof RuntimeException e) {
                throw e;
            }
            throw (Error) fault;
        }
        disk.force();
    }

    @Override
    public void truncate(long size) throws IOException {
        IOException fault = truncateFault;
        if (fault != null) {
            throw fault;
        }
        disk.truncate(size);
    }

    @Override
    public void close() throws IOException {
        disk.close();
    }
}
