package bango.identity;

/**
 * Check-digit rules.
 *
 * <ul>
 *   <li>Individual number (個人番号, 総務省令第85号 art. 5): number the 11 digits P1..P11 from the
 *       right; weights Qn = n+1 for n = 1..6 and n-5 for n = 7..11; r = (sum Pn*Qn) mod 11; check
 *       digit 0 if r &lt;= 1, else 11 - r. Left to right the weights are 6,5,4,3,2,7,6,5,4,3,2.
 *   <li>Corporate number (法人番号): check digit first; 9 - (sum mod 9) over the 12 following digits
 *       with weights 1,2 alternating from the right (the rightmost digit has weight 1).
 *   <li>Resident code (住民票コード): the statutory rule is not public in this system's sources, so
 *       this project uses the individual number's modulus-11 rule on 10 digits: weights 2..7 repeating
 *       from the right (left to right 5,4,3,2,7,6,5,4,3,2); r = sum mod 11; check digit 0 if r &lt;= 1,
 *       else 11 - r.
 * </ul>
 *
 * <p>Each method takes the digits without the check digit and fails on anything that is not exactly
 * that many ASCII digits.
 */
public final class CheckDigits {

    private CheckDigits() {
    }

    /** Check digit of an individual number's first 11 digits. */
    public static int individualNumber(CharSequence elevenDigits) {
        return modulus11(elevenDigits, 11);
    }

    /** Check digit of an individual number whose first 11 digits are {@code body} (0 &lt;= body &lt; 10^11). */
    public static int individualNumber(long body) {
        return modulus11(body, 11);
    }

    /** Check digit of a resident code's first 10 digits. */
    public static int residentCode(CharSequence tenDigits) {
        return modulus11(tenDigits, 10);
    }

    /** Check digit of a resident code whose first 10 digits are {@code body} (0 &lt;= body &lt; 10^10). */
    public static int residentCode(long body) {
        return modulus11(body, 10);
    }

    /** Check digit (the leading digit) of a corporate number's last 12 digits. */
    public static int corporateNumber(CharSequence twelveDigits) {
        requireDigits(twelveDigits, 12);
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = twelveDigits.charAt(12 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - (sum % 9);
    }

    private static int modulus11(CharSequence digits, int count) {
        requireDigits(digits, count);
        int sum = 0;
        for (int n = 1; n <= count; n++) {
            sum += (digits.charAt(count - n) - '0') * weight(n);
        }
        return fromRemainder(sum % 11);
    }

    private static int modulus11(long body, int count) {
        if (body < 0 || body >= POW10[count]) {
            throw new IllegalArgumentException("expected a value of at most " + count + " digits");
        }
        int sum = 0;
        long rest = body;
        for (int n = 1; n <= count; n++) {
            sum += (int) (rest % 10) * weight(n);
            rest /= 10;
        }
        return fromRemainder(sum % 11);
    }

    /** Weight of the n-th digit from the right (n starts at 1): 2..7, then 2..6. */
    private static int weight(int n) {
        return n <= 6 ? n + 1 : n - 5;
    }

    private static int fromRemainder(int r) {
        return r <= 1 ? 0 : 11 - r;
    }

    private static void requireDigits(CharSequence digits, int count) {
        if (digits == null || digits.length() != count) {
            throw new IllegalArgumentException("expected exactly " + count + " digits");
        }
        for (int i = 0; i < count; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("expected ASCII digits only");
            }
        }
    }

    static final long[] POW10 = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
        1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L
    };
}
