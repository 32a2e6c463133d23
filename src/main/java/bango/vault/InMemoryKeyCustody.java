package bango.vault;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Keys held only in memory: for tests and throw-away runs. */
public final class InMemoryKeyCustody implements KeyCustody {

    private final Map<String, SecretKey> keys = new HashMap<>();
    private final SecureRandom random;

    public InMemoryKeyCustody() {
        this(new SecureRandom());
    }

    /** Keys drawn from {@code random}: a seeded generator gives reproducible keys for tests. */
    public InMemoryKeyCustody(SecureRandom random) {
        this.random = random;
    }

    @Override
    public synchronized SecretKey aesKey(String alias) {
        return keys.computeIfAbsent(alias, a -> {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            return new SecretKeySpec(bytes, "AES");
        });
    }

    @Override
    public String toString() {
        return "InMemoryKeyCustody[" + keys.size() + " keys]";
    }
}
