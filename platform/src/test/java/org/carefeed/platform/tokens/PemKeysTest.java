package org.carefeed.platform.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

import org.junit.jupiter.api.Test;

class PemKeysTest {

    private final KeyPair pair = PemKeys.generate();

    @Test
    void keysGoOutAsPemAndComeBackTheSame() {
        String privatePem = PemKeys.pem(pair.getPrivate());
        String publicPem = PemKeys.pem(pair.getPublic());

        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(PemKeys.privateKey(privatePem).getS()).isEqualTo(((java.security.interfaces.ECPrivateKey) pair.getPrivate()).getS());
        assertThat(PemKeys.publicKey(publicPem)).isEqualTo(pair.getPublic());
    }

    @Test
    void pemFlattenedOnTheWayThroughAnEnvironmentStillReads() {
        String publicPem = PemKeys.pem(pair.getPublic());

        assertThat(PemKeys.publicKey(publicPem.replace("\n", " "))).isEqualTo(pair.getPublic());
        assertThat(PemKeys.publicKey(publicPem.replace("\n", "\\n"))).isEqualTo(pair.getPublic());
    }

    @Test
    void refusalsSayWhatIsWrongWithoutEchoingTheKey() throws Exception {
        String privatePem = PemKeys.pem(pair.getPrivate());
        KeyPairGenerator p384 = KeyPairGenerator.getInstance("EC");
        p384.initialize(new ECGenParameterSpec("secp384r1"));

        assertThatThrownBy(() -> PemKeys.publicKey(privatePem)).hasMessageContaining("BEGIN PUBLIC KEY")
                .message().doesNotContain(privatePem.substring(30, 60));
        assertThatThrownBy(() -> PemKeys.privateKey("-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----"))
                .hasMessageContaining("openssl pkcs8 -topk8");
        assertThatThrownBy(() -> PemKeys.privateKey(null)).hasMessageContaining("BEGIN PRIVATE KEY");
        assertThatThrownBy(() -> PemKeys.publicKey("-----BEGIN PUBLIC KEY-----\n!!!\n-----END PUBLIC KEY-----"))
                .hasMessageContaining("Base64");
        assertThatThrownBy(() -> PemKeys.publicKey(PemKeys.pem(p384.generateKeyPair().getPublic())))
                .hasMessageContaining("P-256");
    }
}
