package bango.vault;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * FF1 (NIST SP 800-38G Rev. 1, Algorithms 7 and 8) written as literally as possible, with
 * BigInteger, for any radix in 2..2^16 and any length: the oracle that {@link Ff1} is checked
 * against. Slow on purpose; no precomputation, no shortcuts.
 */
final class Ff1Reference {

    private final Cipher aes;
    private final int radix;

    Ff1Reference(byte[] key, int radix) {
        if (radix < 2 || radix > 1 << 16) {
            throw new IllegalArgumentException("radix out of range");
        }
        this.radix = radix;
        try {
            aes = Cipher.getInstance("AES/ECB/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Algorithm 7: FF1.Encrypt(K, T, X). */
    int[] encrypt(int[] x, byte[] tweak) {
        int n = x.length;
        int t = tweak.length;
        // Steps 1-2.
        int u = n / 2;
        int v = n - u;
        int[] a = java.util.Arrays.copyOfRange(x, 0, u);
        int[] b = java.util.Arrays.copyOfRange(x, u, n);
        // Steps 3-4.
        int bBytes = byteLength(v);
        int d = 4 * ((bBytes + 3) / 4) + 4;
        // Step 5.
        byte[] p = p(u, n, t);
        // Step 6.
        for (int i = 0; i < 10; i++) {
            byte[] q = q(tweak, bBytes, i, num(b));
            BigInteger y = new BigInteger(1, s(prf(concat(p, q)), d));
            int m = i % 2 == 0 ? u : v;
            BigInteger c = num(a).add(y).mod(BigInteger.valueOf(radix).pow(m));
            int[] cStr = str(c, m);
            a = b;
            b = cStr;
        }
        // Step 7.
        return concat(a, b);
    }

    /** Algorithm 8: FF1.Decrypt(K, T, X). */
    int[] decrypt(int[] x, byte[] tweak) {
        int n = x.length;
        int t = tweak.length;
        int u = n / 2;
        int v = n - u;
        int[] a = java.util.Arrays.copyOfRange(x, 0, u);
        int[] b = java.util.Arrays.copyOfRange(x, u, n);
        int bBytes = byteLength(v);
        int d = 4 * ((bBytes + 3) / 4) + 4;
        byte[] p = p(u, n, t);
        for (int i = 9; i >= 0; i--) {
            byte[] q = q(tweak, bBytes, i, num(a));
            BigInteger y = new BigInteger(1, s(prf(concat(p, q)), d));
            int m = i % 2 == 0 ? u : v;
            BigInteger c = num(b).subtract(y).mod(BigInteger.valueOf(radix).pow(m));
            int[] cStr = str(c, m);
            b = a;
            a = cStr;
        }
        return concat(a, b);
    }

    /** b = ceil(ceil(v * log2(radix)) / 8), exactly: ceil(log2(z)) is the bit length of z - 1. */
    private int byteLength(int v) {
        int bits = BigInteger.valueOf(radix).pow(v).subtract(BigInteger.ONE).bitLength();
        return (bits + 7) / 8;
    }

    /** P = [1]^1 || [2]^1 || [1]^1 || [radix]^3 || [10]^1 || [u mod 256]^1 || [n]^4 || [t]^4. */
    private byte[] p(int u, int n, int t) {
        return concat(new byte[] {1, 2, 1}, bytes(radix, 3), new byte[] {10, (byte) (u % 256)},
                bytes(n, 4), bytes(t, 4));
    }

    /** Q = T || [0]^((-t-b-1) mod 16) || [i]^1 || [NUM_radix(B)]^b. */
    private static byte[] q(byte[] tweak, int b, int i, BigInteger numB) {
        int pad = Math.floorMod(-tweak.length - b - 1, 16);
        return concat(tweak, new byte[pad], new byte[] {(byte) i}, bytes(numB, b));
    }

    /** PRF(X): CBC-MAC with AES and a zero IV; the last chaining value. */
    private byte[] prf(byte[] x) {
        byte[] y = new byte[16];
        for (int j = 0; j < x.length / 16; j++) {
            for (int k = 0; k < 16; k++) {
                y[k] ^= x[16 * j + k];
            }
            y = ciph(y);
        }
        return y;
    }

    /** S = the first d bytes of R || CIPH(R xor [1]^16) || ... || CIPH(R xor [ceil(d/16)-1]^16). */
    private byte[] s(byte[] r, int d) {
        byte[] s = r;
        for (int j = 1; j < (d + 15) / 16; j++) {
            s = concat(s, ciph(xor(r, bytes(j, 16))));
        }
        return java.util.Arrays.copyOf(s, d);
    }

    private byte[] ciph(byte[] block) {
        try {
            return aes.doFinal(block);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** NUM_radix(X): the number that the numeral string X represents, most significant first. */
    private BigInteger num(int[] x) {
        BigInteger r = BigInteger.ZERO;
        BigInteger bigRadix = BigInteger.valueOf(radix);
        for (int digit : x) {
            r = r.multiply(bigRadix).add(BigInteger.valueOf(digit));
        }
        return r;
    }

    /** STR^m_radix(x): the m-numeral string representing x. */
    private int[] str(BigInteger x, int m) {
        int[] r = new int[m];
        BigInteger bigRadix = BigInteger.valueOf(radix);
        for (int i = m - 1; i >= 0; i--) {
            BigInteger[] qr = x.divideAndRemainder(bigRadix);
            r[i] = qr[1].intValueExact();
            x = qr[0];
        }
        return r;
    }

    /** [x]^s: x as s bytes, big-endian. */
    private static byte[] bytes(long x, int s) {
        return bytes(BigInteger.valueOf(x), s);
    }

    private static byte[] bytes(BigInteger x, int s) {
        byte[] r = new byte[s];
        byte[] raw = x.toByteArray(); // big-endian, maybe with a leading sign byte
        for (int i = 0; i < s && i < raw.length; i++) {
            r[s - 1 - i] = raw[raw.length - 1 - i];
        }
        return r;
    }

    private static byte[] xor(byte[] x, byte[] y) {
        byte[] r = new byte[x.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = (byte) (x[i] ^ y[i]);
        }
        return r;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] r = new byte[length];
        int off = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, r, off, part.length);
            off += part.length;
        }
        return r;
    }

    private static int[] concat(int[] x, int[] y) {
        int[] r = java.util.Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return r;
    }
}
