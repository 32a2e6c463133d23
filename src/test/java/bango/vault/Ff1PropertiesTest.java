package bango.vault;

import bango.Covers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.BitSet;
import java.util.SplittableRandom;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/** Properties of {@link Ff1}, checked with QuickTheories from a fixed seed. */
@Covers({"ID-3", "ID-4"})
class Ff1PropertiesTest {

    private static final long SEED = 0x5EED_FF1L;

    /** Two keys of each AES size, so instances (and their caches) are reused across examples. */
    private static final Ff1[] CIPHERS = new Ff1[6];

    static {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < CIPHERS.length; i++) {
            byte[] key = new byte[16 + 8 * (i % 3)];
            random.nextBytes(key);
            CIPHERS[i] = new Ff1(new SecretKeySpec(key, "AES"));
        }
    }

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(SEED);
    }

    private static Gen<Ff1> ciphers() {
        return integers().between(0, CIPHERS.length - 1).map(i -> CIPHERS[i]);
    }

    private static Gen<Integer> digits() {
        return integers().between(Ff1.MIN_DIGITS, Ff1.MAX_DIGITS);
    }

    /** Tweaks of 0..40 bytes; a few repeat so the per-(digits, tweak) cache is hit and missed. */
    private static Gen<byte[]> tweaks() {
        return integers().between(0, 40).zip(longs().between(0, 7), (length, seed) -> {
            byte[] tweak = new byte[length];
            new SplittableRandom(seed).nextBytes(tweak);
            return tweak;
        });
    }

    @Test
    void decryptInvertsEncrypt() {
        qt().withExamples(5_000)
                .forAll(ciphers(), digits(), longs().between(0, 999_999_999_999_999_999L), tweaks())
                .checkAssert((ff1, digits, raw, tweak) -> {
                    long x = raw % Ff1VectorsTest.pow10(digits);
                    long y = ff1.encrypt(x, digits, tweak);
                    assertTrue(y >= 0 && y < Ff1VectorsTest.pow10(digits), "ciphertext in range");
                    assertEquals(x, ff1.decrypt(y, digits, tweak));
                    // and the other way round: encrypt inverts decrypt
                    assertEquals(x, ff1.encrypt(ff1.decrypt(x, digits, tweak), digits, tweak));
                });
    }

    @Test
    void batchEqualsSingle() {
        qt().withExamples(200)
                .forAll(ciphers(), digits(), tweaks(), integers().between(0, 1_300))
                .checkAssert((ff1, digits, tweak, count) -> {
                    SplittableRandom random = new SplittableRandom(count * 31L + digits);
                    long[] in = new long[count + random.nextInt(3)]; // arrays may be longer than count
                    for (int k = 0; k < in.length; k++) {
                        in[k] = random.nextLong(Ff1VectorsTest.pow10(digits));
                    }
                    long[] enc = new long[in.length];
                    ff1.encrypt(in, enc, count, digits, tweak);
                    for (int k = 0; k < count; k++) {
                        assertEquals(ff1.encrypt(in[k], digits, tweak), enc[k], "encrypt at " + k);
                    }
                    for (int k = count; k < in.length; k++) {
                        assertEquals(0, enc[k], "untouched beyond count");
                    }
                    long[] dec = new long[in.length];
                    ff1.decrypt(enc, dec, count, digits, tweak);
                    for (int k = 0; k < count; k++) {
                        assertEquals(ff1.decrypt(enc[k], digits, tweak), dec[k], "decrypt at " + k);
                        assertEquals(in[k], dec[k], "round trip at " + k);
                    }
                    // in place
                    long[] same = enc.clone();
                    ff1.decrypt(same, same, count, digits, tweak);
                    for (int k = 0; k < count; k++) {
                        assertEquals(in[k], same[k], "in-place decrypt at " + k);
                    }
                });
    }

    @Test
    void sixDigitDomainIsPermuted() {
        Ff1 ff1 = CIPHERS[2];
        byte[] tweak = {0, 0, 0, 0};
        int size = 1_000_000;
        long[] all = new long[size];
        for (int x = 0; x < size; x++) {
            all[x] = x;
        }
        long[] enc = new long[size];
        ff1.encrypt(all, enc, size, 6, tweak);
        BitSet seen = new BitSet(size);
        for (int x = 0; x < size; x++) {
            assertTrue(enc[x] >= 0 && enc[x] < size, "in range");
            assertTrue(!seen.get((int) enc[x]), "distinct");
            seen.set((int) enc[x]);
        }
        assertEquals(size, seen.cardinality());
        long[] dec = new long[size];
        ff1.decrypt(enc, dec, size, 6, tweak);
        assertArrayEquals(all, dec);
    }

    @Test
    void tweakSelectsAnotherPermutation() {
        long[] in = new long[1_000];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int k = 0; k < in.length; k++) {
            in[k] = random.nextLong(100_000_000_000L);
        }
        long[] gen0 = new long[in.length];
        long[] gen1 = new long[in.length];
        CIPHERS[2].encrypt(in, gen0, in.length, 11, new byte[] {0, 0, 0, 0});
        CIPHERS[2].encrypt(in, gen1, in.length, 11, new byte[] {0, 1, 0, 0});
        int same = 0;
        for (int k = 0; k < in.length; k++) {
            same += gen0[k] == gen1[k] ? 1 : 0;
        }
        assertTrue(same <= 1, same + " of 1000 values unchanged by another tweak");
    }

    @Test
    void digitsOutOfRangeAreRejected() {
        Ff1 ff1 = CIPHERS[0];
        qt().forAll(integers().between(-1_000, 1_000).assuming(d -> d < Ff1.MIN_DIGITS || d > Ff1.MAX_DIGITS))
                .checkAssert(digits -> {
                    assertThrows(IllegalArgumentException.class, () -> ff1.encrypt(0, digits, new byte[0]));
                    assertThrows(IllegalArgumentException.class, () -> ff1.decrypt(0, digits, new byte[0]));
                    assertThrows(IllegalArgumentException.class,
                            () -> ff1.encrypt(new long[1], new long[1], 1, digits, new byte[0]));
                    assertThrows(IllegalArgumentException.class,
                            () -> ff1.decrypt(new long[1], new long[1], 1, digits, new byte[0]));
                });
    }

    @Test
    void valuesOutOfRangeAreRejected() {
        Ff1 ff1 = CIPHERS[1];
        Gen<Long> offsets = longs().between(0, Long.MAX_VALUE / 2);
        qt().forAll(digits(), offsets, integers().between(0, 1))
                .checkAssert((digits, offset, side) -> {
                    long bad = side == 0 ? -1 - offset : Ff1VectorsTest.pow10(digits) + offset;
                    assertThrows(IllegalArgumentException.class, () -> ff1.encrypt(bad, digits, new byte[0]));
                    assertThrows(IllegalArgumentException.class, () -> ff1.decrypt(bad, digits, new byte[0]));
                    long[] in = {1, bad, 2};
                    long[] out = {7, 7, 7};
                    assertThrows(IllegalArgumentException.class, () -> ff1.encrypt(in, out, 3, digits, new byte[0]));
                    assertArrayEquals(new long[] {7, 7, 7}, out, "nothing written when an input is bad");
                    assertThrows(IllegalArgumentException.class, () -> ff1.decrypt(in, in, 3, digits, new byte[0]));
                    assertArrayEquals(new long[] {1, bad, 2}, in, "nothing written when an input is bad");
                });
    }

    @Test
    void oversizedTweaksAreRejected() {
        Ff1 ff1 = CIPHERS[2];
        qt().withExamples(50).forAll(integers().between(Ff1.MAX_TWEAK_BYTES + 1, 10_000))
                .checkAssert(length -> {
                    byte[] tweak = new byte[length];
                    assertThrows(IllegalArgumentException.class, () -> ff1.encrypt(0, 11, tweak));
                    assertThrows(IllegalArgumentException.class, () -> ff1.decrypt(0, 11, tweak));
                    assertThrows(IllegalArgumentException.class,
                            () -> ff1.encrypt(new long[1], new long[1], 1, 11, tweak));
                });
        // the longest allowed tweak works
        byte[] longest = new byte[Ff1.MAX_TWEAK_BYTES];
        assertEquals(42, ff1.decrypt(ff1.encrypt(42, 11, longest), 11, longest));
    }

    @Test
    void otherBadArgumentsAreRejected() {
        Ff1 ff1 = CIPHERS[0];
        assertThrows(IllegalArgumentException.class, () -> ff1.encrypt(0, 11, null));
        assertThrows(IllegalArgumentException.class, () -> ff1.decrypt(0, 11, null));
        assertThrows(IllegalArgumentException.class, () -> ff1.encrypt(new long[1], new long[1], 1, 11, null));
        assertThrows(IllegalArgumentException.class, () -> ff1.encrypt(null, new long[1], 1, 11, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> ff1.decrypt(new long[1], null, 1, 11, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> ff1.encrypt(new long[1], new long[1], -1, 11, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> ff1.encrypt(new long[2], new long[1], 2, 11, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> ff1.decrypt(new long[1], new long[2], 2, 11, new byte[0]));
        ff1.encrypt(new long[0], new long[0], 0, 11, new byte[0]); // an empty batch is fine

        assertThrows(IllegalArgumentException.class, () -> new Ff1(null));
        for (int length : new int[] {1, 8, 15, 17, 20, 31, 33, 64}) {
            SecretKey key = new SecretKeySpec(new byte[length], "AES");
            assertThrows(IllegalArgumentException.class, () -> new Ff1(key), length + "-byte key");
        }
        assertThrows(IllegalArgumentException.class, () -> new Ff1(new SecretKeySpec(new byte[16], "HmacSHA256")));
    }
}
