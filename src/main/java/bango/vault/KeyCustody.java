package bango.vault;

import javax.crypto.SecretKey;

/**
 * Where a party keeps its secret keys. J-LIS keeps the key of its number permutation, the core
 * system the key of its code permutation; each holds its own custody and no other party's.
 *
 * <p>Implementations never reveal key bytes in {@code toString()}, log lines or exception messages.
 */
public interface KeyCustody extends AutoCloseable {

    /**
     * The AES-256 key stored under {@code alias}, created from a strong random source on first use
     * and kept from then on.
     */
    SecretKey aesKey(String alias);

    @Override
    default void close() {
    }
}
