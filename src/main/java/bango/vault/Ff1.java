package bango.vault;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.ShortBufferException;

/**
 * FF1 format-preserving encryption (NIST SP 800-38G Rev. 1, Algorithms 7 and 8) with AES, radix 10,
 * for numeral strings of {@value #MIN_DIGITS}..{@value #MAX_DIGITS} decimal digits held in a
 * {@code long}.
 *
 * <p>A value {@code x} with {@code digits} = n stands for the numeral string of n digits whose
 * NUM<sub>10</sub> is x (leading zeros included). {@code encrypt} and {@code decrypt} are mutually
 * inverse permutations of [0, 10<sup>n</sup>) for each key, n and tweak.
 *
 * <h2>Why 64-bit arithmetic is exact here</h2>
 *
 * For n &lt;= 18 the halves have u = floor(n/2) &lt;= 9 and v = n - u &lt;= 9 digits, so
 * b = ceil(ceil(v log<sub>2</sub> 10) / 8) &lt;= 4 bytes and d = 4 ceil(b/4) + 4 = 8 for every
 * supported length. Hence S is the first 8 bytes of R (no extra AES blocks), y = NUM(S) is an
 * unsigned 64-bit integer, and y mod 10<sup>m</sup> is one unsigned remainder (done by multiplying
 * with a precomputed reciprocal). Lengths below 6 are
 * refused because SP 800-38G Rev. 1 requires radix<sup>minlen</sup> &gt;= 10<sup>6</sup>; lengths
 * above 18 do not fit a {@code long} and would need d &gt; 8.
 *
 * <h2>Why it is fast</h2>
 *
 * PRF(P || Q) is a CBC-MAC. P and every block of Q except the last depend only on the key, n and the
 * tweak, so their chaining value is computed once per (n, tweak) and folded into the last block.
 * Each Feistel round is then exactly one AES block, and the batch methods encrypt that block for up
 * to {@value #CHUNK} values with one ECB call, so the per-call cost of {@link Cipher} is amortised.
 *
 * <h2>Thread safety</h2>
 *
 * A JDK {@link Cipher} is not thread-safe, and an instance keeps one Cipher and its buffers, so the
 * public methods are {@code synchronized}: sharing an instance is safe but serialises its callers.
 * For parallel throughput give each thread its own instance (the AES key schedule is then per
 * thread, and is released with the instance).
 *
 * <p>Neither {@link #toString()} nor any exception message reveals key bytes or the values being
 * enciphered (they are personal data).
 */
public final class Ff1 {

    /** The radix: decimal digits only. */
    public static final int RADIX = 10;

    /** Shortest numeral string: SP 800-38G Rev. 1 requires radix^minlen &gt;= 1,000,000. */
    public static final int MIN_DIGITS = 6;

    /** Longest numeral string: 10^18 - 1 is the largest such value that fits a {@code long}. */
    public static final int MAX_DIGITS = 18;

    /** Longest tweak accepted, in bytes (SP 800-38G leaves maxTlen to the implementation). */
    public static final int MAX_TWEAK_BYTES = 256;

    private static final int ROUNDS = 10;
    private static final int BLOCK = 16;

    /** Values per ECB call: 512 blocks in and out (16 KiB) stay in the L1 data cache. */
    static final int CHUNK = 512;

    private static final VarHandle LONG_BE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private static final long[] POW10 = new long[MAX_DIGITS + 1];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private final int keyBits;
    private final Cipher aes;

    // Buffers for up to CHUNK values, allocated on the first batch call; guarded by this.
    private byte[] blocksIn = new byte[BLOCK];
    private byte[] blocksOut = new byte[BLOCK];
    private long[] left = new long[1];
    private long[] right = new long[1];
    private final long[] single = new long[1];

    // The precomputation for the last (digits, tweak) seen; preparedTweak is a private copy.
    private int preparedDigits = -1;
    private byte[] preparedTweak = new byte[0];
    private long powU;
    private long powV;
    private long magicU;
    private long magicV;
    private int shiftB;
    private long baseHi;
    private long baseLo;

