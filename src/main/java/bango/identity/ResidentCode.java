package bango.identity;

/**
 * A resident code (住民票コード): 10 random digits and a check digit, assigned by the resident
 * register. It is the value J-LIS transforms into an individual number (ID-4) and the core system
 * into institution codes (CODE-3a).
 *
 * <p>{@link #toString()} is masked like {@link IndividualNumber#toString()}.
 */
public final class ResidentCode implements Comparable<ResidentCode> {

    private final long body;

    private ResidentCode(long body) {
        this.body = body;
    }

    /**
     * Parses an 11-digit resident code.
     *
     * @throws InvalidNumberException naming the rule the text broke
     */
    public static ResidentCode parse(String text) {
        NumberKind.RESIDENT_CODE.validate(text);
        return new ResidentCode(Long.parseLong(text, 0, 10, 10));
    }

    /** The code whose first 10 digits are {@code body}; the check digit is computed. */
    public static ResidentCode fromBody(long body) {
        if (body < 0 || body >= 10_000_000_000L) {
            throw new IllegalArgumentException("a resident code's body is 10 digits");
        }
        return new ResidentCode(body);
    }

    /** The first 10 digits as a value in [0, 10^10). */
    public long body() {
        return body;
    }

    public int checkDigit() {
        return CheckDigits.residentCode(body);
    }

    /** All 11 digits as one value in [0, 10^11): the input of J-LIS's number permutation. */
    public long value() {
        return body * 10 + checkDigit();
    }

    /** All 11 digits. */
    public String digits() {
        char[] out = new char[11];
        long rest = value();
        for (int i = 10; i >= 0; i--) {
            out[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return new String(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentCode other && other.body == body;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(body);
    }

    @Override
    public int compareTo(ResidentCode o) {
        return Long.compare(body, o.body);
    }

    /** Masked: {@code *******2345}. */
    @Override
    public String toString() {
        return "*******" + digits().substring(7);
    }
}
