package org.carefeed.feedback.account;

import java.util.List;
import java.util.UUID;

import org.carefeed.events.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the configured seed accounts that do not exist yet. An existing account is never changed,
 * so a password its owner has since changed, or a disabled account, stays as it is.
 */
@Component
class AccountSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountSeeder.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AccountProperties properties;
    private final EventCodec codec;
    private final java.time.Clock clock;

    AccountSeeder(AccountRepository accounts, PasswordEncoder encoder, AccountProperties properties,
            EventCodec codec, java.time.Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (AccountProperties.Seed seed : properties.seed()) {
            String email = Accounts.normalised(seed.email());
            if (email.isEmpty() || seed.password() == null || seed.roles() == null || seed.roles().isEmpty()) {
                log.warn("Skipping a seed account without email, password or roles");
                continue;
            }
            if (accounts.findByEmail(email).isPresent()) {
                continue;
            }
            try {
                accounts.insert(Account.created(UUID.randomUUID().toString(), email,
                        seed.displayName() == null ? email : seed.displayName(), encoder.encode(seed.password()),
                        seed.roles(), seed.providerCodes() == null ? List.of() : List.copyOf(seed.providerCodes()),
                        clock.instant()).announced(codec, clock.instant()));
                log.info("Created seed account {} with roles {}", email, seed.roles());
            } catch (DuplicateKeyException e) {
                // Another instance created it first.
            }
        }
    }
}