    /**
     * FF1 under {@code aesKey}, an AES key of 128, 192 or 256 bits.
     *
     * @throws IllegalArgumentException if the key is null, not an AES key, of another length, or
     *     refused by the JDK's AES
     */
    public Ff1(SecretKey aesKey) {
        if (aesKey == null) {
            throw new IllegalArgumentException("aesKey must not be null");
        }
        if (!"AES".equalsIgnoreCase(aesKey.getAlgorithm())) {
            throw new IllegalArgumentException("aesKey must be an AES key, not " + aesKey.getAlgorithm());
        }
        byte[] encoded = aesKey.getEncoded(); // a copy; null for keys that never leave a token
        if (encoded != null) {
            int length = encoded.length;
            Arrays.fill(encoded, (byte) 0);
            if (length != 16 && length != 24 && length != 32) {
                throw new IllegalArgumentException(
                        "AES key must be 128, 192 or 256 bits, not " + (length * 8) + " bits");
            }
            keyBits = length * 8;
        } else {
            keyBits = 0;
        }
        try {
            aes = Cipher.getInstance("AES/ECB/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, aesKey);
        } catch (GeneralSecurityException e) {
            // The JDK's messages name key lengths and algorithms, never key bytes.
            throw new IllegalArgumentException("AES refused the key: " + e.getMessage(), e);
        }
    }

    /** Encrypts one value of {@code digits} digits under {@code tweak} (Algorithm 7). */
    public synchronized long encrypt(long value, int digits, byte[] tweak) {
        return one(value, digits, tweak, true);
    }

    /** Decrypts one value of {@code digits} digits under {@code tweak} (Algorithm 8). */
    public synchronized long decrypt(long value, int digits, byte[] tweak) {
        return one(value, digits, tweak, false);
    }

    /**
     * Encrypts {@code in[0..count)} into {@code out[0..count)}, all of {@code digits} digits under
     * the same {@code tweak}. {@code in} and {@code out} may be the same array. Every input is
     * checked before any output is written.
     */
    public synchronized void encrypt(long[] in, long[] out, int count, int digits, byte[] tweak) {
        batch(in, out, count, digits, tweak, true);
    }

    /** Decrypts {@code in[0..count)} into {@code out[0..count)}; the inverse of the batch encrypt. */
    public synchronized void decrypt(long[] in, long[] out, int count, int digits, byte[] tweak) {
        batch(in, out, count, digits, tweak, false);
    }

    /** Names the key size only; key bytes never appear. */
    @Override
    public String toString() {
        return keyBits == 0 ? "Ff1[AES, radix 10]" : "Ff1[AES-" + keyBits + ", radix 10]";
    }

    private long one(long value, int digits, byte[] tweak, boolean encrypt) {
        checkDigits(digits);
        checkTweak(tweak);
        if (value < 0 || value >= POW10[digits]) {
            throw new IllegalArgumentException(outOfRange("value", digits));
        }
        prepare(digits, tweak);
        single[0] = value;
        run(single, 0, single, 0, 1, encrypt);
        return single[0];
    }

    private void batch(long[] in, long[] out, int count, int digits, byte[] tweak, boolean encrypt) {
        if (in == null || out == null) {
            throw new IllegalArgumentException("in and out must not be null");
        }
        if (count < 0 || count > in.length || count > out.length) {
            throw new IllegalArgumentException("count " + count + " does not fit in[" + in.length
                    + "] and out[" + out.length + "]");
        }
        checkDigits(digits);
        checkTweak(tweak);
        long limit = POW10[digits];
        for (int k = 0; k < count; k++) {
            if (in[k] < 0 || in[k] >= limit) {
                throw new IllegalArgumentException(outOfRange("in[" + k + "]", digits));
            }
        }
        prepare(digits, tweak);
        if (count > left.length && left.length < CHUNK) {
            // 24 KiB per instance, and only for instances that run batches.
            blocksIn = new byte[CHUNK * BLOCK];
            blocksOut = new byte[CHUNK * BLOCK];
            left = new long[CHUNK];
            right = new long[CHUNK];
        }
        for (int from = 0; from < count; from += CHUNK) {
            run(in, from, out, from, Math.min(CHUNK, count - from), encrypt);
        }
    }

    private static void checkDigits(int digits) {
        if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
            throw new IllegalArgumentException(
                    "digits must be in " + MIN_DIGITS + ".." + MAX_DIGITS + ", not " + digits);
        }
    }

