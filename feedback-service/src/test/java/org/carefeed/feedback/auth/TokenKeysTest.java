package org.carefeed.feedback.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.carefeed.platform.tokens.PemKeys;
import org.carefeed.platform.tokens.VerificationKey;
import org.junit.jupiter.api.Test;

class TokenKeysTest {

    private final KeyPair current = PemKeys.generate();
    private final KeyPair previous = PemKeys.generate();

    private static AuthProperties properties(AuthProperties.SigningKey signing, List<VerificationKey> verification,
            boolean generateKey) {
        return new AuthProperties(signing, verification, generateKey, Duration.ofMinutes(15), "carefeed-feedback-service",
                Set.of());
    }

    @Test
    void withoutASigningKeyTheServiceRefusesToStartSayingWhatToSet() {
        assertThatThrownBy(() -> TokenKeys.from(properties(null, List.of(), false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("carefeed.auth.signing-key.private-key")
                .hasMessageContaining("CAREFEED_AUTH_SIGNING_KEY_PRIVATE_KEY")
                .hasMessageContaining("CAREFEED_AUTH_SIGNING_KEY_ID")
                .hasMessageContaining("carefeed.auth.generate-key=true");
        assertThatThrownBy(() -> TokenKeys.from(properties(new AuthProperties.SigningKey("", ""), List.of(), false)))
                .hasMessageContaining("CAREFEED_AUTH_SIGNING_KEY_PRIVATE_KEY");
    }

    @Test
    void signsWithTheConfiguredKeyAndAcceptsThePreviousOneToo() {
        TokenKeys keys = TokenKeys.from(properties(new AuthProperties.SigningKey("2026-11", PemKeys.pem(current.getPrivate())),
                List.of(new VerificationKey("2026-11", PemKeys.pem(current.getPublic())),
                        new VerificationKey("2026-05", PemKeys.pem(previous.getPublic()))), false));

        assertThat(keys.signing().getKeyID()).isEqualTo("2026-11");
        assertThat(keys.verification()).containsOnlyKeys("2026-11", "2026-05");
    }

    @Test
    void aSigningKeyWhosePublicHalfIsNotConfiguredOrIsAnotherKeysIsRefused() {
        AuthProperties.SigningKey signing = new AuthProperties.SigningKey("2026-11", PemKeys.pem(current.getPrivate()));

        assertThatThrownBy(() -> TokenKeys.from(properties(signing,
                List.of(new VerificationKey("2026-05", PemKeys.pem(previous.getPublic()))), false)))
                .hasMessageContaining("no key with the signing key's id 2026-11");
        assertThatThrownBy(() -> TokenKeys.from(properties(signing,
                List.of(new VerificationKey("2026-11", PemKeys.pem(previous.getPublic()))), false)))
                .hasMessageContaining("not the public half");
        assertThatThrownBy(() -> TokenKeys.from(properties(new AuthProperties.SigningKey("2026-11",
                PemKeys.pem(current.getPublic())), List.of(), false)))
                .hasMessageContaining("carefeed.auth.signing-key.private-key").hasMessageContaining("BEGIN PRIVATE KEY");
    }

    @Test
    void theDevelopmentSwitchMakesAThrowawayKeyOnlyWhenAskedAndNoneIsConfigured() {
        TokenKeys generated = TokenKeys.from(properties(null, List.of(), true));

        assertThat(generated.signing().getKeyID()).startsWith("generated-");
        assertThat(generated.verification()).containsOnlyKeys(generated.signing().getKeyID());

        TokenKeys configured = TokenKeys.from(properties(new AuthProperties.SigningKey("2026-11",
                PemKeys.pem(current.getPrivate())), List.of(new VerificationKey("2026-11",
                PemKeys.pem(current.getPublic()))), true));
        assertThat(configured.signing().getKeyID()).as("a configured key wins").isEqualTo("2026-11");
    }
}
