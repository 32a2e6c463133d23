/**
 * The provision records (提供等の記録, 番号利用法23条; LOG-1, LOG-4): every party of the information
 * provision network (each institution's intermediate server as inquirer or provider, and the core
 * system) records every request, provision, hold and refusal, and a provision is released only
 * once its records are durable. A party that cannot record refuses (fail closed).
 *
 * <p>A party's {@link bango.records.RecordLog} is a {@link bango.records.JournalRecordLog}: one
 * append-only journal file per party, written with group commit (one force of the file for every
 * batch of concurrent appends).
 *
 * <h2>The journal file</h2>
 *
 * UTF-8 text, one line per entry, each ending in {@code '\n'}:
 *
 * <pre>
 * {"journal":"bango provision records","format":1}
 * {"hash":"9f2c…","record":{"kind":"REQUEST","inquirer":1,"provider":2,"item":1,"category":"…","serial":7,"person":"…","requestedAt":"2026-11-30T09:00:00Z"}}
 * {"hash":"41d0…","record":{"kind":"PROVISION",…,"requestedAt":"…","providedAt":"2026-11-30T09:00:00.004Z"}}
 * {"hash":"7be3…","commit":{"records":2,"batch":2,"at":"2026-11-30T09:00:00.006Z"}}
 * </pre>
 *
 * <ul>
 *   <li>The first line is the header above, exactly.</li>
 *   <li>Every other line is {@code {"hash":"<64 lower-case hex digits>",<payload>}}, where the payload
 *       is {@code "record":<record>} or {@code "commit":<commit>}. The hash is SHA-256 of the
 *       previous line's hash (32 bytes; for the first line after the header, SHA-256 of the header
 *       line with its newline) followed by the payload's bytes: the lines form a chain, and changing,
 *       removing, inserting or reordering any line breaks it from there on.</li>
 *   <li>A record is a JSON object with {@code kind}, {@code inquirer} and {@code provider} (institution
 *       ids), {@code item}, {@code category}, {@code serial}, {@code person} (the recording party's
 *       institution code, or the core's two joined by {@code >}), {@code requestedAt} and, when
 *       present, {@code providedAt} (ISO-8601 instants) and {@code reason}.</li>
 *   <li>Every batch the writer writes ends with a commit line counting the records up to it and in
 *       the batch, and the time it was written. A batch is reported durable only after it and its
 *       commit line were forced to the disk.</li>
 *   <li>While the journal is open, the file may continue after its last line with zero bytes, and
 *       nothing else, to its end: space the writer keeps written ahead of itself, so that a force
 *       need not grow the file. They are not lines; opening and closing cut them off.</li>
 * </ul>
 *
 * <p>Opening a journal checks the whole chain. Lines after the last commit line are an unfinished
 * batch (a crash while writing it) when no later batch's commit line follows them: they are cut
 * off and reported ({@link bango.records.TornTail}). Any other break refuses the journal
 * ({@link bango.records.CorruptJournalException}) and writes nothing.
 * {@link bango.records.JournalRecordLog#verify} reports the same without opening the journal.
 *
 * <p>A hash chain shows a change in the middle but not records cut off the end, nor a chain rewritten
 * from the start by whoever can write the file: anchoring the {@link bango.records.JournalHead}
 * elsewhere (another party, a report) shows both.
 */
package bango.records;
