package bango.codes;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;

/** AES-256 on one block: the production {@link CodePermutation}. */
public final class AesCodePermutation implements CodePermutation {

    private final Cipher encrypt;
    private final Cipher decrypt;

    public AesCodePermutation(SecretKey key) {
        try {
            encrypt = Cipher.getInstance("AES/ECB/NoPadding");
            encrypt.init(Cipher.ENCRYPT_MODE, key);
            decrypt = Cipher.getInstance("AES/ECB/NoPadding");
            decrypt.init(Cipher.DECRYPT_MODE, key);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the core system's key is not a usable AES key", e);
        }
    }

    @Override
    public synchronized InstitutionCode forward(long institution, long person) {
        byte[] block = ByteBuffer.allocate(16).putLong(institution).putLong(person).array();
        try {
            return InstitutionCode.fromBlock(encrypt.doFinal(block));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES failed on one block", e);
        }
    }

    @Override
    public synchronized long[] inverse(InstitutionCode code) {
        try {
            ByteBuffer b = ByteBuffer.wrap(decrypt.doFinal(code.block()));
            return new long[] {b.getLong(), b.getLong()};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES failed on one block", e);
        }
    }

    @Override
    public String toString() {
        return "AesCodePermutation[AES-256, one block]";
    }
}
