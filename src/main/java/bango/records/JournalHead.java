package bango.records;

/**
 * The head of a journal's hash chain: how many durable records it holds and the hash of its last
 * line. Recording the head somewhere else (another party, a printed report) lets a later
 * {@link JournalRecordLog#verify} show that no record was cut off the end, which the chain alone
 * cannot show.
 *
 * @param records durable records in the journal
 * @param hash the SHA-256 hash of the last line, in hexadecimal
 */
public record JournalHead(long records, String hash) {
}
