package bango.jlis;

/**
 * J-LIS's keyed permutation of the 11-digit domain [0, 10^11) (ID-4, ID-5). Each (generation,
 * attempt) pair selects an independent permutation, as a tweak does for FF1.
 */
public interface NumberPermutation {

    /** Highest generation a tweak can encode. */
    int MAX_GENERATION = 0xFFFF;

    /** Highest attempt a tweak can encode. */
    int MAX_ATTEMPT = 0xFFFF;

    /** The image of {@code value} (0 &lt;= value &lt; 10^11) under the permutation for the tweak. */
    long apply(long value, int generation, int attempt);
}
