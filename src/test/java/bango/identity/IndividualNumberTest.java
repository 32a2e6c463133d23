package bango.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IndividualNumberTest {

    @Test
    void parsesTheStatutoryExamples() {
        IndividualNumber n = IndividualNumber.parse("123456789018");
        assertEquals(12_345_678_901L, n.body());
        assertEquals(8, n.checkDigit());
        assertEquals("123456789018", n.digits());

        IndividualNumber m = IndividualNumber.parse("621498320257");
        assertEquals(62_149_832_025L, m.body());
        assertEquals(7, m.checkDigit());
        assertEquals("621498320257", m.digits());
    }

    @Test
    void rejectsTheInvalidExamplesWithTheCheckDigitRule() {
        assertEquals(InvalidNumberException.Rule.CHECK_DIGIT,
                assertThrows(InvalidNumberException.class, () -> IndividualNumber.parse("123456789019")).rule());
        assertEquals(InvalidNumberException.Rule.CHECK_DIGIT,
                assertThrows(InvalidNumberException.class, () -> IndividualNumber.parse("621498320258")).rule());
        assertEquals(InvalidNumberException.Rule.EMPTY,
                assertThrows(InvalidNumberException.class, () -> IndividualNumber.parse(null)).rule());
    }

    @Test
    void fromBodyComputesTheCheckDigitAndKeepsLeadingZeros() {
        assertEquals("000000000000", IndividualNumber.fromBody(0).digits());
        assertEquals("000000000019", IndividualNumber.fromBody(1).digits());
        assertEquals("999999999996", IndividualNumber.fromBody(IndividualNumber.BODY_SPACE - 1).digits());
        assertEquals("123456789018", IndividualNumber.fromBody(12_345_678_901L).digits());
        assertEquals(IndividualNumber.parse("000000000019"), IndividualNumber.fromBody(1));
    }

    @Test
    void fromBodyRejectsValuesOutsideElevenDigits() {
        assertEquals(100_000_000_000L, IndividualNumber.BODY_SPACE);
        assertThrows(IllegalArgumentException.class, () -> IndividualNumber.fromBody(-1));
        assertThrows(IllegalArgumentException.class, () -> IndividualNumber.fromBody(IndividualNumber.BODY_SPACE));
        assertThrows(IllegalArgumentException.class, () -> IndividualNumber.fromBody(Long.MIN_VALUE));
        assertEquals(0L, IndividualNumber.fromBody(0).body());
        assertEquals(99_999_999_999L, IndividualNumber.fromBody(99_999_999_999L).body());
    }

    @Test
    void equalityHashAndOrderFollowTheBody() {
        IndividualNumber a = IndividualNumber.parse("123456789018");
        IndividualNumber same = IndividualNumber.fromBody(12_345_678_901L);
        IndividualNumber b = IndividualNumber.parse("621498320257");
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertEquals(Long.hashCode(12_345_678_901L), a.hashCode());
        assertNotEquals(a, b);
        assertFalse(a.equals(null));
        assertFalse(a.equals("123456789018"));
        assertFalse(a.equals(ResidentCode.fromBody(1_234_567_890L)));
        assertTrue(a.compareTo(b) < 0);
        assertTrue(b.compareTo(a) > 0);
        assertEquals(0, a.compareTo(same));
    }

    @Test
    void toStringMasksAllButTheLastFourDigits() {
        assertEquals("********9018", IndividualNumber.parse("123456789018").toString());
        assertEquals("********0257", IndividualNumber.parse("621498320257").toString());
        assertEquals("********0019", IndividualNumber.fromBody(1).toString());
        assertFalse(IndividualNumber.parse("123456789018").toString().contains("12345678"));
    }
}
