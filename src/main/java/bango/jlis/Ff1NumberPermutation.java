package bango.jlis;

import bango.vault.Ff1;
import javax.crypto.SecretKey;

/**
 * The production number permutation: NIST SP 800-38G FF1, radix 10, over 11 digits, under an
 * AES-256 key only J-LIS holds. The tweak is the generation then the attempt, each as two bytes
 * big-endian, so every (generation, attempt) selects its own permutation.
 */
public final class Ff1NumberPermutation implements NumberPermutation {

    static final int DIGITS = 11;

    private final Ff1 ff1;

    public Ff1NumberPermutation(SecretKey key) {
        this.ff1 = new Ff1(key);
    }

    @Override
    public long apply(long value, int generation, int attempt) {
        return ff1.encrypt(value, DIGITS, tweak(generation, attempt));
    }

    /** Applies the (generation, attempt) permutation to {@code count} values at once. */
    public void applyAll(long[] in, long[] out, int count, int generation, int attempt) {
        ff1.encrypt(in, out, count, DIGITS, tweak(generation, attempt));
    }

    static byte[] tweak(int generation, int attempt) {
        if (generation < 0 || generation > MAX_GENERATION || attempt < 0 || attempt > MAX_ATTEMPT) {
            throw new IllegalArgumentException("generation and attempt must each fit in two bytes");
        }
        return new byte[] {
            (byte) (generation >>> 8), (byte) generation, (byte) (attempt >>> 8), (byte) attempt
        };
    }

    @Override
    public String toString() {
        return "Ff1NumberPermutation[FF1 radix 10, 11 digits]";
    }
}
