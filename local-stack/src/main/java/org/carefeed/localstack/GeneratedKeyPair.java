package org.carefeed.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The local stack's key for sign-in tokens: an EC P-256 pair made on first start and kept in the data
 * folder, the private half owner-only. feedback-service signs with it; both services check with the
 * public half. The services themselves have no keys of their own.
 *
 * @param id         the key id tokens carry: derived from the public key, so it needs no file of its own
 * @param privatePem PKCS#8 PEM, as openssl writes it
 * @param publicPem  SubjectPublicKeyInfo PEM
 */
record GeneratedKeyPair(String id, String privatePem, String publicPem) {

    static GeneratedKeyPair readOrCreate(Path privateFile, Path publicFile) throws IOException {
        if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
            KeyPair pair = generate();
            Files.createDirectories(privateFile.getParent());
            Files.deleteIfExists(privateFile);
            try {
                // Created owner-only from the start, never readable by others even for a moment.
                Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(privateFile); // Windows: the data folder's own permissions apply
            }
            Files.writeString(privateFile, pem(pair.getPrivate()));
            Files.writeString(publicFile, pem(pair.getPublic()));
        }
        String publicPem = Files.readString(publicFile);
        return new GeneratedKeyPair(idOf(publicPem), Files.readString(privateFile), publicPem);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot make EC P-256 keys", e);
        }
    }

    private static String pem(Key key) {
        String type = key instanceof PrivateKey ? "PRIVATE KEY" : "PUBLIC KEY";
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
                + "\n-----END " + type + "-----\n";
    }

    private static String idOf(String publicPem) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicPem.strip().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return "local-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
