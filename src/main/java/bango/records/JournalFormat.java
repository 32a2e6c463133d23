package bango.records;

import bango.codes.InstitutionId;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * The journal's file format (see the package documentation): a header line, then one line per
 * record and one commit line per batch, each line {@code {"hash":"<64 hex>",<payload>}} where the
 * hash is SHA-256 of the previous line's hash and the payload's bytes.
 */
final class JournalFormat {

    /** The first line of every journal, without its newline. */
    static final String HEADER = "{\"journal\":\"bango provision records\",\"format\":1}";

    static final byte[] HEADER_LINE = (HEADER + "\n").getBytes(StandardCharsets.US_ASCII);

    /** The hash the chain starts from: SHA-256 of the header line. */
    static final byte[] GENESIS = sha256().digest(HEADER_LINE);

    private static final byte[] PREFIX = "{\"hash\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final int HASH_BYTES = 32;
    private static final int HASH_END = PREFIX.length + 2 * HASH_BYTES;
    /** Where the payload starts: after the prefix, the hash and {@code ",}. */
    static final int PAYLOAD_START = HASH_END + 2;
    private static final byte[] RECORD_KEY = "\"record\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMIT_KEY = "\"commit\":".getBytes(StandardCharsets.US_ASCII);
    /** A line's bytes besides its payload: prefix, hash, {@code ",}, {@code }} and the newline. */
    static final int LINE_OVERHEAD = PAYLOAD_START + 2;

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    private static final ObjectReader BODY_READER = JSON.readerFor(Body.class);
    private static final ObjectWriter COMMIT_WRITER = JSON.writerFor(Commit.class);
    private static final ObjectReader COMMIT_READER = JSON.readerFor(Commit.class);

    private JournalFormat() {
    }

