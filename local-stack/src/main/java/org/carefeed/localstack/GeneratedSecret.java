package org.carefeed.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A password of the local stack: random on first start, then kept in the data folder, readable
 * by its owner only. The services themselves have no default passwords.
 */
final class GeneratedSecret {

    /** Enough for a password someone types: 20 characters. */
    static final int PASSWORD_BYTES = 15;

    private GeneratedSecret() {
    }

    static String readOrCreate(Path file, int randomBytes) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] random = new byte[randomBytes];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(file.getParent());
        try {
            // Created owner-only from the start, never readable by others even for a moment.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file); // Windows: the data folder's own permissions apply
        }
        Files.writeString(file, password + "\n");
        return password;
    }
}
