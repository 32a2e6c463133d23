package bango.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bango.Covers;
import bango.codes.InstitutionCode;
import bango.codes.InstitutionId;
import bango.records.VerificationResult.Status;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Any sequence of valid records, whatever their text, ids, serials and times, comes back from the
 * journal exactly, in order, across a close and a reopen; {@code find} agrees with a filter of it.
 */
@Covers({"LOG-1", "LOG-4"})
class RoundTripPropertiesTest {

    static final long SEED = 0x6C_6F_67_31L; // "log1"

    @TempDir(factory = MemoryTempDir.class)
    Path dir;

    static final Gen<Long> IDS = SourceDSL.longs().between(0, 3).mix(SourceDSL.longs().between(0, Long.MAX_VALUE), 25);
    static final Gen<Long> SERIALS = SourceDSL.longs().between(0, 4).mix(SourceDSL.longs().between(0, Long.MAX_VALUE), 25);
    static final Gen<Integer> ITEMS = SourceDSL.integers().between(1, 173).mix(SourceDSL.integers().between(1, Integer.MAX_VALUE), 20);
    static final Gen<Long> WORDS = SourceDSL.longs().all();
    static final Gen<Instant> INSTANTS = SourceDSL.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
            .mix(SourceDSL.longs().between(1_700_000_000L, 1_900_000_000L), 70)
            .zip(SourceDSL.integers().between(0, 999_999_999), Instant::ofEpochSecond);

    /** Well-formed, non-blank text of up to 40 code points, any plane, controls and quotes included. */
    static Gen<String> text() {
        return SourceDSL.strings().betweenCodePoints(0, Character.MAX_CODE_POINT).ofLengthBetween(1, 40)
                .mix(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(1, 10), 30)
                .map(s -> {
                    StringBuilder b = new StringBuilder();
                    s.codePoints().forEach(c -> b.appendCodePoint(Character.isSurrogate((char) c) && c <= 0xFFFF ? '?' : c));
                    return b.toString().isBlank() ? "x" + b : b.toString();
                });
    }

    static Gen<String> person() {
        Gen<String> code = WORDS.zip(WORDS, (h, l) -> new InstitutionCode(h >>> 1, l).text());
        return Generate.booleans().zip(code, code, (core, a, b) -> core ? a + ">" + b : a);
    }

    static Gen<ProvisionRecord> records() {
        Gen<RecordKind> kinds = Generate.enumValues(RecordKind.class);
        Gen<String> texts = text();
        Gen<String> persons = person();
        return in -> {
            RecordKind kind = kinds.generate(in);
            return new ProvisionRecord(kind, new InstitutionId(IDS.generate(in)), new InstitutionId(IDS.generate(in)),
                    ITEMS.generate(in), texts.generate(in), SERIALS.generate(in), persons.generate(in),
                    INSTANTS.generate(in), kind == RecordKind.PROVISION ? INSTANTS.generate(in) : null,
                    kind == RecordKind.HOLD || kind == RecordKind.REFUSAL ? texts.generate(in) : null);
        };
    }

    static void append(RecordLog log, List<ProvisionRecord> records) {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        records.forEach(r -> done.add(log.append(r)));
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
    }

    @Test
    void anySequenceOfRecordsRoundTripsThroughCloseAndReopen() {
        AtomicInteger example = new AtomicInteger();
        QuickTheory.qt().withFixedSeed(SEED).withExamples(60)
                .forAll(SourceDSL.lists().of(records()).ofSizeBetween(0, 30), SourceDSL.integers().between(0, 30))
                .checkAssert((records, split) -> {
                    Path journal = dir.resolve("j" + example.incrementAndGet());
                    int cut = Math.min(split, records.size());
                    try {
                        JournalHead head;
                        try (JournalRecordLog log = JournalRecordLog.open(journal)) {
                            append(log, records.subList(0, cut));
                        }
                        try (JournalRecordLog log = JournalRecordLog.open(journal)) {
                            assertEquals(records.subList(0, cut), log.readAll());
                            append(log, records.subList(cut, records.size()));
                            head = log.head();
                        }
                        try (JournalRecordLog log = JournalRecordLog.open(journal)) {
                            assertEquals(records, log.readAll());
                            assertEquals(head, log.head());
                            Set<List<Long>> keys = new LinkedHashSet<>();
                            records.forEach(r -> keys.add(List.of(r.inquirer().value(), r.serial())));
                            for (List<Long> k : keys) {
                                List<ProvisionRecord> expected = records.stream()
                                        .filter(r -> r.inquirer().value() == k.get(0) && r.serial() == k.get(1)).toList();
                                assertEquals(expected, log.find(new InstitutionId(k.get(0)), k.get(1)));
                            }
                        }
                        VerificationResult v = JournalRecordLog.verify(journal);
                        assertEquals(Status.INTACT, v.status());
                        assertEquals(records.size(), v.records());
                        assertEquals(head.hash(), v.head());
                        Files.delete(journal);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** A record's line is written field by field; it must be what Jackson's data binding writes for its {@code Body}. */
    @Test
    void aRecordIsWrittenAsDataBindingWritesItsBody() {
        ObjectWriter bound = JsonMapper.builder().build().writerFor(JournalFormat.Body.class);
        QuickTheory.qt().withFixedSeed(SEED).withExamples(3_000).forAll(records()).checkAssert(r -> {
            JournalFormat.Body body = new JournalFormat.Body(r.kind(), r.inquirer().value(), r.provider().value(),
                    r.item(), r.category(), r.serial(), r.person(), r.requestedAt().toString(),
                    r.providedAt() == null ? null : r.providedAt().toString(), r.reason());
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            try {
                expected.write("\"record\":".getBytes(StandardCharsets.US_ASCII));
                expected.write(bound.writeValueAsBytes(body));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertArrayEquals(expected.toByteArray(), JournalFormat.recordPayload(r), r::toString);
        });
    }
}
