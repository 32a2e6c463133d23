package bango.records;

import bango.codes.InstitutionId;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A party's record log (LOG-1): every request, provision, hold and refusal it takes part in. A
 * provision may be released only once its record is durable; if the record cannot be made durable
 * the provision is refused.
 */
public interface RecordLog extends AutoCloseable {

    /**
     * Appends a record. The future completes once the record is durable, or exceptionally with a
     * {@link RecordFailure} if it cannot be made durable (then the record is not reported by
     * {@link #readAll()} or {@link #find}). Never blocks the caller on disk I/O.
     *
     * @throws NullPointerException if {@code record} is null
     */
    CompletableFuture<Void> append(ProvisionRecord record);

    /**
     * Every durable record, in append order.
     *
     * @throws RecordFailure if the log is closed or its records cannot be read
     */
    List<ProvisionRecord> readAll();

    /**
     * The durable records of one processing serial of one inquirer, in append order (for idempotent
     * answers to a repeated serial); empty if there are none.
     *
     * @throws RecordFailure if the log is closed or its records cannot be read
     */
    List<ProvisionRecord> find(InstitutionId inquirer, long serial);

    /** Makes every record accepted so far durable (or fails it), then refuses further appends. */
    @Override
    void close();
}
