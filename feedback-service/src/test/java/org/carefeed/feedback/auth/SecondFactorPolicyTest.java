package org.carefeed.feedback.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.carefeed.feedback.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SecondFactorPolicyTest {

    private static AuthProperties bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("carefeed.auth", AuthProperties.class);
    }

    @Test
    void productionRequiresASecondFactorOfModeratorsAndAdministrators() {
        assertThat(bound(Map.of()).secondFactorRequiredRoles()).containsExactlyInAnyOrder(Role.MODERATOR, Role.ADMIN);
    }

    @Test
    void testsAndTheLocalStackMayRequireItOfNoOne() {
        assertThat(bound(Map.of("carefeed.auth.second-factor-required-roles", ""))
                .secondFactorRequiredRoles()).isEmpty();
    }
}
