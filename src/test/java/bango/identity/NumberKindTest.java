package bango.identity;

import static bango.identity.InvalidNumberException.Rule.CHECK_DIGIT;
import static bango.identity.InvalidNumberException.Rule.EMPTY;
import static bango.identity.InvalidNumberException.Rule.FULL_WIDTH_DIGIT;
import static bango.identity.InvalidNumberException.Rule.NON_DIGIT;
import static bango.identity.InvalidNumberException.Rule.WHITESPACE;
import static bango.identity.InvalidNumberException.Rule.WRONG_LENGTH;
import static bango.identity.NumberKind.CORPORATE_NUMBER;
import static bango.identity.NumberKind.INDIVIDUAL_NUMBER;
import static bango.identity.NumberKind.RESIDENT_CODE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bango.identity.InvalidNumberException.Rule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every {@link Rule}, with the exact rule and message, and messages that never repeat the input. */
class NumberKindTest {

    @Test
    void kindsHaveTheirNamesAndLengths() {
        assertEquals("individual number", INDIVIDUAL_NUMBER.displayName());
        assertEquals(12, INDIVIDUAL_NUMBER.length());
        assertEquals("corporate number", CORPORATE_NUMBER.displayName());
        assertEquals(13, CORPORATE_NUMBER.length());
        assertEquals("resident code", RESIDENT_CODE.displayName());
        assertEquals(11, RESIDENT_CODE.length());
    }

