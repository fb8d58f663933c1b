package org.carefeed.choice.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class SecretSealTest {

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private final SecretSeal seal = new SecretSeal(newKey());

    @Test
    void aSealedSecretOpensForItsOwnSubscriptionOnly() {
        String sealed = seal.seal("subscription-1", "whsec_abc");
        assertThat(sealed).startsWith("aesgcm:").doesNotContain("whsec_abc");
        assertThat(seal.seal("subscription-1", "whsec_abc")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(seal.open("subscription-1", sealed)).isEqualTo("whsec_abc");
        assertThatThrownBy(() -> seal.open("subscription-2", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretSeal(newKey()).open("subscription-1", sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeySecretsAreStoredAsIssuedAndThoseStoredSoStillOpenWithOne() {
        SecretSeal none = new SecretSeal((String) null);
        assertThat(none.seal("subscription-1", "whsec_abc")).isEqualTo("whsec_abc");
        assertThat(seal.open("subscription-1", "whsec_abc")).isEqualTo("whsec_abc");
        assertThatThrownBy(() -> none.open("subscription-1", seal.seal("subscription-1", "whsec_abc")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAKeyThatIsNot256Bits() {
        assertThatThrownBy(() -> new SecretSeal(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SecretSeal("not base64!")).hasMessageContaining("base64");
    }
}