    private static void checkTweak(byte[] tweak) {
        if (tweak == null) {
            throw new IllegalArgumentException("tweak must not be null (use an empty array for none)");
        }
        if (tweak.length > MAX_TWEAK_BYTES) {
            throw new IllegalArgumentException(
                    "tweak is " + tweak.length + " bytes; at most " + MAX_TWEAK_BYTES + " are allowed");
        }
    }

    // The value itself is personal data, so the message says only what range was expected.
    private static String outOfRange(String what, int digits) {
        return what + " is out of range for " + digits + " digits (expected 0 <= value < 10^" + digits + ")";
    }

    /** Number of bytes b that hold NUM(B) for a half of v digits: ceil(ceil(v log2 10) / 8). */
    static int halfBytes(int v) {
        // ceil(log2 x) = bit length of x - 1 for x >= 1, exactly, without floating point.
        int bits = 64 - Long.numberOfLeadingZeros(POW10[v] - 1);
        return (bits + 7) / 8;
    }

    /**
     * Steps 1-5 of Algorithm 7 and the constant part of step 6.i-ii: u, v, b, d and P, then the
     * CBC-MAC over P and all of Q but its last block. The last block of Q is
     * [tail of T] || 0^pad || [i]^1 || [NUM(B)]^b; XORing its constant part into the chaining
     * value leaves (baseHi, baseLo) such that round i enciphers
     * (baseHi, baseLo ^ i &lt;&lt; 8b ^ NUM(B)).
     */
    private void prepare(int n, byte[] tweak) {
        if (n == preparedDigits && Arrays.equals(tweak, preparedTweak)) {
            return;
        }
        int u = n / 2;
        int v = n - u;
        int b = halfBytes(v);
        int t = tweak.length;
        // d = 4 ceil(b/4) + 4 = 8 because b <= 4 (see class comment): S is R's first 8 bytes.

        // The message P || Q, with Q's length a multiple of 16 bytes.
        int pad = Math.floorMod(-t - b - 1, BLOCK);
        byte[] message = new byte[BLOCK + t + pad + 1 + b];
        // Step 5: P = [1]^1 || [2]^1 || [1]^1 || [radix]^3 || [10]^1 || [u mod 256]^1 || [n]^4 || [t]^4.
        message[0] = 1;
        message[1] = 2;
        message[2] = 1;
        message[5] = (byte) RADIX;
        message[6] = 10; // the number of rounds
        message[7] = (byte) u;
        putInt(message, 8, n);
        putInt(message, 12, t);
        // Step 6.i with i = 0 and NUM(B) = 0: Q = T || [0]^pad || [0]^1 || [0]^b.
        System.arraycopy(tweak, 0, message, BLOCK, t);

        // Step 6.ii, PRF: CBC-MAC with a zero IV over every block but the last.
        byte[] y = new byte[BLOCK];
        int last = message.length - BLOCK;
        for (int off = 0; off < last; off += BLOCK) {
            for (int j = 0; j < BLOCK; j++) {
                y[j] ^= message[off + j];
            }
            aesBlocks(y, y, 1);
        }
        for (int j = 0; j < BLOCK; j++) {
            y[j] ^= message[last + j];
        }
        baseHi = (long) LONG_BE.get(y, 0);
        baseLo = (long) LONG_BE.get(y, 8);
        shiftB = 8 * b;
        powU = POW10[u];
        powV = POW10[v];
        magicU = reciprocal(powU);
        magicV = reciprocal(powV);
        preparedDigits = n;
        preparedTweak = tweak.clone();
    }

