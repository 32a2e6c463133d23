package bango.codes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.longs;

import bango.Covers;
import bango.jlis.Fixtures;
import java.nio.ByteBuffer;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** The core system's code permutation: AES-256 on the block institution || person. */
class AesCodePermutationTest {

    static final SecretKey KEY = Fixtures.aesKey(0x40);

    @Test
    @Covers({"CODE-3a", "CODE-3c", "CODE-3d"})
    void forwardIsAesOfTheBlockAndInverseUndoesIt() throws Exception {
        AesCodePermutation p = new AesCodePermutation(KEY);
        Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, KEY);
        QuickTheory.qt().withFixedSeed(0xAE5L).withExamples(500).forAll(longs().all(), longs().all())
                .checkAssert((inst, person) -> {
                    InstitutionCode code = p.forward(inst, person);
                    byte[] block = ByteBuffer.allocate(16).putLong(inst).putLong(person).array();
                    assertArrayEquals(encrypt(aes, block), code.block());
                    assertArrayEquals(new long[] {inst, person}, p.inverse(code));
                });
        assertNotEquals(p.forward(1, 2), p.forward(2, 1));
        assertNotEquals(p.forward(1, 2), new AesCodePermutation(Fixtures.aesKey(0x41)).forward(1, 2));
        assertEquals("AesCodePermutation[AES-256, one block]", p.toString());
    }

    static byte[] encrypt(Cipher aes, byte[] block) {
        try {
            return aes.doFinal(block);
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aKeyAesRefusesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AesCodePermutation(new SecretKeySpec(new byte[5], "AES")));
    }
}
