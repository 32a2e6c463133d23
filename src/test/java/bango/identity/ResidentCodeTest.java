package bango.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResidentCodeTest {

    @Test
    void parsesAndRendersAllElevenDigits() {
        ResidentCode c = ResidentCode.parse("12345678903");
        assertEquals(1_234_567_890L, c.body());
        assertEquals(3, c.checkDigit());
        assertEquals(12_345_678_903L, c.value());
        assertEquals("12345678903", c.digits());
    }

    @Test
    void rejectsAWrongCheckDigit() {
        InvalidNumberException e = assertThrows(InvalidNumberException.class, () -> ResidentCode.parse("12345678904"));
        assertEquals(InvalidNumberException.Rule.CHECK_DIGIT, e.rule());
        assertEquals(NumberKind.RESIDENT_CODE, e.kind());
        assertEquals(InvalidNumberException.Rule.WRONG_LENGTH,
                assertThrows(InvalidNumberException.class, () -> ResidentCode.parse("123456789018")).rule());
    }

    @Test
    void fromBodyKeepsLeadingZeros() {
        assertEquals("00000000000", ResidentCode.fromBody(0).digits());
        assertEquals(0L, ResidentCode.fromBody(0).value());
        assertEquals("00000000035", ResidentCode.fromBody(3).digits());
        assertEquals(35L, ResidentCode.fromBody(3).value());
        assertEquals("99999999995", ResidentCode.fromBody(9_999_999_999L).digits());
        assertEquals(99_999_999_995L, ResidentCode.fromBody(9_999_999_999L).value());
    }

    @Test
    void fromBodyRejectsValuesOutsideTenDigits() {
        assertThrows(IllegalArgumentException.class, () -> ResidentCode.fromBody(-1));
        assertThrows(IllegalArgumentException.class, () -> ResidentCode.fromBody(10_000_000_000L));
        assertEquals(9_999_999_999L, ResidentCode.fromBody(9_999_999_999L).body());
    }

    @Test
    void equalityHashAndOrderFollowTheBody() {
        ResidentCode a = ResidentCode.parse("12345678903");
        ResidentCode same = ResidentCode.fromBody(1_234_567_890L);
        ResidentCode b = ResidentCode.parse("00000950319");
        assertEquals(a, same);
        assertEquals(Long.hashCode(1_234_567_890L), a.hashCode());
        assertEquals(a.hashCode(), same.hashCode());
        assertNotEquals(a, b);
        assertFalse(a.equals(null));
        assertFalse(a.equals(IndividualNumber.fromBody(1_234_567_890L)));
        assertTrue(b.compareTo(a) < 0);
        assertTrue(a.compareTo(b) > 0);
        assertEquals(0, a.compareTo(same));
    }

    @Test
    void toStringMasksAllButTheLastFourDigits() {
        assertEquals("*******8903", ResidentCode.parse("12345678903").toString());
        assertEquals("*******0035", ResidentCode.fromBody(3).toString());
    }
}