    /**
     * Algorithm 7 (encrypt) or 8 (decrypt) for {@code count} &lt;= CHUNK values, with one ECB call
     * per round for all of them. Reads every input before it writes any output.
     */
    private void run(long[] in, int inOff, long[] out, int outOff, int count, boolean encrypt) {
        long[] a = left;
        long[] b = right;
        // Step 2: A = X[1..u], B = X[u+1..n].
        for (int k = 0; k < count; k++) {
            long x = in[inOff + k];
            a[k] = x / powV;
            b[k] = x - a[k] * powV;
            LONG_BE.set(blocksIn, k * BLOCK, baseHi);
        }
        for (int r = 0; r < ROUNDS; r++) {
            int i = encrypt ? r : ROUNDS - 1 - r;
            // Step 6.v: m = u for even i, v for odd i.
            long modulus = (i & 1) == 0 ? powU : powV;
            long magic = (i & 1) == 0 ? magicU : magicV;
            long tag = baseLo ^ ((long) i << shiftB);
            // Steps 6.i-ii: Q's last block carries NUM(B) (encrypt) or NUM(A) (decrypt).
            long[] fed = encrypt ? b : a;
            for (int k = 0; k < count; k++) {
                LONG_BE.set(blocksIn, k * BLOCK + 8, tag ^ fed[k]);
            }
            aesBlocks(blocksIn, blocksOut, count);
            if (encrypt) {
                // Steps 6.iii-ix: y = NUM(S); c = (NUM(A) + y) mod 10^m; A = B; B = C.
                for (int k = 0; k < count; k++) {
                    long y = (long) LONG_BE.get(blocksOut, k * BLOCK);
                    long c = a[k] + remainder(y, modulus, magic);
                    a[k] = c >= modulus ? c - modulus : c;
                }
            } else {
                // Algorithm 8: c = (NUM(B) - y) mod 10^m; B = A; A = C.
                for (int k = 0; k < count; k++) {
                    long y = (long) LONG_BE.get(blocksOut, k * BLOCK);
                    long c = b[k] - remainder(y, modulus, magic);
                    b[k] = c < 0 ? c + modulus : c;
                }
            }
            // The array holding C takes the other half's role: a swap instead of copying.
            long[] swap = a;
            a = b;
            b = swap;
        }
        // Step 7: return A || B.
        for (int k = 0; k < count; k++) {
            out[outOff + k] = a[k] * powV + b[k];
        }
    }

    /** floor(2^64 / m) for 1 &lt; m &lt; 2^63 not a power of two (as every 10^m here is). */
    static long reciprocal(long m) {
        return Long.divideUnsigned(-1L, m);
    }

    /**
     * y mod m for y read as an unsigned 64-bit integer, with {@code magic} = {@link #reciprocal}(m):
     * a multiplication instead of a division (about 10% faster overall). The estimated quotient
     * floor(y * magic / 2^64) is the true one or one less, so one correction suffices.
     */
    static long remainder(long y, long m, long magic) {
        // Unsigned high product: the signed one, plus magic when y's top bit is set (magic < 2^63).
        long q = Math.multiplyHigh(y, magic) + ((y >> 63) & magic);
        long r = y - q * m; // exact: the true value is in [0, 2m)
        return r >= m ? r - m : r;
    }

    /** AES-ECB over {@code blocks} blocks of {@code from} into {@code to}, in one Cipher call. */
    private void aesBlocks(byte[] from, byte[] to, int blocks) {
        try {
            aes.update(from, 0, blocks * BLOCK, to, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException("AES output buffer too small", e);
        }
    }

    private static void putInt(byte[] to, int off, int value) {
        to[off] = (byte) (value >>> 24);
        to[off + 1] = (byte) (value >>> 16);
        to[off + 2] = (byte) (value >>> 8);
        to[off + 3] = (byte) value;
    }
}
