package bango.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import bango.Covers;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The journal's times are written exactly as {@link Instant#toString()} writes them. */
@Covers("LOG-1")
class InstantTextTest {

    @Test
    void eachFractionEachEdgeOfTheFourDigitYears() {
        for (String t : new String[] {"2026-12-03T06:18:51Z", "2026-12-03T06:18:51.100Z", "2026-12-03T06:18:51.000100Z",
            "2026-12-03T06:18:51.000000001Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
            "-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.5Z"}) {
            Instant i = Instant.parse(t);
            assertEquals(i.toString(), InstantText.of(i), t);
        }
        assertEquals(Instant.MIN.toString(), InstantText.of(Instant.MIN));
        assertEquals(Instant.MAX.toString(), InstantText.of(Instant.MAX));
    }

    @Test
    void anyInstantIsWrittenAsToStringWritesIt() {
        Gen<Long> seconds = SourceDSL.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                .mix(SourceDSL.longs().between(-62_167_219_300L, 253_402_300_900L), 80);
        Gen<Integer> nanos = SourceDSL.integers().between(0, 999_999_999)
                .mix(SourceDSL.integers().between(0, 999).map(n -> n * 1_000_000), 30)
                .mix(SourceDSL.integers().between(0, 999_999).map(n -> n * 1_000), 20)
                .mix(SourceDSL.integers().between(0, 0), 10);
        qt().withFixedSeed(0x69_73_6F_38L).withExamples(20_000).forAll(seconds, nanos).checkAssert((s, n) -> {
            Instant i = Instant.ofEpochSecond(s, n);
            assertEquals(i.toString(), InstantText.of(i));
        });
    }
}
