package bango.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bango.identity.ResidentCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentTest {

    static final Municipality CHIYODA = Municipality.of("131016", "東京都", "千代田区");
    static final PersonName YAMADA = new PersonName("山田", "太郎", "ヤマダ", "タロウ");

    @Test
    void csvLine() {
        Resident r = new Resident(ResidentCode.parse("12345678903"), YAMADA, LocalDate.of(1980, 4, 1), Sex.MALE,
                CHIYODA, "東京都千代田区本町1丁目2番3号");
        assertEquals("12345678903,山田,太郎,ヤマダ,タロウ,1980-04-01,M,131016,東京都千代田区本町1丁目2番3号", r.toCsv());
        assertEquals("Resident[*******8903, 131016]", r.toString());
    }

    @Test
    void csvQuotesFieldsThatNeedIt() {
        Resident r = new Resident(ResidentCode.fromBody(0), YAMADA, LocalDate.of(2000, 1, 1), Sex.FEMALE,
                CHIYODA, "東京都千代田区本町1丁目, \"別館\"");
        assertEquals("00000000000,山田,太郎,ヤマダ,タロウ,2000-01-01,F,131016,\"東京都千代田区本町1丁目, \"\"別館\"\"\"",
                r.toCsv());
    }

    @Test
    void theAddressMustLieInTheMunicipality() {
        assertThrows(IllegalArgumentException.class, () -> new Resident(ResidentCode.fromBody(1), YAMADA,
                LocalDate.of(1990, 1, 1), Sex.MALE, CHIYODA, "北海道札幌市本町1丁目1番1号"));
        assertThrows(NullPointerException.class, () -> new Resident(null, YAMADA,
                LocalDate.of(1990, 1, 1), Sex.MALE, CHIYODA, "東京都千代田区本町1丁目1番1号"));
    }

    @Test
    void namesInKanjiAndKana() {
        assertEquals("山田\u3000太郎", YAMADA.kanji());
        assertEquals("ヤマダ\u3000タロウ", YAMADA.kana());
        assertThrows(IllegalArgumentException.class, () -> new PersonName("山田", " ", "ヤマダ", "タロウ"));
        assertEquals("男", Sex.MALE.label());
        assertEquals("女", Sex.FEMALE.label());
    }
}
