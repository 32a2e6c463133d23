package bango.vault;

import bango.Covers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bango.vault.KeyCustodyException.Reason;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.AuthenticatedSafe;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Covers({"ID-5", "CODE-3"})
class Pkcs12KeyCustodyTest {

    static final char[] PASSWORD = "correct horse battery staple".toCharArray();
    static final String PASSWORD_TEXT = new String(PASSWORD);

    @TempDir
    Path dir;

    static boolean posix(Path p) {
        return Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }

    /** Every way key bytes could appear in text: hex (both cases), Base64, Java's array toString. */
    static void assertNoSecretIn(String text, List<byte[]> keys, String... passwords) {
        for (byte[] k : keys) {
            String hex = HexFormat.of().formatHex(k);
            assertFalse(text.contains(hex), "hex key in: " + text);
            assertFalse(text.contains(hex.toUpperCase()), "HEX key in: " + text);
            assertFalse(text.contains(Base64.getEncoder().encodeToString(k)), "base64 key in: " + text);
            assertFalse(text.contains(Base64.getUrlEncoder().withoutPadding().encodeToString(k)), "base64url key");
            assertFalse(text.contains(java.util.Arrays.toString(k)), "array key in: " + text);
        }
        for (String p : passwords) {
            assertFalse(text.contains(p), "password in: " + text);
        }
    }

    static String stackTrace(Throwable t) {
        StringWriter s = new StringWriter();
        t.printStackTrace(new PrintWriter(s));
        return s.toString();
    }

    @Test
    void keysAreAes256AndStableWithinACustody() {
        try (Pkcs12KeyCustody custody = new Pkcs12KeyCustody(dir.resolve("k.p12"), PASSWORD)) {
            SecretKey key = custody.aesKey("jlis-number");
            assertEquals("AES", key.getAlgorithm());
            assertEquals(32, key.getEncoded().length);
            assertSame(key, custody.aesKey("jlis-number"));
            assertFalse(java.util.Arrays.equals(key.getEncoded(), custody.aesKey("core-code").getEncoded()));
            assertEquals(2, custody.size());
        }
    }

    @Test
    void keysPersistAcrossReopen() {
        Path file = dir.resolve("k.p12");
        byte[] first;
        byte[] second;
        try (Pkcs12KeyCustody custody = new Pkcs12KeyCustody(file, PASSWORD)) {
            assertFalse(Files.exists(file), "nothing is written before the first key");
            first = custody.aesKey("a").getEncoded();
            assertTrue(Files.exists(file));
        }
        try (Pkcs12KeyCustody custody = new Pkcs12KeyCustody(file, PASSWORD)) {
            assertEquals(1, custody.size());
            assertArrayEquals(first, custody.aesKey("a").getEncoded());
            second = custody.aesKey("b").getEncoded();
        }
        try (Pkcs12KeyCustody custody = new Pkcs12KeyCustody(file, PASSWORD)) {
            assertEquals(2, custody.size());
            assertArrayEquals(first, custody.aesKey("a").getEncoded());
            assertArrayEquals(second, custody.aesKey("b").getEncoded());
        }
    }

    @Test
    void theCallerMayClearItsPasswordArray() {
        Path file = dir.resolve("k.p12");
        char[] mine = PASSWORD.clone();
        byte[] key;
        try (Pkcs12KeyCustody custody = new Pkcs12KeyCustody(file, mine)) {
            java.util.Arrays.fill(mine, '\0');
            key = custody.aesKey("a").getEncoded();
        }
        try (Pkcs12KeyCustody custody = new Pkcs12KeyCustody(file, PASSWORD)) {
            assertArrayEquals(key, custody.aesKey("a").getEncoded());
        }
    }

    @Test
    void twoCustodiesInTwoDirectoriesHoldDifferentKeys() {
        try (Pkcs12KeyCustody a = Pkcs12KeyCustody.openOrCreate(dir.resolve("jlis"), "keys");
                Pkcs12KeyCustody b = Pkcs12KeyCustody.openOrCreate(dir.resolve("core"), "keys")) {
            assertFalse(java.util.Arrays.equals(a.aesKey("same").getEncoded(), b.aesKey("same").getEncoded()));
            assertFalse(a.file().equals(b.file()));
        }
    }

