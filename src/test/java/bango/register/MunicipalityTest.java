package bango.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityTest {

    @ParameterizedTest(name = "{0} {1}: sum mod 11 = {2}")
    @CsvSource({
        // Published codes; the remainder column shows which branch of the rule each one takes.
        "131016, 千代田区, 5",
        "011002, 札幌市, 9",
        "131041, 新宿区, 0",   // r = 0: 11 - 0 = 11, last digit 1
        "131130, 渋谷区, 1",   // r = 1: 11 - 1 = 10, last digit 0
        "281000, 神戸市, 1",
        "431001, 熊本市, 10",  // r = 10: 1
        "041009, 仙台市, 2",   // r = 2: 9
        "141003, 横浜市, 8",
        "271004, 大阪市, 7",
        "011011, 札幌市中央区, 0",
        "033014, 雫石町, 7",
    })
    void knownCodesHaveTheirCheckDigit(String code, String name, int remainder) {
        assertEquals(code.charAt(5) - '0', Municipality.checkDigit(code.substring(0, 5)), name);
        assertTrue(Municipality.isValidCode(code), name);
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (code.charAt(i) - '0') * (6 - i);
        }
        assertEquals(remainder, sum % 11);
    }

    @Test
    void eachWeight() {
        // A single 1 in each place: weights 6,5,4,3,2, so check digits 5,6,7,8,9.
        assertEquals(5, Municipality.checkDigit("10000"));
        assertEquals(6, Municipality.checkDigit("01000"));
        assertEquals(7, Municipality.checkDigit("00100"));
        assertEquals(8, Municipality.checkDigit("00010"));
        assertEquals(9, Municipality.checkDigit("00001"));
        assertEquals(1, Municipality.checkDigit("00000"));
        assertEquals(7, Municipality.checkDigit("99999")); // 180 = 16 * 11 + 4
    }

    @ParameterizedTest
    @ValueSource(strings = {"131017", "131015", "13101", "1310160", "13101a", "１31016", "", "/31016", ":31016"})
    void invalidCodes(String code) {
        assertFalse(Municipality.isValidCode(code));
        assertThrows(IllegalArgumentException.class, () -> Municipality.of(code, "東京都", "千代田区"));
    }

    @Test
    void checkDigitRejectsMalformedInput() {
        assertThrows(IllegalArgumentException.class, () -> Municipality.checkDigit(null));
        assertThrows(IllegalArgumentException.class, () -> Municipality.checkDigit("1310"));
        assertThrows(IllegalArgumentException.class, () -> Municipality.checkDigit("1310a"));
        assertFalse(Municipality.isValidCode(null));
    }

    @Test
    void fieldsAndAddressPrefix() {
        Municipality chiyoda = Municipality.of("131016", "東京都", "千代田区");
        assertEquals(13, chiyoda.prefectureCode());
        assertEquals("東京都千代田区", chiyoda.addressPrefix());
        assertEquals("", chiyoda.county());
        Municipality shizukuishi = new Municipality("033014", "岩手県", "岩手郡", "雫石町");
        assertEquals(3, shizukuishi.prefectureCode());
        assertEquals("岩手県岩手郡雫石町", shizukuishi.addressPrefix());
        assertThrows(IllegalArgumentException.class, () -> Municipality.of("131016", " ", "千代田区"));
        assertThrows(NullPointerException.class, () -> Municipality.of("131016", "東京都", null));
    }

    @Test
    void thePopulationsMunicipalitiesAreValidDistinctAndAcrossJapan() {
        var list = SyntheticPopulation.MUNICIPALITIES;
        assertTrue(list.size() >= 18 && list.size() <= 25, "about 20: " + list.size());
        assertEquals(list.size(), list.stream().map(Municipality::code).distinct().count());
        for (Municipality m : list) {
            assertTrue(Municipality.isValidCode(m.code()), m.name());
            assertTrue(m.prefectureCode() >= 1 && m.prefectureCode() <= 47, m.name());
        }
        // From Hokkaido (01) to Okinawa (47), at least ten prefectures.
        assertEquals(1, list.stream().mapToInt(Municipality::prefectureCode).min().orElseThrow());
        assertEquals(47, list.stream().mapToInt(Municipality::prefectureCode).max().orElseThrow());
        assertTrue(list.stream().map(Municipality::prefecture).distinct().count() >= 10);
        assertTrue(list.contains(Municipality.of("131016", "東京都", "千代田区")));
        assertTrue(list.contains(Municipality.of("011002", "北海道", "札幌市")));
    }
}
