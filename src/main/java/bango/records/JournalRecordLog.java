package bango.records;

import bango.codes.InstitutionId;
import bango.records.JournalFormat.LineProblem;
import bango.records.JournalScanner.Scan;
import bango.records.JournalScanner.Scanned;
import bango.records.RecordFailure.Reason;
import bango.records.VerificationResult.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;

/**
 * A party's record log kept in an append-only, hash-chained journal file (LOG-1, LOG-4), written
 * with group commit: one writer thread takes every append waiting, writes them and a commit line in
 * one write, forces the file once, and only then completes their futures. Under no load an append is
 * durable after one write and one force; under load the batches grow, so the forces per second stay
 * few while the records per second grow.
 *
 * <p><b>Fail closed.</b> If a write or a force fails, the batch's appends, every append waiting and
 * every later append fail with a {@link RecordFailure}; the file is cut back to its durable end
 * (if it still can be) and the log stays failed until it is reopened. Nothing is reported durable
 * (by a future, {@link #readAll} or {@link #find}) that was not forced to the disk.
 *
 * <p><b>Reads.</b> {@link #find} looks up an in-memory index of (inquirer, serial) rebuilt on open,
 * and reads the few lines it points to; {@link #readAll} reads the file's durable part, checking the
 * chain again. The records themselves are not kept in memory.
 *
 * <p>The futures are completed on the writer thread: an action attached with a non-async method
 * ({@code thenRun}, ...) runs there and holds up every later batch; attach with the
 * {@code ...Async} methods or wait with {@code join}.
 *
 * <p>One log per file: the file is locked while open ({@link JournalInUseException}).
 */
public final class JournalRecordLog implements RecordLog {

    /** The most records one write and force take by default. */
    static final int MAX_BATCH = 4096;

    /** The most appends waiting by default (beyond, the disk cannot keep up: they are refused). */
    static final int MAX_QUEUED = 1 << 16;

    /**
     * Bytes of zeros written ahead of the last batch by default. A force after an append that stays
     * within space already written flushes the data alone; one that grows the file must also write
     * the file's size and new blocks (measured on ext4: fdatasync of a small append, mean 172 µs and
     * p99 592-782 µs growing, 118 µs and p99 191-216 µs within written space).
     */
    static final int RESERVE = 256 * 1024;

    /**
     * How many records a batch may take, how many may wait, how many the journal may hold, and how
     * many bytes of zeros the writer keeps written ahead of its last batch (0: none).
     */
    record Limits(int maxBatch, int maxQueued, int maxRecords, int reserve) {

        static final Limits DEFAULT = new Limits(MAX_BATCH, MAX_QUEUED, SerialIndex.MAX_RECORDS, RESERVE);

        Limits {
            if (maxBatch < 1 || maxQueued < 1 || maxRecords < 0 || maxRecords > SerialIndex.MAX_RECORDS) {
                throw new IllegalArgumentException("a batch takes at least one record and at least one may wait");
            }
            if (reserve < 0) {
                throw new IllegalArgumentException("the reserve is 0 or more bytes");
            }
        }

        /** Limits with no space reserved ahead. */
        Limits(int maxBatch, int maxQueued, int maxRecords) {
            this(maxBatch, maxQueued, maxRecords, 0);
        }
    }

    /** An append waiting for the writer. */
    private record Pending(ProvisionRecord record, byte[] payload, CompletableFuture<Void> done) {
    }

    private final Path file;
    private final JournalChannel channel;
    private final RandomAccessFile reader;
    private final Limits limits;
    private final TornTail tornTail;
    private final Thread writer;

    // Appends waiting, and the log's state: guarded by lock.
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private List<Pending> queue = new ArrayList<>();
    private boolean closing;
    private RecordFailure failure;
    private volatile boolean closed;
    private boolean released;

    // What is durable: written by the writer thread only, read by anyone, guarded by durable.
    private final ReentrantReadWriteLock durable = new ReentrantReadWriteLock();
    private final SerialIndex index;
    private long durableLength;
    private byte[] head;

    // The writer thread's own.
    private final MessageDigest sha = JournalFormat.sha256();
    private ByteBuffer out = ByteBuffer.allocateDirect(1 << 16);
    private ByteBuffer zeros;
    /** Where the zeros written ahead of the last batch end (the file's length while the log is open). */
    private long reservedEnd;

