package bango.vault;

import bango.Covers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Key bytes (and enciphered values) never show in {@code toString()} or exception messages. */
@Covers({"ID-5"})
class Ff1SecrecyTest {

    @Test
    void toStringAndMessagesHideTheKey() {
        SplittableRandom random = new SplittableRandom(7);
        for (int length : new int[] {16, 24, 32}) {
            byte[] key = new byte[length];
            random.nextBytes(key);
            Ff1 ff1 = new Ff1(new SecretKeySpec(key, "AES"));

            List<String> texts = new ArrayList<>();
            texts.add(ff1.toString());
            long secretValue = 12_345_678_901L;
            texts.add(assertThrows(IllegalArgumentException.class,
                    () -> ff1.encrypt(secretValue, 10, new byte[0])).getMessage());
            texts.add(assertThrows(IllegalArgumentException.class,
                    () -> ff1.encrypt(new long[] {secretValue}, new long[1], 1, 10, new byte[0])).getMessage());
            texts.add(assertThrows(IllegalArgumentException.class,
                    () -> ff1.decrypt(0, 5, new byte[0])).getMessage());
            texts.add(assertThrows(IllegalArgumentException.class,
                    () -> ff1.decrypt(0, 11, null)).getMessage());

            String hex = HexFormat.of().formatHex(key);
            for (String text : texts) {
                String lower = text.toLowerCase(Locale.ROOT);
                assertFalse(lower.contains(hex), "hex key in: " + text);
                assertFalse(lower.contains(hex.substring(0, 8)), "key prefix in: " + text);
                assertFalse(text.contains(Base64.getEncoder().encodeToString(key)), "base64 key in: " + text);
                assertFalse(text.contains(Base64.getEncoder().withoutPadding().encodeToString(key).substring(0, 8)),
                        "base64 key prefix in: " + text);
                assertFalse(text.contains(Long.toString(secretValue)), "value in: " + text);
            }
        }
    }
}