    @Test
    void openOrCreateReopensWithTheStoredPassword() throws Exception {
        Path d = dir.resolve("vault");
        byte[] key;
        try (Pkcs12KeyCustody custody = Pkcs12KeyCustody.openOrCreate(d, "jlis")) {
            key = custody.aesKey("number-permutation").getEncoded();
            assertEquals(d.resolve("jlis.p12").toAbsolutePath(), custody.file());
        }
        String password = Files.readString(d.resolve("jlis.password"), StandardCharsets.US_ASCII);
        assertEquals(43, password.length(), "256 random bits in Base64url");
        try (Pkcs12KeyCustody custody = Pkcs12KeyCustody.openOrCreate(d, "jlis")) {
            assertArrayEquals(key, custody.aesKey("number-permutation").getEncoded());
        }
        // The stored password is the key store's password; a trailing newline (an editor's) is allowed.
        Files.writeString(d.resolve("jlis.password"), password + "\n");
        try (Pkcs12KeyCustody custody = new Pkcs12KeyCustody(d.resolve("jlis.p12"), password.toCharArray());
                Pkcs12KeyCustody again = Pkcs12KeyCustody.openOrCreate(d, "jlis")) {
            assertArrayEquals(key, custody.aesKey("number-permutation").getEncoded());
            assertArrayEquals(key, again.aesKey("number-permutation").getEncoded());
        }
    }

    @Test
    void wrongPasswordIsRejected() {
        Path file = dir.resolve("k.p12");
        byte[] key;
        try (Pkcs12KeyCustody custody = new Pkcs12KeyCustody(file, PASSWORD)) {
            key = custody.aesKey("a").getEncoded();
        }
        KeyCustodyException e = assertThrows(KeyCustodyException.class,
                () -> new Pkcs12KeyCustody(file, "Tr0ub4dor&3".toCharArray()));
        assertEquals(Reason.WRONG_PASSWORD, e.reason());
        assertTrue(e.getMessage().contains("wrong password"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertNoSecretIn(stackTrace(e), List.of(key), PASSWORD_TEXT, "Tr0ub4dor&3");
    }

    @Test
    void corruptFileIsRejectedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("k.p12");
        Files.write(file, "this is not a PKCS#12 file\n".getBytes(StandardCharsets.US_ASCII));
        byte[] before = Files.readAllBytes(file);
        KeyCustodyException e = assertThrows(KeyCustodyException.class, () -> new Pkcs12KeyCustody(file, PASSWORD));
        assertEquals(Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains("not a readable PKCS#12 file"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void truncatedOrAlteredStoresAreRejectedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("k.p12");
        byte[] key;
        try (Pkcs12KeyCustody custody = new Pkcs12KeyCustody(file, PASSWORD)) {
            key = custody.aesKey("a").getEncoded();
        }
        byte[] good = Files.readAllBytes(file);

        Files.write(file, java.util.Arrays.copyOf(good, good.length / 2));
        KeyCustodyException truncated = assertThrows(KeyCustodyException.class,
                () -> new Pkcs12KeyCustody(file, PASSWORD));
        assertEquals(Reason.CORRUPT, truncated.reason());
        assertArrayEquals(java.util.Arrays.copyOf(good, good.length / 2), Files.readAllBytes(file));

        byte[] altered = good.clone();
        altered[altered.length / 2] ^= 0x01;
        Files.write(file, altered);
        KeyCustodyException flipped = assertThrows(KeyCustodyException.class,
                () -> new Pkcs12KeyCustody(file, PASSWORD));
        // One flipped bit inside the MAC-protected content fails the integrity check.
        assertTrue(flipped.reason() == Reason.WRONG_PASSWORD || flipped.reason() == Reason.CORRUPT);
        assertArrayEquals(altered, Files.readAllBytes(file));

        Files.write(file, new byte[0]);
        assertEquals(Reason.CORRUPT,
                assertThrows(KeyCustodyException.class, () -> new Pkcs12KeyCustody(file, PASSWORD)).reason());
        for (KeyCustodyException e : List.of(truncated, flipped)) {
            assertNoSecretIn(stackTrace(e), List.of(key), PASSWORD_TEXT);
        }
    }

    @Test
    void unreadableFileIsRejected() throws Exception {
        // A directory where the file should be: unreadable as a file even to root.
        Path file = dir.resolve("k.p12");
        Files.createDirectory(file);
        KeyCustodyException e = assertThrows(KeyCustodyException.class, () -> new Pkcs12KeyCustody(file, PASSWORD));
        assertEquals(Reason.UNREADABLE, e.reason());
        assertTrue(e.getMessage().startsWith("cannot read key store "), e.getMessage());
    }

    @Test
    void aFailedWriteLeavesNothingBehindAndNoKeyInUse() throws Exception {
        Path file = dir.resolve("k.p12");
        byte[] first;
        try (Pkcs12KeyCustody custody = new Pkcs12KeyCustody(file, PASSWORD)) {
            first = custody.aesKey("a").getEncoded();
        }
        byte[] before = Files.readAllBytes(file);
        try (Pkcs12KeyCustody custody = new Pkcs12KeyCustody(file, PASSWORD)) {
            // Replace the file by a non-empty directory: the final rename must fail.
            Files.delete(file);
            Files.createDirectory(file);
            Files.writeString(file.resolve("occupied"), "x");
            KeyCustodyException e = assertThrows(KeyCustodyException.class, () -> custody.aesKey("b"));
            assertEquals(Reason.WRITE_FAILED, e.reason());
            assertTrue(e.getMessage().contains("it is unchanged"), e.getMessage());
            assertEquals(1, custody.size(), "the unwritten key was dropped");
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of(file), files.toList(), "no temporary file left");
            }
            // Put the file back: the custody goes on with the key store as it was.
            Files.delete(file.resolve("occupied"));
            Files.delete(file);
            Files.write(file, before);
            assertArrayEquals(first, custody.aesKey("a").getEncoded());
            byte[] b = custody.aesKey("b").getEncoded();
            assertEquals(2, custody.size());
            try (Pkcs12KeyCustody reopened = new Pkcs12KeyCustody(file, PASSWORD)) {
                assertArrayEquals(b, reopened.aesKey("b").getEncoded());
            }
        }
    }

    @Test
    void filesAreOwnerOnly() throws Exception {
        assumeTrue(posix(dir), "POSIX permissions");
        Path d = dir.resolve("new-dir");
        try (Pkcs12KeyCustody custody = Pkcs12KeyCustody.openOrCreate(d, "keys")) {
            custody.aesKey("a");
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(d.resolve("keys.p12"))));
        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(d.resolve("keys.password"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(d)));
        // Also when the caller gives the password, and after a rewrite.
        Path file = dir.resolve("plain.p12");
        try (Pkcs12KeyCustody custody = new Pkcs12KeyCustody(file, PASSWORD)) {
            custody.aesKey("a");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            custody.aesKey("b");
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aPasswordFileReadableByOthersIsRefused() throws Exception {
        assumeTrue(posix(dir), "POSIX permissions");
        try (Pkcs12KeyCustody custody = Pkcs12KeyCustody.openOrCreate(dir, "keys")) {
            custody.aesKey("a");
        }
        Path passwordFile = dir.resolve("keys.password");
        String password = Files.readString(passwordFile);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));
        KeyCustodyException e = assertThrows(KeyCustodyException.class, () -> Pkcs12KeyCustody.openOrCreate(dir, "keys"));
        assertEquals(Reason.PASSWORD_FILE, e.reason());
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
        assertNoSecretIn(stackTrace(e), List.of(), password);
    }

