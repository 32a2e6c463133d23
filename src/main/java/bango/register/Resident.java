package bango.register;

import bango.identity.ResidentCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A resident as the resident register (住民基本台帳) records them: resident code (住民票コード),
 * name, date of birth, sex, municipality of residence and address.
 *
 * <p>{@link #toString()} shows only the masked resident code and the municipality code, since a
 * resident is personal data; {@link #toCsv()} gives every field where that is wanted.
 *
 * @param residentCode the resident code
 * @param name the name in kanji and kana
 * @param dateOfBirth the date of birth
 * @param sex the sex
 * @param municipality the municipality whose register holds the resident
 * @param address the full address, beginning with the municipality's {@link Municipality#addressPrefix()}
 */
public record Resident(ResidentCode residentCode, PersonName name, LocalDate dateOfBirth, Sex sex,
        Municipality municipality, String address) {

    /** The header of {@link #toCsv()}. */
    public static final String CSV_HEADER =
            "resident_code,family_name,given_name,family_name_kana,given_name_kana,date_of_birth,sex,"
                    + "municipality_code,address";

    public Resident {
        Objects.requireNonNull(residentCode, "residentCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(address, "address");
        if (!address.startsWith(municipality.addressPrefix())) {
            throw new IllegalArgumentException("the address must lie in the municipality of residence");
        }
    }

    /**
     * One CSV line (RFC 4180, no line terminator) in the order of {@link #CSV_HEADER}; the date is
     * ISO 8601 and the sex is {@code M} or {@code F}.
     */
    public String toCsv() {
        StringBuilder b = new StringBuilder(96);
        b.append(residentCode.digits()).append(',');
        field(b, name.family()).append(',');
        field(b, name.given()).append(',');
        field(b, name.familyKana()).append(',');
        field(b, name.givenKana()).append(',');
        b.append(dateOfBirth).append(',');
        b.append(sex == Sex.MALE ? 'M' : 'F').append(',');
        b.append(municipality.code()).append(',');
        field(b, address);
        return b.toString();
    }

    private static StringBuilder field(StringBuilder b, String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return b.append(value);
        }
        return b.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    /** Masked: {@code Resident[*******8903, 131016]}. */
    @Override
    public String toString() {
        return "Resident[" + residentCode + ", " + municipality.code() + "]";
    }
}
