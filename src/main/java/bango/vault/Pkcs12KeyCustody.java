package bango.vault;

import bango.vault.KeyCustodyException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys kept in a PKCS#12 key store file (鍵の保管): AES-256 keys by alias, each created from
 * {@link SecureRandom} on first use and written to the file before it is handed out.
 *
 * <p><b>Which PKCS#12.</b> The JDK's own PKCS12 key store (provider {@code SUN}), not Bouncy
 * Castle's. Bouncy Castle 1.87's PKCS12 store does accept secret-key entries, but it writes them
 * as plain secret bags inside the store's certificate section, so the key is protected only by
 * that section's encryption: 40-bit RC2 for type {@code PKCS12}, AES-128 at best
 * ({@code PKCS12-AES256-AES128}); the per-entry password is ignored, the MAC is HMAC-SHA1, and the
 * JDK cannot read those entries back. The JDK's store shrouds each secret key separately with
 * PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC; {@value #ENTRY_PROTECTION}) and checks the whole file
 * with HMAC-SHA256, and keytool can inspect it. The provider is named explicitly so that
 * registering Bouncy Castle first cannot silently switch the format.
 *
 * <p><b>Writing.</b> Every change writes the whole store to a temporary file in the same
 * directory, forces it to disk, then renames it over the store (an atomic move): a reader or a
 * crash sees the old file or the new one, never half of one. If writing fails the new key is
 * dropped from memory as well, so no key is ever used that the file does not hold. The file is
 * created owner read/write only (rw-------) where the file system has POSIX permissions.
 * One process should write a given store at a time; two writers can lose each other's new keys.
 *
 * <p><b>Aliases</b> are stored case-insensitively by PKCS#12, so an alias with upper-case letters
 * is refused rather than silently merged with its lower-case twin.
 */
public final class Pkcs12KeyCustody implements KeyCustody {

    /** Password-based protection of each key entry. */
    static final String ENTRY_PROTECTION = "PBEWithHmacSHA256AndAES_256";

    private static final String PROVIDER = "SUN";
    private static final Pattern STORE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path file;
    private final char[] password;
    private final KeyStore store;
    private final SecureRandom random;
    private final Map<String, SecretKey> unlocked = new HashMap<>();
    private boolean closed;

    /**
     * Opens the key store at {@code file}, or prepares a new one there if there is no file yet (it is
     * written when the first key is made). The password is copied; the caller may clear its array.
     *
     * @throws KeyCustodyException if the file exists but cannot be read, is not a key store, or the
     *     password does not open it
     */
    public Pkcs12KeyCustody(Path file, char[] password) {
        this(file, password, new SecureRandom());
    }

    Pkcs12KeyCustody(Path file, char[] password, SecureRandom random) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("a key store needs a non-empty password");
        }
        this.file = file.toAbsolutePath();
        this.password = password.clone();
        this.random = random;
        this.store = load(this.file, this.password);
    }

    /**
     * Opens or creates the key store {@code dir/name.p12} whose password is kept in
     * {@code dir/name.password}, owner read/write only. If neither exists both are created, with a
     * random 256-bit password.
     *
     * <p>This is a <b>local-development default</b>: the password sits beside the key store, so
     * anyone who can read the directory as its owner has the keys. A real deployment supplies the
     * password through {@link #Pkcs12KeyCustody(Path, char[])} from an HSM or a secret store, or
     * keeps the keys in an HSM altogether.
     *
     * @param name a simple file name: letters, digits, '.', '_' and '-'
     * @throws KeyCustodyException if the password file is missing while the key store exists, cannot
     *     be read, or can be read by other users; or as the constructor
     */
    public static Pkcs12KeyCustody openOrCreate(Path dir, String name) {
        if (name == null || !STORE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a key store name is letters, digits, '.', '_' and '-'");
        }
        Path directory = dir.toAbsolutePath();
        Path storeFile = directory.resolve(name + ".p12");
        Path passwordFile = directory.resolve(name + ".password");
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory, ownerOnly(directory.getParent(), OWNER_ONLY_DIRECTORY));
            }
        } catch (IOException e) {
            throw new KeyCustodyException(Reason.WRITE_FAILED, "cannot create directory " + directory, e);
        }
        SecureRandom random = new SecureRandom();
        char[] password = Files.exists(passwordFile, LinkOption.NOFOLLOW_LINKS)
                ? readPassword(passwordFile)
                : createPassword(passwordFile, storeFile, random);
        try {
            return new Pkcs12KeyCustody(storeFile, password, random);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public synchronized SecretKey aesKey(String alias) {
        if (closed) {
            throw new IllegalStateException("key custody is closed");
        }
        checkAlias(alias);
        SecretKey key = unlocked.get(alias);
        if (key != null) {
            return key;
        }
        try {
            key = store.containsAlias(alias) ? unlock(alias) : create(alias);
        } catch (KeyStoreException e) {
            throw new KeyCustodyException(Reason.CORRUPT, "cannot use key store " + file, e);
        }
        unlocked.put(alias, key);
        return key;
    }

    /** The key store file. */
    public Path file() {
        return file;
    }

    /** Number of keys in the store. */
    public synchronized int size() {
        try {
            return store.size();
        } catch (KeyStoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets the password and the unlocked keys held in memory; the file stays as it is. */
    @Override
    public synchronized void close() {
        closed = true;
        Arrays.fill(password, '\0');
        unlocked.clear();
    }

    /** The file and the number of keys only. */
    @Override
    public String toString() {
        int n = size();
        return "Pkcs12KeyCustody[file=" + file + ", " + n + (n == 1 ? " key" : " keys") + "]";
    }

    private SecretKey unlock(String alias) throws KeyStoreException {
        Key key;
        try {
            key = store.getKey(alias, password);
        } catch (UnrecoverableKeyException e) {
            throw new KeyCustodyException(Reason.WRONG_PASSWORD,
                    "key store " + file + ": the password does not unlock the entry for alias '" + alias + "'", e);
        } catch (GeneralSecurityException e) {
            throw new KeyCustodyException(Reason.CORRUPT,
                    "key store " + file + ": the entry for alias '" + alias + "' cannot be read", e);
        }
        byte[] bytes = key instanceof SecretKey ? key.getEncoded() : null;
        try {
            if (bytes == null || bytes.length != 32 || !"AES".equalsIgnoreCase(key.getAlgorithm())) {
                throw new KeyCustodyException(Reason.CORRUPT,
                        "key store " + file + ": the entry for alias '" + alias + "' is not an AES-256 key");
            }
            return new SecretKeySpec(bytes, "AES");
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    private SecretKey create(String alias) throws KeyStoreException {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        SecretKey key = new SecretKeySpec(bytes, "AES");
        Arrays.fill(bytes, (byte) 0);
        store.setEntry(alias, new KeyStore.SecretKeyEntry(key),
                new KeyStore.PasswordProtection(password, ENTRY_PROTECTION, null));
        try {
            writeAtomically(file, serialize(), OWNER_READ_WRITE, true);
        } catch (IOException | RuntimeException e) {
            // Keep memory in step with the file: a key that was not persisted must not be used.
            store.deleteEntry(alias);
            if (e instanceof KeyCustodyException k) {
                throw k;
            }
            throw new KeyCustodyException(Reason.WRITE_FAILED,
                    "cannot write key store " + file + "; it is unchanged", e);
        }
        return key;
    }

    private byte[] serialize() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            store.store(out, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyCustodyException(Reason.WRITE_FAILED, "cannot encode key store " + file, e);
        }
        return out.toByteArray();
    }

    private static KeyStore load(Path file, char[] password) {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12", PROVIDER);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's PKCS12 key store is not available", e);
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                store.load(null, null);
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            return store;
        }
        byte[] bytes;
        try {
            // Read first, parse second: an I/O failure and a damaged file are different problems.
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KeyCustodyException(Reason.UNREADABLE, "cannot read key store " + file, e);
        }
        try {
            store.load(new ByteArrayInputStream(bytes), password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new KeyCustodyException(Reason.WRONG_PASSWORD,
                        "key store " + file + " failed its integrity check: wrong password, or the file was altered", e);
            }
            throw new KeyCustodyException(Reason.CORRUPT, "key store " + file + " is not a readable PKCS#12 file", e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new KeyCustodyException(Reason.CORRUPT, "key store " + file + " is not a readable PKCS#12 file", e);
        }
        return store;
    }

    private static void checkAlias(String alias) {
        if (alias == null || alias.isBlank()) {
            throw new IllegalArgumentException("a key alias must be non-blank");
        }
        if (!alias.equals(alias.toLowerCase(Locale.ENGLISH))) {
            throw new IllegalArgumentException(
                    "PKCS#12 aliases are case-insensitive: use lower case ('" + alias.toLowerCase(Locale.ENGLISH) + "')");
        }
    }

    // --- the password file of openOrCreate ---

    private static char[] readPassword(Path passwordFile) {
        try {
            if (Files.getFileAttributeView(passwordFile, PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(passwordFile);
                if (!OWNER_READ_WRITE.containsAll(permissions)) {
                    throw new KeyCustodyException(Reason.PASSWORD_FILE, "password file " + passwordFile
                            + " is accessible to other users (" + PosixFilePermissions.toString(permissions)
                            + "); make it rw------- (chmod 600)");
                }
            }
            byte[] bytes = Files.readAllBytes(passwordFile);
            try {
                CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
                int end = chars.limit();
                while (end > 0 && (chars.get(end - 1) == '\n' || chars.get(end - 1) == '\r')) {
                    end--;
                }
                char[] password = new char[end];
                chars.get(password);
                Arrays.fill(chars.array(), '\0');
                if (password.length == 0) {
                    throw new KeyCustodyException(Reason.PASSWORD_FILE, "password file " + passwordFile + " is empty");
                }
                return password;
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        } catch (IOException e) {
            throw new KeyCustodyException(Reason.PASSWORD_FILE, "cannot read password file " + passwordFile, e);
        }
    }

    private static char[] createPassword(Path passwordFile, Path storeFile, SecureRandom random) {
        if (Files.exists(storeFile, LinkOption.NOFOLLOW_LINKS)) {
            // A new password could never open the existing store; refuse rather than strand its keys.
            throw new KeyCustodyException(Reason.PASSWORD_FILE, "key store " + storeFile
                    + " exists but its password file " + passwordFile + " does not");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        byte[] text = Base64.getUrlEncoder().withoutPadding().encode(secret);
        Arrays.fill(secret, (byte) 0);
        try {
            writeAtomically(passwordFile, text, OWNER_READ_WRITE, false);
        } catch (FileAlreadyExistsException e) {
            // Another process made one first: use theirs.
            Arrays.fill(text, (byte) 0);
            return readPassword(passwordFile);
        } catch (IOException e) {
            Arrays.fill(text, (byte) 0);
            throw new KeyCustodyException(Reason.WRITE_FAILED, "cannot write password file " + passwordFile, e);
        }
        char[] password = new char[text.length];
        for (int i = 0; i < text.length; i++) {
            password[i] = (char) text[i]; // Base64 is ASCII
        }
        Arrays.fill(text, (byte) 0);
        return password;
    }

    // --- files ---

    /**
     * Writes {@code bytes} to a new temporary file beside {@code target} (owner-only where POSIX),
     * forces it to disk and renames it to {@code target}. On any failure the temporary file is
     * removed and {@code target} is as it was.
     *
     * @param replace whether an existing {@code target} is replaced; if not, an existing target
     *     raises {@link FileAlreadyExistsException}
     */
    static void writeAtomically(Path target, byte[] bytes, Set<PosixFilePermission> permissions, boolean replace)
            throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp", ownerOnly(dir, permissions));
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (replace) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // A hard link fails if the target exists, unlike a rename: the create-only step.
                try {
                    Files.createLink(target, temp);
                } catch (UnsupportedOperationException e) {
                    throw new AtomicMoveNotSupportedException(temp.toString(), target.toString(),
                            "hard links are not supported here");
                }
                Files.delete(temp);
            }
            moved = true;
            syncDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path dir, Set<PosixFilePermission> permissions) {
        boolean posix = dir != null && Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    /** Makes the rename itself durable where the platform allows syncing a directory. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on every platform (e.g. Windows); the data itself is already on disk.
        }
    }
}
