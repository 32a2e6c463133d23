package bango.vault;

import bango.Covers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.SplittableRandom;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.fpe.FPEFF1Engine;
import org.bouncycastle.crypto.params.FPEParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/**
 * {@link Ff1} against Bouncy Castle's {@link FPEFF1Engine} on random (key, tweak, input) triples
 * from a fixed seed. Each case asserts, so the first mismatch fails the test and names the case.
 */
@Covers({"ID-4"})
class Ff1BouncyCastleDifferentialTest {

    private static final long SEED = 0x6a_15_2024L;
    private static final int CASES = 100_000;

    @Test
    void singleValuesAgreeWithBouncyCastle() {
        SplittableRandom random = new SplittableRandom(SEED);
        FPEFF1Engine bc = new FPEFF1Engine();
        for (int c = 0; c < CASES; c++) {
            byte[] key = randomKey(random);
            byte[] tweak = randomTweak(random);
            int digits = randomDigits(random);
            long x = random.nextLong(Ff1VectorsTest.pow10(digits));
            Ff1 ff1 = new Ff1(new SecretKeySpec(key, "AES"));
            String where = describe(c, key, tweak, digits, x);

            long expected = bouncyCastle(bc, true, key, tweak, x, digits);
            assertEquals(expected, ff1.encrypt(x, digits, tweak), "encrypt, " + where);
            // x as a ciphertext too: decrypt is checked on inputs that did not come from encrypt.
            long expectedPlain = bouncyCastle(bc, false, key, tweak, x, digits);
            assertEquals(expectedPlain, ff1.decrypt(x, digits, tweak), "decrypt, " + where);
        }
    }

    @Test
    void batchesAgreeWithBouncyCastle() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        FPEFF1Engine bc = new FPEFF1Engine();
        for (int g = 0; g < 40; g++) {
            byte[] key = randomKey(random);
            byte[] tweak = randomTweak(random);
            int digits = randomDigits(random);
            int count = random.nextInt(1, 2_500); // crosses the 512-value chunks
            long[] in = new long[count];
            for (int k = 0; k < count; k++) {
                in[k] = random.nextLong(Ff1VectorsTest.pow10(digits));
            }
            Ff1 ff1 = new Ff1(new SecretKeySpec(key, "AES"));
            long[] enc = new long[count];
            long[] dec = new long[count];
            ff1.encrypt(in, enc, count, digits, tweak);
            ff1.decrypt(in, dec, count, digits, tweak);
            for (boolean encrypt : new boolean[] {true, false}) {
                bc.init(encrypt, new FPEParameters(new KeyParameter(key), 10, tweak));
                long[] actual = encrypt ? enc : dec;
                for (int k = 0; k < count; k++) {
                    assertEquals(bouncyCastle(bc, in[k], digits), actual[k], (encrypt ? "encrypt" : "decrypt")
                            + ", group " + g + " index " + k + ", " + describe(g, key, tweak, digits, in[k]));
                }
            }
        }
    }

    static long bouncyCastle(FPEFF1Engine bc, boolean encrypt, byte[] key, byte[] tweak, long x, int digits) {
        bc.init(encrypt, new FPEParameters(new KeyParameter(key), 10, tweak));
        return bouncyCastle(bc, x, digits);
    }

    /** One value through an engine already initialised; digits as bytes 0..9, most significant first. */
    static long bouncyCastle(FPEFF1Engine bc, long x, int digits) {
        byte[] in = new byte[digits];
        for (int i = digits - 1; i >= 0; i--) {
            in[i] = (byte) (x % 10);
            x /= 10;
        }
        byte[] out = new byte[digits];
        bc.processBlock(in, 0, digits, out, 0);
        long r = 0;
        for (byte d : out) {
            r = r * 10 + d;
        }
        return r;
    }

    private static byte[] randomKey(SplittableRandom random) {
        byte[] key = new byte[16 + 8 * random.nextInt(3)];
        random.nextBytes(key);
        return key;
    }

    /** Mostly 0..12 bytes (J-LIS uses 4), sometimes longer, up to the maximum. */
    private static byte[] randomTweak(SplittableRandom random) {
        int roll = random.nextInt(100);
        int length = roll < 90 ? random.nextInt(13)
                : roll < 99 ? random.nextInt(13, 65)
                : random.nextInt(65, Ff1.MAX_TWEAK_BYTES + 1);
        byte[] tweak = new byte[length];
        random.nextBytes(tweak);
        return tweak;
    }

    /** Mostly 11 digits (the individual number's body), else any supported length. */
    private static int randomDigits(SplittableRandom random) {
        return random.nextInt(100) < 70 ? 11 : random.nextInt(Ff1.MIN_DIGITS, Ff1.MAX_DIGITS + 1);
    }

    private static String describe(int c, byte[] key, byte[] tweak, int digits, long x) {
        return "case " + c + " (seed " + SEED + "): key " + HexFormat.of().formatHex(key) + ", tweak "
                + HexFormat.of().formatHex(tweak) + ", " + digits + " digits, input " + x;
    }
}
