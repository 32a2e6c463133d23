package bango.register;

import java.util.Objects;

/**
 * A name (氏名) in kanji with its reading (振り仮名) in katakana, family name first.
 *
 * @param family the family name (氏), e.g. 山田
 * @param given the given name (名), e.g. 太郎
 * @param familyKana the family name's reading, e.g. ヤマダ
 * @param givenKana the given name's reading, e.g. タロウ
 */
public record PersonName(String family, String given, String familyKana, String givenKana) {

    /** Separates family and given names: the full-width space the register uses. */
    public static final String SEPARATOR = "\u3000";

    public PersonName {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(familyKana, "familyKana");
        Objects.requireNonNull(givenKana, "givenKana");
        if (family.isBlank() || given.isBlank() || familyKana.isBlank() || givenKana.isBlank()) {
            throw new IllegalArgumentException("every part of a name must be non-blank");
        }
    }

    /** Family and given name in kanji: 山田　太郎. */
    public String kanji() {
        return family + SEPARATOR + given;
    }

    /** Family and given name in katakana: ヤマダ　タロウ. */
    public String kana() {
        return familyKana + SEPARATOR + givenKana;
    }
}