    @Test
    void aMissingPasswordFileNextToAnExistingStoreIsRefused() throws Exception {
        try (Pkcs12KeyCustody custody = Pkcs12KeyCustody.openOrCreate(dir, "keys")) {
            custody.aesKey("a");
        }
        byte[] store = Files.readAllBytes(dir.resolve("keys.p12"));
        Files.delete(dir.resolve("keys.password"));
        KeyCustodyException e = assertThrows(KeyCustodyException.class, () -> Pkcs12KeyCustody.openOrCreate(dir, "keys"));
        assertEquals(Reason.PASSWORD_FILE, e.reason());
        assertFalse(Files.exists(dir.resolve("keys.password")), "no new password invented");
        assertArrayEquals(store, Files.readAllBytes(dir.resolve("keys.p12")));
    }

    @Test
    void toStringShowsTheFileAndCountOnly() {
        Path file = dir.resolve("k.p12");
        try (Pkcs12KeyCustody custody = new Pkcs12KeyCustody(file, PASSWORD)) {
            assertEquals("Pkcs12KeyCustody[file=" + file.toAbsolutePath() + ", 0 keys]", custody.toString());
            byte[] a = custody.aesKey("a").getEncoded();
            assertEquals("Pkcs12KeyCustody[file=" + file.toAbsolutePath() + ", 1 key]", custody.toString());
            byte[] b = custody.aesKey("b").getEncoded();
            assertEquals("Pkcs12KeyCustody[file=" + file.toAbsolutePath() + ", 2 keys]", custody.toString());
            assertNoSecretIn(custody.toString(), List.of(a, b), PASSWORD_TEXT);
            assertNoSecretIn(String.valueOf(custody.aesKey("a")), List.of(a, b), PASSWORD_TEXT);
        }
    }

    @Test
    void aliasesMustBeLowerCaseAndNonBlank() {
        try (Pkcs12KeyCustody custody = new Pkcs12KeyCustody(dir.resolve("k.p12"), PASSWORD)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> custody.aesKey("JLIS"));
            assertTrue(e.getMessage().contains("'jlis'"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> custody.aesKey(" "));
            assertThrows(IllegalArgumentException.class, () -> custody.aesKey(null));
            assertEquals(0, custody.size());
        }
    }