    /** A record as stored: times as ISO-8601 instants, absent fields left out. */
    @JsonPropertyOrder({"kind", "inquirer", "provider", "item", "category", "serial", "person", "requestedAt",
        "providedAt", "reason"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Body(RecordKind kind, Long inquirer, Long provider, Integer item, String category, Long serial,
            String person, String requestedAt, String providedAt, String reason) {
    }

    /**
     * The line that ends a batch.
     *
     * @param records records in the journal up to and including this batch
     * @param batch records in this batch
     * @param at when the batch was written (the journal's clock)
     */
    @JsonPropertyOrder({"records", "batch", "at"})
    record Commit(Long records, Integer batch, String at) {
    }

    /** A line that is not where it should be in the chain, or not a journal line at all. */
    static final class LineProblem extends Exception {
        LineProblem(String problem) {
            super(problem, null, false, false);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The payload of a record's line: {@link Body}'s fields in its order, absent ones left out,
     * written field by field (the bytes Jackson's data binding writes for a {@link Body}, without its reflection).
     */
    static byte[] recordPayload(ProvisionRecord r) {
        LineBytes out = new LineBytes(RECORD_KEY);
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("kind", r.kind().name());
            g.writeNumberField("inquirer", r.inquirer().value());
            g.writeNumberField("provider", r.provider().value());
            g.writeNumberField("item", r.item());
            stringField(g, "category", r.category());
            g.writeNumberField("serial", r.serial());
            stringField(g, "person", r.person());
            g.writeStringField("requestedAt", InstantText.of(r.requestedAt()));
            stringField(g, "providedAt", r.providedAt() == null ? null : InstantText.of(r.providedAt()));
            stringField(g, "reason", r.reason());
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("a journal line could not be written as JSON", e);
        }
        return out.bytes;
    }

    /**
     * What a generator writes, behind a prefix, in one array of the exact size: a line is shorter
     * than the generator's buffer, which it hands over once, when it closes.
     */
    private static final class LineBytes extends OutputStream {
        private byte[] bytes;

        LineBytes(byte[] prefix) {
            this.bytes = prefix;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            byte[] longer = Arrays.copyOf(bytes, bytes.length + len);
            System.arraycopy(b, off, longer, bytes.length, len);
            bytes = longer;
        }
    }

    private static void stringField(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    /** The payload of a batch's commit line. */
    static byte[] commitPayload(long records, int batch, Instant at) {
        return payload(COMMIT_KEY, COMMIT_WRITER, new Commit(records, batch, InstantText.of(at)));
    }

    private static byte[] payload(byte[] key, ObjectWriter writer, Object value) {
        byte[] json;
        try {
            json = writer.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journal line could not be written as JSON", e);
        }
        byte[] payload = new byte[key.length + json.length];
        System.arraycopy(key, 0, payload, 0, key.length);
        System.arraycopy(json, 0, payload, key.length, json.length);
        return payload;
    }

    /**
     * Puts the line of {@code payload} into {@code out} and returns its hash, which chains from
     * {@code previous}.
     */
    static byte[] putLine(ByteBuffer out, byte[] previous, byte[] payload, MessageDigest sha) {
        sha.update(previous);
        byte[] hash = sha.digest(payload);
        out.put(PREFIX);
        for (byte b : hash) {
            out.put(HEX[(b >> 4) & 0xF]).put(HEX[b & 0xF]);
        }
        out.put((byte) '"').put((byte) ',').put(payload).put((byte) '}').put((byte) '\n');
        return hash;
    }

    /**
     * Checks a line's layout and that its hash follows from {@code previous}, and returns the hash.
     *
     * @param line the line without its newline, in {@code line[0..length)}
     */
    static byte[] checkLine(byte[] line, int length, byte[] previous, MessageDigest sha) throws LineProblem {
        if (length < LINE_OVERHEAD - 1 + RECORD_KEY.length || !startsWith(line, 0, PREFIX)
                || line[HASH_END] != '"' || line[HASH_END + 1] != ',' || line[length - 1] != '}') {
            throw new LineProblem("it is not a journal line");
        }
        byte[] stated = new byte[HASH_BYTES];
        for (int i = 0; i < HASH_BYTES; i++) {
            int high = hexDigit(line[PREFIX.length + 2 * i]);
            int low = hexDigit(line[PREFIX.length + 2 * i + 1]);
            if (high < 0 || low < 0) {
                throw new LineProblem("its hash is not 64 lower-case hexadecimal digits");
            }
            stated[i] = (byte) (high << 4 | low);
        }
        sha.update(previous);
        sha.update(line, PAYLOAD_START, length - 1 - PAYLOAD_START);
        byte[] actual = sha.digest();
        if (!MessageDigest.isEqual(stated, actual)) {
            throw new LineProblem("its hash does not follow from the line before it");
        }
        return actual;
    }

    private static int hexDigit(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        return b >= 'a' && b <= 'f' ? b - 'a' + 10 : -1;
    }

    /** Whether a line (of at least the length of a commit line's start) is a commit line. */
    static boolean isCommit(byte[] line, int length) {
        return length >= PAYLOAD_START + COMMIT_KEY.length && startsWith(line, PAYLOAD_START, COMMIT_KEY);
    }

    /** Whether a line checked by {@link #checkLine} is a record line. */
    static boolean isRecord(byte[] line) {
        return startsWith(line, PAYLOAD_START, RECORD_KEY);
    }

    private static boolean startsWith(byte[] line, int at, byte[] expected) {
        for (int i = 0; i < expected.length; i++) {
            if (line[at + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** The record of a record line checked by {@link #checkLine}. */
    static ProvisionRecord readRecord(byte[] line, int length) throws LineProblem {
        Body b = read(BODY_READER, line, RECORD_KEY, length, "its record is not a provision record in JSON");
        try {
            if (b.inquirer() == null || b.provider() == null || b.item() == null || b.serial() == null) {
                throw new LineProblem("its record lacks a party, the item or the serial");
            }
            return new ProvisionRecord(b.kind(), new InstitutionId(b.inquirer()), new InstitutionId(b.provider()),
                    b.item(), b.category(), b.serial(), b.person(), instant(b.requestedAt()),
                    instant(b.providedAt()), b.reason());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // The rule, not the value: the value may be an identifier.
            throw new LineProblem("its record is not valid: " + (e instanceof DateTimeParseException
                    ? "a time is not an ISO-8601 instant" : e.getMessage()));
        }
    }

    /** The commit of a commit line checked by {@link #checkLine}. */
    static Commit readCommit(byte[] line, int length) throws LineProblem {
        Commit c = read(COMMIT_READER, line, COMMIT_KEY, length, "its commit is not a commit in JSON");
        if (c.records() == null || c.batch() == null) {
            throw new LineProblem("its commit lacks its counts");
        }
        return c;
    }

    private static <T> T read(ObjectReader reader, byte[] line, byte[] key, int length, String problem)
            throws LineProblem {
        int from = PAYLOAD_START + key.length;
        try {
            T value = reader.readValue(line, from, length - 1 - from);
            if (value == null) {
                throw new LineProblem(problem);
            }
            return value;
        } catch (IOException e) {
            // Jackson's message quotes the content, which may hold an identifier.
            throw new LineProblem(problem);
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    static String hex(byte[] hash) {
        StringBuilder b = new StringBuilder(2 * hash.length);
        for (byte x : hash) {
            b.append((char) HEX[(x >> 4) & 0xF]).append((char) HEX[x & 0xF]);
        }
        return b.toString();
    }
}
