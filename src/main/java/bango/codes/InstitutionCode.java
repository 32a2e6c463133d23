package bango.codes;

/**
 * An institution code (情報提供用個人識別符号, "機関別符号"): the 128-bit block the core system's
 * permutation produced for one (institution, person), shown as 26 Crockford base-32 characters and a
 * check symbol (Crockford's mod-37 check), 27 characters in all. The check symbol catches any single
 * mistyped character and any swap of two adjacent ones.
 *
 * <p>{@link #toString()} shows only the last four characters; {@link #text()} gives the whole code.
 */
public final class InstitutionCode {

    /** Length of the text form, check symbol included. */
    public static final int TEXT_LENGTH = 27;

    private static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String CHECK_SYMBOLS = SYMBOLS + "*~$=U";

    private final long high;
    private final long low;

    public InstitutionCode(long high, long low) {
        this.high = high;
        this.low = low;
    }

    /** The code as a 16-byte block, big-endian. */
    public static InstitutionCode fromBlock(byte[] block) {
        if (block.length != 16) {
            throw new IllegalArgumentException("an institution code is a 16-byte block");
        }
        long h = 0;
        long l = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (block[i] & 0xFF);
            l = (l << 8) | (block[i + 8] & 0xFF);
        }
        return new InstitutionCode(h, l);
    }

    /**
     * Parses the text form.
     *
     * @throws IllegalArgumentException if the length, a character or the check symbol is wrong
     */
    public static InstitutionCode parse(String text) {
        if (text == null || text.length() != TEXT_LENGTH) {
            throw new IllegalArgumentException("an institution code is " + TEXT_LENGTH + " characters");
        }
        long h = 0;
        long l = 0;
        for (int i = 0; i < TEXT_LENGTH - 1; i++) {
            int v = SYMBOLS.indexOf(text.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character " + (i + 1) + " of an institution code is not a base-32 symbol");
            }
            if (i == 0 && v > 7) {
                throw new IllegalArgumentException("an institution code's first symbol is 0-7 (128 bits)");
            }
            h = (h << 5) | (l >>> 59);
            l = (l << 5) | v;
        }
        InstitutionCode code = new InstitutionCode(h, l);
        if (text.charAt(TEXT_LENGTH - 1) != code.checkSymbol()) {
            throw new IllegalArgumentException("the check symbol of the institution code does not match");
        }
        return code;
    }

    public byte[] block() {
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (high >>> (56 - 8 * i));
            b[i + 8] = (byte) (low >>> (56 - 8 * i));
        }
        return b;
    }

    /** The 27-character text form. */
    public String text() {
        char[] out = new char[TEXT_LENGTH];
        long h = high;
        long l = low;
        for (int i = TEXT_LENGTH - 2; i >= 0; i--) {
            out[i] = SYMBOLS.charAt((int) (l & 31));
            l = (l >>> 5) | (h << 59);
            h >>>= 5;
        }
        out[TEXT_LENGTH - 1] = checkSymbol();
        return new String(out);
    }

    /** Crockford's check symbol: the 128-bit value mod 37. */
    private char checkSymbol() {
        long twoTo64Mod37 = Long.remainderUnsigned(-1L, 37) + 1; // (2^64 - 1) mod 37, plus one
        long r = (Long.remainderUnsigned(high, 37) * twoTo64Mod37 + Long.remainderUnsigned(low, 37)) % 37;
        return CHECK_SYMBOLS.charAt((int) r);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InstitutionCode c && c.high == high && c.low == low;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(high) * 31 + Long.hashCode(low);
    }

    @Override
    public String toString() {
        return "InstitutionCode[..." + text().substring(TEXT_LENGTH - 4) + "]";
    }
}