    @Test
    void argumentsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Pkcs12KeyCustody(dir.resolve("k.p12"), new char[0]));
        assertThrows(IllegalArgumentException.class, () -> new Pkcs12KeyCustody(dir.resolve("k.p12"), null));
        assertThrows(IllegalArgumentException.class, () -> Pkcs12KeyCustody.openOrCreate(dir, "../escape"));
        assertThrows(IllegalArgumentException.class, () -> Pkcs12KeyCustody.openOrCreate(dir, ".hidden"));
        assertThrows(IllegalArgumentException.class, () -> Pkcs12KeyCustody.openOrCreate(dir, ""));
    }

    @Test
    void aClosedCustodyRefusesWork() {
        Pkcs12KeyCustody custody = new Pkcs12KeyCustody(dir.resolve("k.p12"), PASSWORD);
        custody.aesKey("a");
        custody.close();
        assertThrows(IllegalStateException.class, () -> custody.aesKey("a"));
    }

    /** The file is a standard PKCS#12 store that the JDK (and keytool) reads with the password. */
    @Test
    void theFileIsAStandardPkcs12Store() throws Exception {
        Path file = dir.resolve("k.p12");
        byte[] key;
        try (Pkcs12KeyCustody custody = new Pkcs12KeyCustody(file, PASSWORD)) {
            key = custody.aesKey("jlis-number").getEncoded();
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(new ByteArrayInputStream(Files.readAllBytes(file)), PASSWORD);
        assertEquals(List.of("jlis-number"), java.util.Collections.list(ks.aliases()));
        assertArrayEquals(key, ks.getKey("jlis-number", PASSWORD).getEncoded());
    }

    /**
     * Each key is shrouded with PBES2 and AES-256-CBC (read with Bouncy Castle's ASN.1 classes),
     * and the raw key bytes appear nowhere in the file.
     */
    @Test
    void eachKeyIsProtectedWithPbes2Aes256() throws Exception {
        Path file = dir.resolve("k.p12");
        byte[] key;
        try (Pkcs12KeyCustody custody = new Pkcs12KeyCustody(file, PASSWORD)) {
            key = custody.aesKey("a").getEncoded();
        }
        byte[] bytes = Files.readAllBytes(file);
        assertFalse(HexFormat.of().formatHex(bytes).contains(HexFormat.of().formatHex(key)), "raw key in file");

        Pfx pfx = Pfx.getInstance(ASN1Primitive.fromByteArray(bytes));
        AuthenticatedSafe safe = AuthenticatedSafe.getInstance(
                ASN1OctetString.getInstance(pfx.getAuthSafe().getContent()).getOctets());
        List<ASN1ObjectIdentifier> schemes = new ArrayList<>();
        List<ASN1ObjectIdentifier> ciphers = new ArrayList<>();
        for (ContentInfo info : safe.getContentInfo()) {
            if (!info.getContentType().equals(PKCSObjectIdentifiers.data)) {
                continue;
            }
            ASN1Sequence bags = ASN1Sequence.getInstance(ASN1OctetString.getInstance(info.getContent()).getOctets());
            for (int i = 0; i < bags.size(); i++) {
                SafeBag bag = SafeBag.getInstance(bags.getObjectAt(i));
                assertEquals(PKCSObjectIdentifiers.secretBag, bag.getBagId());
                ASN1Sequence secretBag = ASN1Sequence.getInstance(bag.getBagValue());
                // The secret bag holds a PKCS#8 shrouded key (a pkcs8ShroudedKeyBag) ...
                assertEquals(PKCSObjectIdentifiers.pkcs8ShroudedKeyBag, secretBag.getObjectAt(0));
                ASN1OctetString value = ASN1OctetString.getInstance(
                        ((ASN1TaggedObject) secretBag.getObjectAt(1)).getExplicitBaseObject());
                EncryptedPrivateKeyInfo shrouded = EncryptedPrivateKeyInfo.getInstance(value.getOctets());
                // ... encrypted with PBES2, whose cipher is AES-256-CBC.
                schemes.add(shrouded.getEncryptionAlgorithm().getAlgorithm());
                ciphers.add(PBES2Parameters.getInstance(shrouded.getEncryptionAlgorithm().getParameters())
                        .getEncryptionScheme().getAlgorithm());
            }
        }
        assertEquals(List.of(PKCSObjectIdentifiers.id_PBES2), schemes);
        assertEquals(List.of(NISTObjectIdentifiers.id_aes256_CBC), ciphers);
        assertNotNull(pfx.getMacData(), "the file has an integrity MAC");
    }
}
