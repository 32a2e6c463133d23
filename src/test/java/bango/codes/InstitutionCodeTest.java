package bango.codes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import bango.Covers;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The institution code's text form: 26 Crockford base-32 symbols for 128 bits and a mod-37 check
 * symbol. The expected text is computed here with BigInteger, independently of InstitutionCode.
 */
class InstitutionCodeTest {

    static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final String CHECK_SYMBOLS = SYMBOLS + "*~$=U";

    static QuickTheory qt(int examples) {
        return QuickTheory.qt().withFixedSeed(0xC0DE5L).withExamples(examples);
    }

    static BigInteger unsigned128(long high, long low) {
        return new BigInteger(1, bytes(high, low));
    }

    static byte[] bytes(long high, long low) {
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (high >>> (56 - 8 * i));
            b[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        return b;
    }

    /** Crockford base-32 of the 128-bit value in 26 symbols, then its check symbol (value mod 37). */
    static String expectedText(long high, long low) {
        BigInteger v = unsigned128(high, low);
        StringBuilder b = new StringBuilder();
        BigInteger x = v;
        for (int i = 0; i < 26; i++) {
            b.append(SYMBOLS.charAt(x.mod(BigInteger.valueOf(32)).intValue()));
            x = x.shiftRight(5);
        }
        b.reverse();
        b.append(CHECK_SYMBOLS.charAt(v.mod(BigInteger.valueOf(37)).intValue()));
        return b.toString();
    }

    @Test
    @Covers({"CODE-3"})
    void textIsCrockfordBase32WithAMod37CheckSymbolAndRoundTrips() {
        qt(2000).forAll(longs().all(), longs().all()).checkAssert((high, low) -> {
            InstitutionCode code = new InstitutionCode(high, low);
            String text = code.text();
            assertEquals(expectedText(high, low), text);
            assertEquals(InstitutionCode.TEXT_LENGTH, text.length());
            assertEquals(code, InstitutionCode.parse(text));
            assertEquals(text, InstitutionCode.parse(text).text());
            assertArrayEquals(bytes(high, low), code.block());
            assertEquals(code, InstitutionCode.fromBlock(code.block()));
        });
    }

    @Test
    @Covers({"CODE-3"})
    void edgeValues() {
        assertEquals("0".repeat(27), new InstitutionCode(0, 0).text());
        assertEquals("0".repeat(25) + "11", new InstitutionCode(0, 1).text());
        assertEquals("0".repeat(24) + "10*", new InstitutionCode(0, 32).text());
        assertEquals("0".repeat(24) + "11~", new InstitutionCode(0, 33).text());
        assertEquals("0".repeat(24) + "12$", new InstitutionCode(0, 34).text());
        assertEquals("0".repeat(24) + "13=", new InstitutionCode(0, 35).text());
        assertEquals("0".repeat(24) + "14U", new InstitutionCode(0, 36).text());
        assertEquals("0".repeat(24) + "150", new InstitutionCode(0, 37).text());
        // 2^64 = 37 * 498560650640798692 + 12, so the check symbol of (1, 0) is C (12).
        assertEquals("0".repeat(13) + "G" + "0".repeat(12) + "C", new InstitutionCode(1, 0).text());
        for (long[] v : new long[][] {{-1, -1}, {Long.MIN_VALUE, 0}, {0, Long.MIN_VALUE}, {1, 0}, {0, -1},
                {-1, 0}, {0x7FFF_FFFF_FFFF_FFFFL, 0x7FFF_FFFF_FFFF_FFFFL}}) {
            assertEquals(expectedText(v[0], v[1]), new InstitutionCode(v[0], v[1]).text());
            assertEquals(new InstitutionCode(v[0], v[1]), InstitutionCode.parse(expectedText(v[0], v[1])));
        }
        assertEquals("7ZZZZZZZZZZZZZZZZZZZZZZZZZ", new InstitutionCode(-1, -1).text().substring(0, 26));
    }

    @Test
    @Covers({"CODE-3"})
    void everySingleCharacterChangeIsCaught() {
        qt(150).forAll(longs().all(), longs().all()).checkAssert((high, low) -> {
            String text = new InstitutionCode(high, low).text();
            for (int i = 0; i < text.length(); i++) {
                for (char c : (CHECK_SYMBOLS + "ILOUilo a").toCharArray()) {
                    if (c == text.charAt(i)) {
                        continue;
                    }
                    String changed = text.substring(0, i) + c + text.substring(i + 1);
                    assertThrows(IllegalArgumentException.class, () -> InstitutionCode.parse(changed), changed);
                }
            }
        });
    }

    @Test
    @Covers({"CODE-3"})
    void everySwapOfTwoAdjacentDifferentCharactersIsCaught() {
        qt(1000).forAll(longs().all(), longs().all()).checkAssert((high, low) -> {
            String text = new InstitutionCode(high, low).text();
            for (int i = 0; i + 1 < text.length(); i++) {
                if (text.charAt(i) == text.charAt(i + 1)) {
                    continue;
                }
                String swapped = text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
                assertThrows(IllegalArgumentException.class, () -> InstitutionCode.parse(swapped), swapped);
            }
        });
    }

    @Test
    void malformedTextIsRefusedWithoutRepeatingIt() {
        String good = new InstitutionCode(0x0123_4567_89AB_CDEFL, 0x0FED_CBA9_8765_4321L).text();
        for (String bad : new String[] {null, "", good.substring(1), good + "0", "8" + good.substring(1),
                good.substring(0, 5) + "I" + good.substring(6), good.substring(0, 26) + "I"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InstitutionCode.parse(bad));
            assertFalse(e.getMessage().contains(good.substring(0, 20)), e.getMessage());
        }
        // The message says which character is wrong (1-based), and nothing of the code.
        assertEquals("character 6 of an institution code is not a base-32 symbol", assertThrows(
                IllegalArgumentException.class,
                () -> InstitutionCode.parse(good.substring(0, 5) + "I" + good.substring(6))).getMessage());
        assertEquals("character 1 of an institution code is not a base-32 symbol", assertThrows(
                IllegalArgumentException.class, () -> InstitutionCode.parse("U" + good.substring(1))).getMessage());
        // The first symbol carries only 3 bits: 7 is the largest.
        assertEquals('7', new InstitutionCode(-1, 0).text().charAt(0));
        String top = new InstitutionCode(-1, 0).text();
        assertThrows(IllegalArgumentException.class, () -> InstitutionCode.parse("8" + top.substring(1)));
        assertThrows(IllegalArgumentException.class, () -> InstitutionCode.fromBlock(new byte[15]));
        assertThrows(IllegalArgumentException.class, () -> InstitutionCode.fromBlock(new byte[17]));
    }

    @Test
    void equalityFollowsTheBlockAndToStringIsMasked() {
        InstitutionCode a = new InstitutionCode(5, 6);
        assertEquals(a, new InstitutionCode(5, 6));
        assertEquals(a.hashCode(), new InstitutionCode(5, 6).hashCode());
        assertNotEquals(a, new InstitutionCode(5, 7));
        assertNotEquals(a, new InstitutionCode(4, 6));
        assertNotEquals(a, "x");
        Set<Integer> hashes = new HashSet<>();
        for (int h = 0; h < 40; h++) {
            for (int l = 0; l < 25; l++) {
                hashes.add(new InstitutionCode(h, l).hashCode());
            }
        }
        assertEquals(1000, hashes.size(), "small blocks hash apart");
        qt(200).forAll(longs().all(), longs().all()).checkAssert((high, low) -> {
            InstitutionCode c = new InstitutionCode(high, low);
            String text = c.text();
            assertEquals("InstitutionCode[..." + text.substring(23) + "]", c.toString());
            assertFalse(c.toString().contains(text.substring(0, 23)));
            assertTrue(c.toString().length() < 25);
        });
    }
}
