package bango.jlis;

import bango.identity.IndividualNumber;
import bango.identity.ResidentCode;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Shared test data: fixed keys, municipalities and resident codes. */
public final class Fixtures {

    /** 千代田区 and 札幌市 as J-LIS knows them: by local-government code. */
    public static final String CHIYODA = "131016";
    public static final String SAPPORO = "011002";

    private Fixtures() {
    }

    /** A fixed AES-256 key whose bytes are {@code fill, fill + 1, ...}. */
    public static SecretKey aesKey(int fill) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (fill + i);
        }
        return new SecretKeySpec(key, "AES");
    }

    /** The ten resident codes whose values share the block {@code 100 * high .. 100 * high + 99}. */
    public static List<ResidentCode> block(long high) {
        List<ResidentCode> codes = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            codes.add(ResidentCode.fromBody(high * 10 + d));
        }
        return codes;
    }

    /** The individual number whose body is {@code body}. */
    public static IndividualNumber number(long body) {
        return IndividualNumber.fromBody(body);
    }

    /**
     * True if {@code text} contains none of the identifier's forms: all digits, the body without the
     * check digit.
     */
    public static boolean revealsNothing(String text, ResidentCode rc) {
        return !text.contains(rc.digits()) && !text.contains(rc.digits().substring(0, 10));
    }

    public static boolean revealsNothing(String text, IndividualNumber n) {
        return !text.contains(n.digits()) && !text.contains(n.digits().substring(0, 11));
    }
}
