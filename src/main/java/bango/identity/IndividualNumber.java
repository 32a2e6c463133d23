package bango.identity;

/**
 * An individual number (個人番号, "My Number"): 11 digits and a check digit.
 *
 * <p>{@link #toString()} masks all but the last four digits, so a number that reaches a log line
 * by accident does not leak; {@link #digits()} gives the full text where the holder needs it.
 */
public final class IndividualNumber implements Comparable<IndividualNumber> {

    /** Number of values the 11-digit body can take. */
    public static final long BODY_SPACE = 100_000_000_000L;

    private final long body;

    private IndividualNumber(long body) {
        this.body = body;
    }

    /**
     * Parses a 12-digit individual number.
     *
     * @throws InvalidNumberException naming the rule the text broke
     */
    public static IndividualNumber parse(String text) {
        NumberKind.INDIVIDUAL_NUMBER.validate(text);
        return new IndividualNumber(Long.parseLong(text, 0, 11, 10));
    }

    /** The number whose first 11 digits are {@code body}; the check digit is computed. */
    public static IndividualNumber fromBody(long body) {
        if (body < 0 || body >= BODY_SPACE) {
            throw new IllegalArgumentException("an individual number's body is 11 digits");
        }
        return new IndividualNumber(body);
    }

    /** The first 11 digits as a value in [0, 10^11). */
    public long body() {
        return body;
    }

    public int checkDigit() {
        return CheckDigits.individualNumber(body);
    }

    /** All 12 digits. */
    public String digits() {
        char[] out = new char[12];
        long rest = body;
        for (int i = 10; i >= 0; i--) {
            out[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        out[11] = (char) ('0' + checkDigit());
        return new String(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndividualNumber other && other.body == body;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(body);
    }

    @Override
    public int compareTo(IndividualNumber o) {
        return Long.compare(body, o.body);
    }

    /** Masked: {@code ********9018}. */
    @Override
    public String toString() {
        return "********" + digits().substring(8);
    }
}
