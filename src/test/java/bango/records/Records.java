package bango.records;

import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Records and journals for the tests. */
final class Records {

    static final InstitutionId PENSION = new InstitutionId(1);
    static final InstitutionId CITY = new InstitutionId(2);
    static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

    private Records() {
    }

    /** A valid code's text for a 128-bit value. */
    static String code(long high, long low) {
        return new InstitutionCode(high, low).text();
    }

    /** A request of {@code inquirer} to the city under {@code serial}, recorded by the inquirer. */
    static ProvisionRecord request(InstitutionId inquirer, long serial) {
        return ProvisionRecord.request(inquirer, CITY, 1, "住民票関係情報", serial, code(inquirer.value(), serial),
                T0.plusMillis(serial));
    }

    static ProvisionRecord request(long serial) {
        return request(PENSION, serial);
    }

    /** Appends every record, one after another, each durable before the next. */
    static void appendAll(RecordLog log, List<ProvisionRecord> records) {
        for (ProvisionRecord r : records) {
            log.append(r).join();
        }
    }

    /** Appends the records of each batch together (they may share a force), batch after batch. */
    static void appendBatches(RecordLog log, List<List<ProvisionRecord>> batches) {
        for (List<ProvisionRecord> batch : batches) {
            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (ProvisionRecord r : batch) {
                done.add(log.append(r));
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
        }
    }

    static List<ProvisionRecord> requests(int from, int count) {
        List<ProvisionRecord> records = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            records.add(request(i));
        }
        return records;
    }

    /** The journal's lines, each without its newline. */
    static List<String> lines(Path journal) throws IOException {
        return Files.readAllLines(journal, StandardCharsets.UTF_8);
    }

    /** Where each line starts, and the file's length at the end. */
    static long[] lineStarts(byte[] bytes) {
        List<Long> starts = new ArrayList<>(List.of(0L));
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                starts.add(i + 1L);
            }
        }
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    /** The line (counted from 1) that holds byte {@code offset}. */
    static int lineOf(byte[] bytes, long offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    static boolean isCommitLine(String line) {
        return line.startsWith("{\"hash\":\"") && line.startsWith("\",\"commit\":", 73);
    }
}
