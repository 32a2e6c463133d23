package bango.codes;

/**
 * An institution (情報照会者・情報提供者: ministry, pension service, health insurer, municipality,
 * ...) as the core system knows it: a non-negative 63-bit number, one of the two halves of the block
 * its codes are computed from.
 */
public record InstitutionId(long value) implements Comparable<InstitutionId> {

    public InstitutionId {
        if (value < 0) {
            throw new IllegalArgumentException("an institution id is not negative");
        }
    }

    @Override
    public int compareTo(InstitutionId o) {
        return Long.compare(value, o.value);
    }

    @Override
    public String toString() {
        return "I" + value;
    }
}
