package bango.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exact check digits, chosen so that each remainder boundary of the modulus-11 rule (r = 0, 1, 2,
 * 10) and each weight is exercised; the text and numeric forms must agree.
 */
class CheckDigitsTest {

    @ParameterizedTest(name = "individual body {0}: r = {1}, check digit {2}")
    @CsvSource({
        // body,      r,  check
        "12345678901, 3,  8", // the statutory example 123456789018
        "62149832025, 4,  7", // 621498320257
        "00000000000, 0,  0",
        "00000007920, 0,  0", // r = 0 from a non-zero sum (sum 11)
        "00000039596, 1,  0", // r = 1: 0, not 11 - 1 = 10
        "00000000001, 2,  9", // r = 2: the smallest remainder that gives 11 - r
        "00000079191, 10, 1", // r = 10: the largest remainder
        "99999999999, 5,  6",
        "10000000000, 6,  5", // only P11, weight 6
        "00000100000, 7,  4", // only P6, weight 7 (the last of n + 1)
        "00001000000, 2,  9", // only P7, weight 2 (the first of n - 5)
    })
    void individualNumber(String body, int r, int check) {
        assertEquals(check, CheckDigits.individualNumber(body));
        assertEquals(check, CheckDigits.individualNumber(Long.parseLong(body)));
    }

    @Test
    void eachIndividualNumberWeightFromTheRight() {
        // A single 1 at P_n gives sum Q_n: Q = 2,3,4,5,6,7 for n = 1..6 and 2,3,4,5,6 for n = 7..11.
        int[] q = {2, 3, 4, 5, 6, 7, 2, 3, 4, 5, 6};
        for (int n = 1; n <= 11; n++) {
            long body = CheckDigits.POW10[n - 1];
            int expected = q[n - 1] <= 1 ? 0 : 11 - q[n - 1];
            assertEquals(expected, CheckDigits.individualNumber(body), "P" + n);
            assertEquals(expected, CheckDigits.individualNumber(String.format("%011d", body)), "P" + n);
        }
    }

    @ParameterizedTest(name = "resident code body {0}: r = {1}, check digit {2}")
    @CsvSource({
        "1234567890, 8,  3",
        "0000000000, 0,  0",
        "0000015841, 0,  0",
        "0000166302, 1,  0",
        "0000095031, 2,  9",
        "0000134626, 10, 1",
        "9999999999, 6,  5",
        "1000000000, 5,  6", // only P10, weight 5
    })
    void residentCode(String body, int r, int check) {
        assertEquals(check, CheckDigits.residentCode(body));
        assertEquals(check, CheckDigits.residentCode(Long.parseLong(body)));
    }

    @ParameterizedTest(name = "corporate body {0}: check digit {1}")
    @CsvSource({
        "835678256246, 5", // 5835678256246
        "000012050002, 7", // 7000012050002, the National Tax Agency's own number
        "000000000000, 9", // sum 0: 9 - 0, never 0
        "000000000009, 9", // sum 9: 9 - 0 again
        "000000000008, 1", // sum 8: the smallest check digit
        "000000000001, 8", // rightmost digit has weight 1
        "000000000010, 7", // next has weight 2
        "100000000000, 7", // leftmost (12th from the right) has weight 2
        "010000000000, 8", // 11th from the right has weight 1
        "999999999999, 9",
    })
    void corporateNumber(String body, int check) {
        assertEquals(check, CheckDigits.corporateNumber(body));
    }

    @Test
    void numericBodiesOutOfRangeAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CheckDigits.individualNumber(-1L));
        assertThrows(IllegalArgumentException.class, () -> CheckDigits.individualNumber(100_000_000_000L));
        assertEquals(6, CheckDigits.individualNumber(99_999_999_999L)); // the largest body is accepted
        assertThrows(IllegalArgumentException.class, () -> CheckDigits.residentCode(-1L));
        assertThrows(IllegalArgumentException.class, () -> CheckDigits.residentCode(10_000_000_000L));
        assertEquals(5, CheckDigits.residentCode(9_999_999_999L));
        assertEquals(0, CheckDigits.residentCode(0L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567890", "123456789012", "1234567890/", "1234567890:", "１2345678901", " 2345678901"})
    void textBodiesThatAreNotElevenAsciiDigitsAreRejected(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CheckDigits.individualNumber(text));
        assertEquals(text.length() == 11 ? "expected ASCII digits only" : "expected exactly 11 digits",
                e.getMessage());
    }

    @Test
    void textBodiesOfTheOtherKindsAreCheckedToo() {
        assertThrows(IllegalArgumentException.class, () -> CheckDigits.individualNumber((CharSequence) null));
        assertThrows(IllegalArgumentException.class, () -> CheckDigits.residentCode("123456789"));
        assertThrows(IllegalArgumentException.class, () -> CheckDigits.residentCode("123456789a"));
        assertThrows(IllegalArgumentException.class, () -> CheckDigits.corporateNumber("83567825624"));
        assertThrows(IllegalArgumentException.class, () -> CheckDigits.corporateNumber("83567825624/"));
        // '0' and '9', the ends of the accepted range, are accepted.
        assertEquals(0, CheckDigits.individualNumber("00000000000"));
        assertEquals(6, CheckDigits.individualNumber("99999999999"));
    }
}
