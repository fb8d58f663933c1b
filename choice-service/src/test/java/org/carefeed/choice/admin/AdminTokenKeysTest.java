package org.carefeed.choice.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.carefeed.platform.tokens.PemKeys;
import org.carefeed.platform.tokens.VerificationKey;
import org.junit.jupiter.api.Test;

class AdminTokenKeysTest {

    private final AdminSecurityConfiguration configuration = new AdminSecurityConfiguration();

    @Test
    void withoutAVerificationKeyTheServiceRefusesToStartSayingWhatToSet() {
        assertThatThrownBy(() -> configuration.jwtDecoder(new TokenProperties(List.of(), false, "carefeed-feedback-service")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("carefeed.auth.verification-keys[0].public-key")
                .hasMessageContaining("CAREFEED_AUTH_VERIFICATION_KEYS_0_PUBLIC_KEY")
                .hasMessageContaining("carefeed.auth.generate-key=true");
    }

    @Test
    void startsWithAKeyOrWithTheExplicitDevelopmentSwitch() {
        assertThat(configuration.jwtDecoder(new TokenProperties(List.of(new VerificationKey("2026-11",
                PemKeys.pem(PemKeys.generate().getPublic()))), false, "carefeed-feedback-service"))).isNotNull();
        assertThat(configuration.jwtDecoder(new TokenProperties(List.of(), true, "carefeed-feedback-service"))).isNotNull();
    }
}
