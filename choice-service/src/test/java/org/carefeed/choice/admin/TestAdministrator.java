package org.carefeed.choice.admin;

import java.util.List;

import org.carefeed.choice.account.AccountAnnouncements;
import org.carefeed.testsupport.TestTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * The administrator every test context of choice-service knows, as feedback-service's tests seed
 * theirs: announced on the real accounts topic once the service is ready, as feedback-service would
 * announce it. Picked up by component scanning from the test classes. {@link org.carefeed.choice.imports.AdminImports}
 * signs in as it.
 */
@Component
@ConditionalOnWebApplication
public class TestAdministrator {

    public static final String ACCOUNT_ID = "00000000-0000-4000-8000-00000000ad01";

    private final KafkaTemplate<String, String> kafka;

    TestAdministrator(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        // The same announcement every time: the service keeps it once, however often it arrives.
        new AccountAnnouncements(kafka).announce(ACCOUNT_ID, 1, List.of("ADMIN"), true, 0);
    }

    /** A fresh token of the administrator, signed as feedback-service signs. */
    public static String token() {
        return TestTokens.forAccount(ACCOUNT_ID, "ADMIN").sign();
    }
}
