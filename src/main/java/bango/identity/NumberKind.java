package bango.identity;

/** The kinds of digit strings the system validates, each with its length and check-digit rule. */
public enum NumberKind {
    /** 個人番号: 11 digits and a trailing check digit (総務省令第85号 art. 5). */
    INDIVIDUAL_NUMBER("individual number", 12),
    /** 法人番号: a leading check digit and 12 digits. */
    CORPORATE_NUMBER("corporate number", 13),
    /** 住民票コード: 10 digits and a trailing check digit (this project's rule, see {@link CheckDigits}). */
    RESIDENT_CODE("resident code", 11);

    private final String displayName;
    private final int length;

    NumberKind(String displayName, int length) {
        this.displayName = displayName;
        this.length = length;
    }

    public String displayName() {
        return displayName;
    }

    /** Number of digits, check digit included. */
    public int length() {
        return length;
    }

    /** Computes the check digit for {@code length() - 1} digits given without it. */
    public int checkDigit(CharSequence digitsWithoutCheck) {
        return switch (this) {
            case INDIVIDUAL_NUMBER -> CheckDigits.individualNumber(digitsWithoutCheck);
            case CORPORATE_NUMBER -> CheckDigits.corporateNumber(digitsWithoutCheck);
            case RESIDENT_CODE -> CheckDigits.residentCode(digitsWithoutCheck);
        };
    }

    /**
     * Checks {@code text} against this kind's rules and returns it unchanged if it passes.
     *
     * @throws InvalidNumberException naming the first rule broken
     */
    public String validate(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidNumberException(this, InvalidNumberException.Rule.EMPTY, "empty input");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                continue;
            }
            int position = i + 1;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                throw new InvalidNumberException(this, InvalidNumberException.Rule.WHITESPACE,
                        "white space at position " + position + "; give the digits only");
            }
            if (c >= '\uFF10' && c <= '\uFF19') {
                throw new InvalidNumberException(this, InvalidNumberException.Rule.FULL_WIDTH_DIGIT,
                        "full-width digit at position " + position + "; use ASCII digits 0-9");
            }
            throw new InvalidNumberException(this, InvalidNumberException.Rule.NON_DIGIT,
                    "character at position " + position + " is not a digit 0-9");
        }
        if (text.length() != length) {
            throw new InvalidNumberException(this, InvalidNumberException.Rule.WRONG_LENGTH,
                    "must be " + length + " digits, got " + text.length());
        }
        int expected;
        int actual;
        if (this == CORPORATE_NUMBER) {
            expected = checkDigit(text.substring(1));
            actual = text.charAt(0) - '0';
        } else {
            expected = checkDigit(text.substring(0, length - 1));
            actual = text.charAt(length - 1) - '0';
        }
        if (expected != actual) {
            throw new InvalidNumberException(this, InvalidNumberException.Rule.CHECK_DIGIT,
                    "check digit is " + actual + " but the other digits require " + expected);
        }
        return text;
    }

    /** True if {@code text} passes {@link #validate(String)}. */
    public boolean isValid(String text) {
        try {
            validate(text);
            return true;
        } catch (InvalidNumberException e) {
            return false;
        }
    }
}
