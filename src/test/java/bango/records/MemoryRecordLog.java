package bango.records;

import bango.codes.InstitutionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * A record log in memory for the services' unit tests: durable at once, unless a test makes the
 * next appends fail ({@link #failWhen}) or hold them back until it lets them through
 * ({@link #holdBack}, {@link #letThrough}). The journal itself is tested in this package.
 */
public final class MemoryRecordLog implements RecordLog {

    private final List<ProvisionRecord> durable = new ArrayList<>();
    private final List<Held> held = new ArrayList<>();
    private Predicate<ProvisionRecord> fails = r -> false;
    private boolean holding;
    private int appends;

    private record Held(ProvisionRecord record, CompletableFuture<Void> done) {
    }

    public MemoryRecordLog() {
    }

    /** A log that already holds {@code records} (as a party's journal does after a restart). */
    public MemoryRecordLog(List<ProvisionRecord> records) {
        durable.addAll(records);
    }

    /** Appends of records matching {@code failing} fail with {@link RecordFailure} (nothing is kept). */
    public synchronized MemoryRecordLog failWhen(Predicate<ProvisionRecord> failing) {
        this.fails = Objects.requireNonNull(failing, "failing");
        return this;
    }

    /** Every append fails from now on ({@code true}) or none does ({@code false}). */
    public MemoryRecordLog failing(boolean failing) {
        return failWhen(r -> failing);
    }

    /** Appends from now on stay pending until {@link #letThrough}. */
    public synchronized void holdBack() {
        holding = true;
    }

    /** Makes every pending append durable, in order, and stops holding back. */
    public void letThrough() {
        List<Held> release;
        synchronized (this) {
            holding = false;
            release = List.copyOf(held);
            held.clear();
            release.forEach(h -> durable.add(h.record()));
        }
        release.forEach(h -> h.done().complete(null));
    }

    /** Appends attempted so far, failed and pending ones included. */
    public synchronized int appends() {
        return appends;
    }

    @Override
    public CompletableFuture<Void> append(ProvisionRecord record) {
        Objects.requireNonNull(record, "record");
        synchronized (this) {
            appends++;
            if (fails.test(record)) {
                return CompletableFuture.failedFuture(new RecordFailure(RecordFailure.Reason.WRITE_FAILED));
            }
            if (holding) {
                CompletableFuture<Void> done = new CompletableFuture<>();
                held.add(new Held(record, done));
                return done;
            }
            durable.add(record);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized List<ProvisionRecord> readAll() {
        return List.copyOf(durable);
    }

    @Override
    public synchronized List<ProvisionRecord> find(InstitutionId inquirer, long serial) {
        return durable.stream().filter(r -> r.inquirer().equals(inquirer) && r.serial() == serial).toList();
    }

    /** The durable records of one kind. */
    public synchronized List<ProvisionRecord> of(RecordKind kind) {
        return durable.stream().filter(r -> r.kind() == kind).toList();
    }

    @Override
    public void close() {
    }
}
