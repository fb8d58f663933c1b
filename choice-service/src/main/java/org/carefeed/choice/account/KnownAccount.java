package org.carefeed.choice.account;

import java.time.Instant;
import java.util.List;

import org.carefeed.platform.tokens.BearerTokens;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An account as feedback-service last announced it.
 *
 * @param id            the account id, the {@code sub} of its tokens
 * @param revision      of the announcement this is; an older one changes nothing
 * @param passwordStamp the {@code pwc} of tokens obtained with its current password
 * @param changedAt     when feedback-service changed it
 */
@Document(KnownAccount.COLLECTION)
public record KnownAccount(@Id String id, long revision, List<String> roles, boolean enabled, long passwordStamp,
        Instant changedAt) {

    static final String COLLECTION = "accounts";

    /**
     * Whether a token of this account, obtained with the password of that stamp, may still be used:
     * not once the account is disabled or its password has changed.
     */
    public boolean accepts(Object tokenPasswordStamp) {
        return enabled && BearerTokens.samePasswordStamp(tokenPasswordStamp, passwordStamp);
    }
}
