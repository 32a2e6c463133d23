package bango.records;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * An instant as {@link Instant#toString()} writes it (ISO-8601, UTC, the fraction in groups of three
 * digits as needed), written without the formatter's machinery: the journal writes two of these a
 * record. Years outside 0000-9999, which ISO-8601 writes with a sign, are left to {@code toString}.
 */
final class InstantText {

    /** 9999-12-31T23:59:59Z. */
    private static final long LAST_FOUR_DIGIT_SECOND = 253_402_300_799L;
    /** 0000-01-01T00:00:00Z. */
    private static final long FIRST_FOUR_DIGIT_SECOND = -62_167_219_200L;

    private InstantText() {
    }

    static String of(Instant t) {
        long seconds = t.getEpochSecond();
        if (seconds < FIRST_FOUR_DIGIT_SECOND || seconds > LAST_FOUR_DIGIT_SECOND) {
            return t.toString();
        }
        int nano = t.getNano();
        LocalDateTime d = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        int digits = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
        byte[] b = new byte[20 + (digits == 0 ? 0 : 1 + digits)];
        put(b, 0, d.getYear(), 4);
        b[4] = '-';
        put(b, 5, d.getMonthValue(), 2);
        b[7] = '-';
        put(b, 8, d.getDayOfMonth(), 2);
        b[10] = 'T';
        put(b, 11, d.getHour(), 2);
        b[13] = ':';
        put(b, 14, d.getMinute(), 2);
        b[16] = ':';
        put(b, 17, d.getSecond(), 2);
        int at = 19;
        if (digits > 0) {
            b[at++] = '.';
            put(b, at, nano / pow10(9 - digits), digits);
            at += digits;
        }
        b[at] = 'Z';
        return new String(b, StandardCharsets.US_ASCII);
    }

    private static int pow10(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    /** {@code value} in exactly {@code width} decimal digits, zero-padded, at {@code at}. */
    private static void put(byte[] b, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            b[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
