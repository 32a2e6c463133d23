package bango.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Properties over random bodies (QuickTheories, fixed seed so a failure reproduces).
 *
 * <p>The modulus-11 rule maps both r = 0 and r = 1 to check digit 0, so a single-digit change that
 * moves r between 0 and 1 is <em>not</em> detected; every other single-digit change of the body is.
 * (Each weight is 2..7 and 11 is prime, so a change always moves r.) The tests state this exactly
 * instead of claiming every change is caught. The corporate number's modulus-9 rule likewise misses
 * a 0 ↔ 9 change and catches every other one.
 */
class CheckDigitPropertiesTest {

    private static final long SEED = 0x6261_6E67_6FL; // "bango"

    /** Left-to-right weights of the individual number, written out independently of CheckDigits. */
    private static final int[] INDIVIDUAL_WEIGHTS = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] RESIDENT_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private static QuickTheory qt500() {
        return qt().withFixedSeed(SEED).withExamples(500);
    }

    private static int remainder(String body, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }

    @Test
    void anyIndividualBodyGivesAValidNumberThatRoundTrips() {
        qt500().forAll(longs().between(0, IndividualNumber.BODY_SPACE - 1)).checkAssert(body -> {
            String digits = IndividualNumber.fromBody(body).digits();
            assertEquals(12, digits.length());
            assertEquals(String.format("%011d", body), digits.substring(0, 11));
            int r = remainder(digits, INDIVIDUAL_WEIGHTS);
            assertEquals(r <= 1 ? 0 : 11 - r, digits.charAt(11) - '0');
            NumberKind.INDIVIDUAL_NUMBER.validate(digits);
            IndividualNumber parsed = IndividualNumber.parse(digits);
            assertEquals(body, parsed.body());
            assertEquals(digits, parsed.digits());
            assertEquals(IndividualNumber.fromBody(body), parsed);
        });
    }

    @Test
    void everySingleDigitChangeOfAnIndividualNumberIsCaughtUnlessRMovesBetweenZeroAndOne() {
        qt500().forAll(longs().between(0, IndividualNumber.BODY_SPACE - 1)).checkAssert(body -> {
            String valid = IndividualNumber.fromBody(body).digits();
            int r = remainder(valid, INDIVIDUAL_WEIGHTS);
            for (int pos = 0; pos < 12; pos++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d == valid.charAt(pos)) {
                        continue;
                    }
                    String changed = valid.substring(0, pos) + d + valid.substring(pos + 1);
                    boolean undetectable = pos < 11 && r <= 1 && remainder(changed, INDIVIDUAL_WEIGHTS) <= 1;
                    if (pos < 11) {
                        assertNotEquals(r, remainder(changed, INDIVIDUAL_WEIGHTS), "a change always moves r");
                    }
                    assertEquals(undetectable, NumberKind.INDIVIDUAL_NUMBER.isValid(changed), changed);
                    if (!undetectable) {
                        assertEquals(InvalidNumberException.Rule.CHECK_DIGIT, assertThrows(
                                InvalidNumberException.class, () -> IndividualNumber.parse(changed)).rule());
                    }
                }
            }
        });
    }

    @Test
    void theUndetectedChangeExists() {
        // 00000007920: sum 11, r = 0; the last body digit 0 -> 6 adds 6 * 2 = 12: sum 23, r = 1.
        assertTrue(NumberKind.INDIVIDUAL_NUMBER.isValid("000000079200"));
        assertTrue(NumberKind.INDIVIDUAL_NUMBER.isValid("000000079260"));
    }

    @Test
    void anyResidentBodyGivesAValidCodeThatRoundTrips() {
        qt500().forAll(longs().between(0, 9_999_999_999L)).checkAssert(body -> {
            ResidentCode code = ResidentCode.fromBody(body);
            String digits = code.digits();
            assertEquals(String.format("%010d", body), digits.substring(0, 10));
            int r = remainder(digits, RESIDENT_WEIGHTS);
            assertEquals(r <= 1 ? 0 : 11 - r, digits.charAt(10) - '0');
            assertEquals(Long.parseLong(digits), code.value());
            ResidentCode parsed = ResidentCode.parse(digits);
            assertEquals(code, parsed);
            assertEquals(body, parsed.body());
            assertEquals(digits, parsed.digits());
        });
    }

    @Test
    void everySingleDigitChangeOfAResidentCodeIsCaughtUnlessRMovesBetweenZeroAndOne() {
        qt500().forAll(longs().between(0, 9_999_999_999L)).checkAssert(body -> {
            String valid = ResidentCode.fromBody(body).digits();
            int r = remainder(valid, RESIDENT_WEIGHTS);
            for (int pos = 0; pos < 11; pos++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d == valid.charAt(pos)) {
                        continue;
                    }
                    String changed = valid.substring(0, pos) + d + valid.substring(pos + 1);
                    boolean undetectable = pos < 10 && r <= 1 && remainder(changed, RESIDENT_WEIGHTS) <= 1;
                    assertEquals(undetectable, NumberKind.RESIDENT_CODE.isValid(changed), changed);
                    if (!undetectable) {
                        assertEquals(InvalidNumberException.Rule.CHECK_DIGIT, assertThrows(
                                InvalidNumberException.class, () -> ResidentCode.parse(changed)).rule());
                    }
                }
            }
        });
    }

    @Test
    void everySingleDigitChangeOfACorporateNumberIsCaughtExceptZeroNineSwaps() {
        qt500().forAll(longs().between(0, 999_999_999_999L)).checkAssert(body -> {
            String twelve = String.format("%012d", body);
            String valid = NumberKind.CORPORATE_NUMBER.checkDigit(twelve) + twelve;
            assertTrue(NumberKind.CORPORATE_NUMBER.isValid(valid));
            char check = valid.charAt(0);
            assertTrue(check >= '1' && check <= '9', "the corporate check digit is never 0");
            for (int pos = 0; pos < 13; pos++) {
                for (char d = '0'; d <= '9'; d++) {
                    char old = valid.charAt(pos);
                    if (d == old) {
                        continue;
                    }
                    String changed = valid.substring(0, pos) + d + valid.substring(pos + 1);
                    boolean undetectable = pos > 0 && Math.abs(d - old) == 9;
                    assertEquals(undetectable, NumberKind.CORPORATE_NUMBER.isValid(changed), changed);
                }
            }
        });
    }

    @Test
    void toStringShowsOnlyTheLastFourDigits() {
        qt500().forAll(longs().between(0, IndividualNumber.BODY_SPACE - 1)).checkAssert(body -> {
            IndividualNumber n = IndividualNumber.fromBody(body);
            assertEquals("********" + n.digits().substring(8), n.toString());
            ResidentCode c = ResidentCode.fromBody(body / 10);
            assertEquals("*******" + c.digits().substring(7), c.toString());
            assertFalse(n.toString().contains(n.digits().substring(0, 8)));
        });
    }
}
