package org.carefeed.feedback.account;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Who changed which account, how and when: every creation, access change, disabling, enabling,
 * password change and reset, second factor set up or reset, and recovery code used. Never a password,
 * hash, reset token, second-factor secret or code.
 */
@Component
public class AccountAudit {

    /**
     * @param actor   the account that made the change ({@code account:<id>}), or {@code reset-link} for a
     *                password set through a reset link
     * @param detail  what changed, in words, without secrets
     */
    @Document("account_audit")
    // The CSV export reads every entry in this order: without the index the server would sort them all in memory.
    @CompoundIndex(name = "in_order", def = "{'at': 1, '_id': 1}")
    record Entry(String id, Instant at, String actor, String accountId, String action, String detail) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    AccountAudit(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void record(String actor, String accountId, String action, String detail) {
        mongo.insert(new Entry(UUID.randomUUID().toString(), clock.instant(), actor, accountId, action, detail));
    }

    static String by(Account actor) {
        return "account:" + actor.id();
    }

    /** The whole trail as CSV (RFC 4180), oldest first, streamed rather than held in memory. */
    void writeCsv(Writer out) throws IOException {
        out.write("at,actor,accountId,action,detail\r\n");
        Query all = new Query().with(Sort.by("at", "id"));
        try (Stream<Entry> entries = mongo.stream(all, Entry.class)) {
            for (Entry entry : (Iterable<Entry>) entries::iterator) {
                out.write(String.join(",", csv(entry.at().toString()), csv(entry.actor()), csv(entry.accountId()),
                        csv(entry.action()), csv(entry.detail())) + "\r\n");
            }
        }
    }

    /**
     * A field quoted when it must be, and a leading =, +, - or @ neutralised, so that a spreadsheet
     * opening the file never runs a display name as a formula.
     */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("[^\",\r\n]*") ? safe : "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