    @Test
    void eachKindUsesItsOwnCheckDigitRule() {
        assertEquals(8, INDIVIDUAL_NUMBER.checkDigit("12345678901"));
        assertEquals(5, CORPORATE_NUMBER.checkDigit("835678256246"));
        assertEquals(3, RESIDENT_CODE.checkDigit("1234567890"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789018", "621498320257", "000000000000", "000000079200", "000000395960",
        "000000000019", "000000791911", "999999999996"})
    void validIndividualNumbers(String text) {
        assertSame(text, INDIVIDUAL_NUMBER.validate(text));
        assertTrue(INDIVIDUAL_NUMBER.isValid(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5835678256246", "7000012050002", "9000000000000", "1000000000008"})
    void validCorporateNumbers(String text) {
        assertSame(text, CORPORATE_NUMBER.validate(text));
        assertTrue(CORPORATE_NUMBER.isValid(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678903", "00000000000", "00001663020", "00000950319", "00001346261"})
    void validResidentCodes(String text) {
        assertSame(text, RESIDENT_CODE.validate(text));
        assertTrue(RESIDENT_CODE.isValid(text));
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                // kind, input, rule, detail
                Arguments.of(INDIVIDUAL_NUMBER, "123456789019", CHECK_DIGIT,
                        "check digit is 9 but the other digits require 8"),
                Arguments.of(INDIVIDUAL_NUMBER, "621498320258", CHECK_DIGIT,
                        "check digit is 8 but the other digits require 7"),
                Arguments.of(INDIVIDUAL_NUMBER, "000000395961", CHECK_DIGIT, // r = 1
                        "check digit is 1 but the other digits require 0"),
                Arguments.of(INDIVIDUAL_NUMBER, "000000791910", CHECK_DIGIT, // r = 10
                        "check digit is 0 but the other digits require 1"),
                Arguments.of(INDIVIDUAL_NUMBER, "", EMPTY, "empty input"),
                Arguments.of(INDIVIDUAL_NUMBER, " 123456789018", WHITESPACE,
                        "white space at position 1; give the digits only"),
                Arguments.of(INDIVIDUAL_NUMBER, "123456789018 ", WHITESPACE,
                        "white space at position 13; give the digits only"),
                Arguments.of(INDIVIDUAL_NUMBER, "1234 5678 9018", WHITESPACE,
                        "white space at position 5; give the digits only"),
                Arguments.of(INDIVIDUAL_NUMBER, "\u3000123456789018", WHITESPACE, // ideographic space
                        "white space at position 1; give the digits only"),
                Arguments.of(INDIVIDUAL_NUMBER, "123456789018\u3000", WHITESPACE,
                        "white space at position 13; give the digits only"),
                Arguments.of(INDIVIDUAL_NUMBER, "123456\u3000789018", WHITESPACE,
                        "white space at position 7; give the digits only"),
                Arguments.of(INDIVIDUAL_NUMBER, "12345678901\t8", WHITESPACE,
                        "white space at position 12; give the digits only"),
                Arguments.of(INDIVIDUAL_NUMBER, "123456789018\r", WHITESPACE,
                        "white space at position 13; give the digits only"),
                // No-break space: a space character that Character.isWhitespace does not count.
                Arguments.of(INDIVIDUAL_NUMBER, "123456789018\u00A0", WHITESPACE,
                        "white space at position 13; give the digits only"),
                Arguments.of(INDIVIDUAL_NUMBER, "１２３４５６７８９０１８", FULL_WIDTH_DIGIT,
                        "full-width digit at position 1; use ASCII digits 0-9"),
                Arguments.of(INDIVIDUAL_NUMBER, "12345678901\uFF18", FULL_WIDTH_DIGIT,
                        "full-width digit at position 12; use ASCII digits 0-9"),
                Arguments.of(INDIVIDUAL_NUMBER, "\uFF1023456789018", FULL_WIDTH_DIGIT, // ０, first of the range
                        "full-width digit at position 1; use ASCII digits 0-9"),
                Arguments.of(INDIVIDUAL_NUMBER, "\uFF1923456789018", FULL_WIDTH_DIGIT, // ９, last of the range
                        "full-width digit at position 1; use ASCII digits 0-9"),
                Arguments.of(INDIVIDUAL_NUMBER, "\uFF0F23456789018", NON_DIGIT, // ／, just below ０
                        "character at position 1 is not a digit 0-9"),
                Arguments.of(INDIVIDUAL_NUMBER, "\uFF1A23456789018", NON_DIGIT, // ：, just above ９
                        "character at position 1 is not a digit 0-9"),
                Arguments.of(INDIVIDUAL_NUMBER, "/23456789018", NON_DIGIT, // just below '0'
                        "character at position 1 is not a digit 0-9"),
                Arguments.of(INDIVIDUAL_NUMBER, "12345678901:", NON_DIGIT, // just above '9'
                        "character at position 12 is not a digit 0-9"),
                Arguments.of(INDIVIDUAL_NUMBER, "1234-5678-9018", NON_DIGIT,
                        "character at position 5 is not a digit 0-9"),
                Arguments.of(INDIVIDUAL_NUMBER, "12345678901O", NON_DIGIT, // letter O for zero
                        "character at position 12 is not a digit 0-9"),
                Arguments.of(INDIVIDUAL_NUMBER, "a23456789018", NON_DIGIT,
                        "character at position 1 is not a digit 0-9"),
                Arguments.of(INDIVIDUAL_NUMBER, "12345678901\u0668", NON_DIGIT, // Arabic-Indic eight
                        "character at position 12 is not a digit 0-9"),
                Arguments.of(INDIVIDUAL_NUMBER, "12345678901", WRONG_LENGTH,
                        "must be 12 digits, got 11"),
                Arguments.of(INDIVIDUAL_NUMBER, "1234567890180", WRONG_LENGTH,
                        "must be 12 digits, got 13"),
                Arguments.of(INDIVIDUAL_NUMBER, "98765", WRONG_LENGTH,
                        "must be 12 digits, got 5"),
                // The first offending character decides; characters are checked before the length.
                Arguments.of(INDIVIDUAL_NUMBER, "98a 7", NON_DIGIT,
                        "character at position 3 is not a digit 0-9"),
                Arguments.of(INDIVIDUAL_NUMBER, "98 a7", WHITESPACE,
                        "white space at position 3; give the digits only"),
                Arguments.of(INDIVIDUAL_NUMBER, "98７a", FULL_WIDTH_DIGIT,
                        "full-width digit at position 3; use ASCII digits 0-9"),
                Arguments.of(CORPORATE_NUMBER, "4835678256246", CHECK_DIGIT,
                        "check digit is 4 but the other digits require 5"),
                Arguments.of(CORPORATE_NUMBER, "5835678256247", CHECK_DIGIT,
                        "check digit is 5 but the other digits require 4"),
                Arguments.of(CORPORATE_NUMBER, "583567825624", WRONG_LENGTH,
                        "must be 13 digits, got 12"),
                Arguments.of(CORPORATE_NUMBER, "5835-6782-5624-6", NON_DIGIT,
                        "character at position 5 is not a digit 0-9"),
                Arguments.of(RESIDENT_CODE, "12345678904", CHECK_DIGIT,
                        "check digit is 4 but the other digits require 3"),
                Arguments.of(RESIDENT_CODE, "00001663021", CHECK_DIGIT,
                        "check digit is 1 but the other digits require 0"),
                Arguments.of(RESIDENT_CODE, "123456789018", WRONG_LENGTH,
                        "must be 11 digits, got 12"),
                Arguments.of(RESIDENT_CODE, "1234567890\u3000", WHITESPACE,
                        "white space at position 11; give the digits only"));
    }

    @ParameterizedTest(name = "{0} \"{1}\" breaks {2}")
    @MethodSource("invalid")
    void invalidInputsBreakTheirRule(NumberKind kind, String input, Rule rule, String detail) {
        InvalidNumberException e = assertThrows(InvalidNumberException.class, () -> kind.validate(input));
        assertEquals(rule, e.rule());
        assertSame(kind, e.kind());
        assertEquals(detail, e.detail());
        assertEquals(kind.displayName() + ": " + detail, e.getMessage());
        assertFalse(kind.isValid(input));
        assertNoInputIn(e.getMessage(), input);
    }

    @Test
    void nullIsEmpty() {
        for (NumberKind kind : NumberKind.values()) {
            InvalidNumberException e = assertThrows(InvalidNumberException.class, () -> kind.validate(null));
            assertEquals(EMPTY, e.rule());
            assertEquals(kind.displayName() + ": empty input", e.getMessage());
            assertFalse(kind.isValid(null));
        }
    }

    @Test
    void invalidNumberExceptionIsAnIllegalArgumentException() {
        assertInstanceOf(IllegalArgumentException.class,
                assertThrows(InvalidNumberException.class, () -> INDIVIDUAL_NUMBER.validate("x")));
    }

    /** Identifiers are personal data: a message may name positions and digits, never the input. */
    static void assertNoInputIn(String message, String input) {
        if (input == null || input.isEmpty()) {
            return;
        }
        assertFalse(message.contains(input), message);
        String digitsOnly = input.replaceAll("[^0-9]", "");
        if (digitsOnly.length() >= 5) {
            assertFalse(message.contains(digitsOnly), message);
        }
    }
}
