package org.carefeed.choice.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carefeed.events.AccountAccessChanged;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each account is kept as of its highest announcement, whatever order announcements arrive in. */
class KnownAccountsIT extends IntegrationTest {

    @Autowired
    KnownAccounts accounts;

    @Test
    void anOlderOrRepeatedAnnouncementChangesNothing() {
        String id = UUID.randomUUID().toString();
        AccountAccessChanged created = AccountAccessChanged.of(id, 1, List.of("ADMIN"), true, 0, Instant.now());
        AccountAccessChanged disabled = AccountAccessChanged.of(id, 2, List.of("ADMIN"), false, 0, Instant.now());

        accounts.apply(disabled);
        accounts.apply(created);
        accounts.apply(disabled);

        KnownAccount known = accounts.find(id).orElseThrow();
        assertThat(known.revision()).isEqualTo(2);
        assertThat(known.enabled()).isFalse();
        assertThat(known.accepts(0)).as("a disabled account's tokens").isFalse();
        assertThat(accounts.find(UUID.randomUUID().toString())).isEmpty();
        assertThat(accounts.find(null)).isEmpty();
    }
}
