package org.carefeed.choice.account;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;

import org.carefeed.events.AccountAccessChanged;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The accounts announced on the accounts topic, each as of its highest revision: every announcement is
 * the account's whole access, so a newer one replaces what is stored and an older or repeated one
 * changes nothing.
 */
@Component
public class KnownAccounts {

    private final MongoTemplate mongo;

    KnownAccounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void apply(AccountAccessChanged event) {
        Update access = new Update()
                .set("revision", event.revision())
                .set("roles", event.roles())
                .set("enabled", event.enabled())
                .set("passwordStamp", event.passwordStamp())
                .set("changedAt", event.occurredAt());
        try {
            mongo.upsert(query(where("_id").is(event.accountId())).addCriteria(where("revision").not().gte(event.revision())),
                    access, KnownAccount.class);
        } catch (DuplicateKeyException sameOrNewerStored) {
            // The filter missed because this revision or a newer one is stored, so the upsert tried to
            // insert the same account again: there is nothing to do.
        }
    }

    /** The account as last announced; empty if never announced (or not yet). */
    public Optional<KnownAccount> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(mongo.findById(id, KnownAccount.class));
    }
}
