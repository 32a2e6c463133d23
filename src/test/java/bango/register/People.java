package bango.register;

import bango.identity.ResidentCode;
import java.time.LocalDate;

/** Test residents and municipalities. */
public final class People {

    public static final Municipality CHIYODA = Municipality.of("131016", "東京都", "千代田区");
    public static final Municipality SAPPORO = Municipality.of("011002", "北海道", "札幌市");

    private static final PersonName NAME = new PersonName("山田", "花子", "ヤマダ", "ハナコ");

    private People() {
    }

    /** A resident of {@code municipality} with the resident code {@code rc}. */
    public static Resident resident(ResidentCode rc, Municipality municipality) {
        return new Resident(rc, NAME, LocalDate.of(1990, 1, 1), Sex.FEMALE, municipality,
                municipality.addressPrefix() + "本町1丁目1番1号");
    }
}
