package bango.register;

import java.util.Objects;

/**
 * A municipality (市区町村: city, ward of Tokyo, town or village) that keeps a resident register,
 * identified by its local-government code (全国地方公共団体コード, JIS X 0401/0402).
 *
 * <p>The code is six digits: the prefecture (2, JIS X 0401), the municipality (3, JIS X 0402) and
 * a check digit (検査数字). The check digit weights the five digits 6,5,4,3,2 from the left and is
 * the last digit of 11 - (sum mod 11): remainder 0 gives 1, remainder 1 gives 0, otherwise 11 - r.
 * For example 千代田区 13101: 6+15+4+0+2 = 27, 27 mod 11 = 5, 11 - 5 = 6, so 131016.
 *
 * @param code the six-digit local-government code, check digit included
 * @param prefecture the prefecture (都道府県), e.g. 東京都
 * @param county the county (郡) for towns and villages, empty for cities and wards
 * @param name the municipality's name, e.g. 千代田区
 */
public record Municipality(String code, String prefecture, String county, String name) {

    public Municipality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(prefecture, "prefecture");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(name, "name");
        if (!isValidCode(code)) {
            throw new IllegalArgumentException(
                    "a local-government code is 6 ASCII digits whose last is the check digit of the first 5");
        }
        if (prefecture.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("a municipality needs a prefecture and a name");
        }
    }

    /** A city or Tokyo ward (no county). */
    public static Municipality of(String code, String prefecture, String name) {
        return new Municipality(code, prefecture, "", name);
    }

    /**
     * Check digit of a five-digit municipality code.
     *
     * @throws IllegalArgumentException if {@code fiveDigits} is not exactly five ASCII digits
     */
    public static int checkDigit(CharSequence fiveDigits) {
        if (fiveDigits == null || fiveDigits.length() != 5) {
            throw new IllegalArgumentException("expected exactly 5 digits");
        }
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            char c = fiveDigits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("expected ASCII digits only");
            }
            sum += (c - '0') * (6 - i);
        }
        return (11 - sum % 11) % 10;
    }

    /** True if {@code code} is six ASCII digits with a matching check digit. */
    public static boolean isValidCode(String code) {
        if (code == null || code.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return checkDigit(code.subSequence(0, 5)) == code.charAt(5) - '0';
    }

    /** The prefecture code (都道府県コード, JIS X 0401): the first two digits, 01..47. */
    public int prefectureCode() {
        return Integer.parseInt(code, 0, 2, 10);
    }

    /** The prefecture, county and name as they begin a postal address, e.g. 岩手県岩手郡雫石町. */
    public String addressPrefix() {
        return prefecture + county + name;
    }
}
