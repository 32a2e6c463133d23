package bango.codes;

/**
 * The core system's keyed permutation of 128-bit blocks (CODE-3): a code is the image of
 * (institution id, internal person id), so codes differ within and across institutions because a
 * permutation maps distinct inputs to distinct outputs, and only the key holder can map a code back.
 */
public interface CodePermutation {

    /** The code for the block {@code institution || person}. */
    InstitutionCode forward(long institution, long person);

    /** The block a code came from, as {@code {institution, person}}. */
    long[] inverse(InstitutionCode code);
}