    private JournalRecordLog(Path file, JournalChannel channel, Limits limits, SerialIndex index, long durableLength,
            byte[] head, TornTail tornTail) throws IOException {
        this.file = file;
        this.channel = channel;
        this.limits = limits;
        this.index = index;
        this.durableLength = durableLength;
        this.reservedEnd = durableLength;
        this.head = head;
        this.tornTail = tornTail;
        this.reader = new RandomAccessFile(file.toFile(), "r");
        this.writer = new Thread(this::writeLoop, "provision records " + file.getFileName());
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Opens the journal at {@code file}, creating it if it does not exist: checks its whole hash
     * chain, rebuilds the index, and cuts off a torn tail (reported by {@link #truncatedTail()}).
     *
     * @throws CorruptJournalException if the chain is broken before its last batch; nothing is written
     * @throws JournalInUseException if another log holds the journal open
     * @throws IOException if the file cannot be read, written or forced
     */
    public static JournalRecordLog open(Path file) throws IOException {
        return open(file, Limits.DEFAULT, UnaryOperator.identity());
    }

    /**
     * Opens the journal with batches of at most {@code maxBatch} records. {@code maxBatch = 1}
     * writes and forces every record on its own, without group commit: for measuring what group
     * commit gains.
     *
     * @throws IllegalArgumentException if {@code maxBatch} is less than 1
     */
    public static JournalRecordLog open(Path file, int maxBatch) throws IOException {
        return open(file, new Limits(maxBatch, MAX_QUEUED, SerialIndex.MAX_RECORDS, RESERVE), UnaryOperator.identity());
    }

    /** Opens the journal with the given limits, its writes passing through {@code faults}. */
    static JournalRecordLog open(Path file, Limits limits, UnaryOperator<JournalChannel> faults) throws IOException {
        boolean created = !Files.exists(file);
        FileChannel fc = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            if (!lock(fc)) {
                throw new JournalInUseException();
            }
            if (created) {
                forceDirectory(file.toAbsolutePath().getParent());
            }
            return recover(file, faults.apply(JournalChannel.of(fc)), limits, fc.size());
        } catch (IOException | RuntimeException | Error e) {
            fc.close();
            throw e;
        }
    }

    private static boolean lock(FileChannel fc) throws IOException {
        try {
            FileLock held = fc.tryLock();
            return held != null;
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }

    private static void forceDirectory(Path directory) throws IOException {
        try (FileChannel d = FileChannel.open(directory, StandardOpenOption.READ)) {
            d.force(true);
        }
    }

    /** Scans the journal, cuts off a torn tail, writes the header of a new one, and starts the log. */
    private static JournalRecordLog recover(Path file, JournalChannel channel, Limits limits, long size)
            throws IOException {
        SerialIndex index = new SerialIndex(limits.maxRecords());
        Scan scan;
        try (InputStream in = Files.newInputStream(file)) {
            scan = JournalScanner.scan(in, size, batch -> {
                for (Scanned s : batch) {
                    index.add(s.record().inquirer().value(), s.record().serial(), s.lineStart(), s.lineLength());
                }
            });
        } catch (IllegalStateException full) {
            throw new IOException("the journal holds more records than one log can index", full);
        }
        if (scan.status() == Status.BROKEN) {
            throw new CorruptJournalException(scan.firstBadLine(), scan.problem());
        }
        TornTail torn = null;
        if (scan.status() == Status.TORN_TAIL) {
            torn = new TornTail(scan.firstBadLine(), scan.tailLines(), size - scan.committedLength());
            channel.truncate(scan.committedLength());
            channel.force();
        } else if (size > scan.committedLength()) {
            channel.truncate(scan.committedLength()); // zeros reserved ahead by the last writer: not lines
        }
        long length = scan.committedLength();
        if (length == 0) {
            writeFully(channel, ByteBuffer.wrap(JournalFormat.HEADER_LINE), 0);
            channel.force();
            length = JournalFormat.HEADER_LINE.length;
        }
        return new JournalRecordLog(file, channel, limits, index, length, scan.head(), torn);
    }

    /**
     * Checks a journal's hash chain from its header to its end (LOG-4) without opening it for
     * writing: whether it is intact, ends in a torn tail, or is broken, and at which line.
     */
    public static VerificationResult verify(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return JournalScanner.scan(in, Long.MAX_VALUE, batch -> { }).result();
        } catch (IOException e) {
            return new VerificationResult(Status.UNREADABLE, 0, 0, 0, "the file could not be read: " + e, null);
        }
    }

    // --- Appending -------------------------------------------------------------------------------

    @Override
    public CompletableFuture<Void> append(ProvisionRecord record) {
        Objects.requireNonNull(record, "record");
        byte[] payload = JournalFormat.recordPayload(record);
        CompletableFuture<Void> done = new CompletableFuture<>();
        lock.lock();
        try {
            RecordFailure refused = closing ? new RecordFailure(Reason.CLOSED)
                    : failure != null ? new RecordFailure(Reason.FAILED_EARLIER, failure)
                    : queue.size() >= limits.maxQueued() ? new RecordFailure(Reason.OVERLOADED)
                    : null;
            if (refused != null) {
                return CompletableFuture.failedFuture(refused);
            }
            queue.add(new Pending(record, payload, done));
            work.signal();
        } finally {
            lock.unlock();
        }
        return done;
    }

    private void writeLoop() {
        List<Pending> batch = List.of();
        try {
            while ((batch = nextBatch()) != null) {
                commit(batch);
            }
        } catch (Throwable t) {
            // A bug, an interrupt, an Error: fail closed rather than leave anyone waiting.
            fail(batch, new RecordFailure(Reason.WRITE_FAILED, t));
        }
        lock.lock();
        boolean release;
        try {
            release = closing;
        } finally {
            lock.unlock();
        }
        if (release) {
            release();
        }
    }

    /** The next batch to write; null once the log is closing and drained, or has failed. */
    private List<Pending> nextBatch() throws InterruptedException {
        lock.lock();
        try {
            while (queue.isEmpty() && !closing && failure == null) {
                work.await();
            }
            if (failure != null || queue.isEmpty()) {
                return null;
            }
            if (queue.size() <= limits.maxBatch()) {
                List<Pending> batch = queue;
                queue = new ArrayList<>();
                return batch;
            }
            List<Pending> head = queue.subList(0, limits.maxBatch());
            List<Pending> batch = new ArrayList<>(head);
            head.clear();
            return batch;
        } finally {
            lock.unlock();
        }
    }

    /** Writes a batch and its commit line, forces, publishes, completes: or fails it all. */
    private void commit(List<Pending> batch) {
        int n = batch.size();
        if (!index.hasRoomFor(n)) {
            fail(batch, new RecordFailure(Reason.JOURNAL_FULL));
            return;
        }
        byte[] commit = JournalFormat.commitPayload(index.size() + (long) n, n, Instant.now());
        int bytes = commit.length + JournalFormat.LINE_OVERHEAD;
        for (Pending p : batch) {
            bytes += p.payload().length + JournalFormat.LINE_OVERHEAD;
        }
        if (out.capacity() < bytes) {
            out = ByteBuffer.allocateDirect(Math.max(bytes, 2 * out.capacity()));
        }
        out.clear();
        long position = durableLength;
        byte[] chain = head;
        int[] lineEnds = new int[n];
        for (int i = 0; i < n; i++) {
            chain = JournalFormat.putLine(out, chain, batch.get(i).payload(), sha);
            lineEnds[i] = out.position();
        }
        chain = JournalFormat.putLine(out, chain, commit, sha);
        out.flip();
        try {
            writeFully(channel, out, position);
            reserveAhead(position + bytes);
        } catch (IOException | RuntimeException e) {
            fail(batch, new RecordFailure(Reason.WRITE_FAILED, e));
            return;
        }
        try {
            channel.force();
        } catch (IOException | RuntimeException e) {
            fail(batch, new RecordFailure(Reason.FORCE_FAILED, e));
            return;
        }
        durable.writeLock().lock();
        try {
            int lineStart = 0;
            for (int i = 0; i < n; i++) {
                ProvisionRecord r = batch.get(i).record();
                index.add(r.inquirer().value(), r.serial(), position + lineStart, lineEnds[i] - lineStart);
                lineStart = lineEnds[i];
            }
            durableLength = position + bytes;
            head = chain;
        } finally {
            durable.writeLock().unlock();
        }
        for (Pending p : batch) {
            p.done().complete(null);
        }
    }

    /**
     * Keeps {@link Limits#reserve} bytes of zeros written after {@code end}, topping them up once
     * less than half is left, so that most forces flush data only. The same force makes them durable.
     */
    private void reserveAhead(long end) throws IOException {
        int reserve = limits.reserve();
        if (reserve == 0 || reservedEnd - end >= reserve / 2) {
            return;
        }
        if (zeros == null) {
            zeros = ByteBuffer.allocateDirect(1 << 16);
        }
        long at = Math.max(end, reservedEnd);
        long to = end + reserve;
        while (at < to) {
            zeros.clear();
            zeros.limit((int) Math.min(zeros.capacity(), to - at));
            writeFully(channel, zeros, at);
            at += zeros.limit();
        }
        reservedEnd = to;
    }

    private static void writeFully(JournalChannel channel, ByteBuffer source, long position) throws IOException {
        long at = position;
        while (source.hasRemaining()) {
            int written = channel.write(source, at);
            if (written <= 0) {
                throw new IOException("the file took no bytes");
            }
            at += written;
        }
    }

    /**
     * Fails the batch, every append waiting, and (by setting the failure) every later one; cuts the
     * file back to its durable end if it can.
     */
    private void fail(List<Pending> batch, RecordFailure cause) {
        List<Pending> waiting;
        lock.lock();
        try {
            if (failure == null) {
                failure = cause;
            }
            waiting = queue;
            queue = new ArrayList<>();
        } finally {
            lock.unlock();
        }
        try {
            channel.truncate(durableLength);
            reservedEnd = durableLength;
        } catch (IOException | RuntimeException e) {
            // The failure is reported already; lines past the durable end are an unfinished batch,
            // which the next open cuts off.
            cause.addSuppressed(e);
        }
        for (Pending p : batch) {
            p.done().completeExceptionally(cause);
        }
        for (Pending p : waiting) {
            p.done().completeExceptionally(new RecordFailure(Reason.FAILED_EARLIER, cause));
        }
    }

    // --- Reading ---------------------------------------------------------------------------------

    @Override
    public List<ProvisionRecord> readAll() {
        requireOpen();
        long length;
        durable.readLock().lock();
        try {
            length = durableLength;
        } finally {
            durable.readLock().unlock();
        }
        List<ProvisionRecord> all = new ArrayList<>();
        Scan scan;
        try (InputStream in = Files.newInputStream(file)) {
            scan = JournalScanner.scan(in, length, batch -> batch.forEach(s -> all.add(s.record())));
        } catch (IOException e) {
            throw readFailure(e);
        }
        if (scan.status() != Status.INTACT) {
            throw new RecordFailure(Reason.JOURNAL_CHANGED);
        }
        return List.copyOf(all);
    }

    @Override
    public List<ProvisionRecord> find(InstitutionId inquirer, long serial) {
        Objects.requireNonNull(inquirer, "inquirer");
        requireOpen();
        long[] starts;
        int[] lengths;
        durable.readLock().lock();
        try {
            int[] found = index.find(inquirer.value(), serial);
            starts = new long[found.length];
            lengths = new int[found.length];
            for (int i = 0; i < found.length; i++) {
                starts[i] = index.lineStart(found[i]);
                lengths[i] = index.lineLength(found[i]);
            }
        } finally {
            durable.readLock().unlock();
        }
        List<ProvisionRecord> records = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            ProvisionRecord r = readLine(starts[i], lengths[i]);
            if (!r.inquirer().equals(inquirer) || r.serial() != serial) {
                throw new RecordFailure(Reason.JOURNAL_CHANGED);
            }
            records.add(r);
        }
        return List.copyOf(records);
    }

    private ProvisionRecord readLine(long start, int length) {
        byte[] line = new byte[length];
        try {
            synchronized (reader) {
                reader.seek(start);
                reader.readFully(line);
            }
        } catch (IOException e) {
            throw readFailure(e);
        }
        try {
            if (line[length - 1] != '\n' || !JournalFormat.isRecord(line)) {
                throw new LineProblem("it is not a record line");
            }
            return JournalFormat.readRecord(line, length - 1);
        } catch (LineProblem e) {
            throw new RecordFailure(Reason.JOURNAL_CHANGED);
        }
    }

    private RecordFailure readFailure(IOException e) {
        return new RecordFailure(closed ? Reason.CLOSED : Reason.READ_FAILED, e);
    }

    private void requireOpen() {
        if (closed) {
            throw new RecordFailure(Reason.CLOSED);
        }
    }

    /** The head of the chain of durable records: anchor it elsewhere to show later that none was cut off. */
    public JournalHead head() {
        durable.readLock().lock();
        try {
            return new JournalHead(index.size(), JournalFormat.hex(head));
        } finally {
            durable.readLock().unlock();
        }
    }

    /** The unfinished batch that opening cut off the end of the journal, if there was one. */
    public Optional<TornTail> truncatedTail() {
        return Optional.ofNullable(tornTail);
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    // --- Closing ---------------------------------------------------------------------------------

    @Override
    public void close() {
        lock.lock();
        try {
            closing = true;
            work.signal();
        } finally {
            lock.unlock();
        }
        if (Thread.currentThread() == writer) {
            return; // the writer releases the file once it has drained the queue
        }
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        release();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes the file (and so releases its lock), once. */
    private void release() {
        lock.lock();
        try {
            if (released) {
                return;
            }
            released = true;
            closed = true;
        } finally {
            lock.unlock();
        }
        try {
            if (reservedEnd > durableLength) {
                channel.truncate(durableLength); // the reserved zeros: a closed journal ends with its last commit
            }
        } catch (IOException | RuntimeException e) {
            // Zeros after the last commit line are read as reserved space: nothing is lost.
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Everything reported durable was forced before; closing loses nothing.
        }
        try {
            reader.close();
        } catch (IOException e) {
            // Read-only.
        }
    }
}
