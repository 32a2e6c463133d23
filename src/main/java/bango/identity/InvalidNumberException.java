package bango.identity;

/**
 * A string that is not a well-formed identifier. {@link #rule()} says which rule it broke.
 *
 * <p>The message never repeats the rejected input: identifiers are personal data and exception
 * messages end up in logs.
 */
public final class InvalidNumberException extends IllegalArgumentException {

    /**
     * The rule an input broke. Characters are checked left to right before the length, so the
     * first offending character decides between {@code WHITESPACE}, {@code FULL_WIDTH_DIGIT} and
     * {@code NON_DIGIT}; the check digit is checked last.
     */
    public enum Rule {
        /** Nothing was given. */
        EMPTY,
        /** A space, tab or other white space (leading, trailing or inside). */
        WHITESPACE,
        /** A full-width digit (０-９, U+FF10..U+FF19): must be ASCII 0-9. */
        FULL_WIDTH_DIGIT,
        /** Any other character that is not an ASCII digit. */
        NON_DIGIT,
        /** All digits, but not as many as the kind of number has. */
        WRONG_LENGTH,
        /** Well formed, but the check digit does not match the other digits. */
        CHECK_DIGIT
    }

    private final Rule rule;
    private final NumberKind kind;
    private final String detail;

    InvalidNumberException(NumberKind kind, Rule rule, String message) {
        super(kind.displayName() + ": " + message);
        this.kind = kind;
        this.rule = rule;
        this.detail = message;
    }

    public Rule rule() {
        return rule;
    }

    public NumberKind kind() {
        return kind;
    }

    /**
     * The message without the leading kind name, e.g. {@code check digit is 9 but the other digits
     * require 8}: for callers that already say which kind of number they checked.
     */
    public String detail() {
        return detail;
    }
}
