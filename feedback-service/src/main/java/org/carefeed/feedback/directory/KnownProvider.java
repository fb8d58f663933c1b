package org.carefeed.feedback.directory;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What feedback-service knows of a provider.
 *
 * @param asOf when the directory said so: an older event never overwrites a newer one
 */
@Document("providers")
public record KnownProvider(@Id String code, String name, String type, String parentCode, String status, Instant asOf) {

    static final String OPEN = "open";
    static final String CLOSED = "closed";

    public boolean open() {
        return OPEN.equals(status);
    }

    /** The provider's name, or its code while the replica has only seen a closure, which carries no name. */
    public String nameOrCode() {
        return name == null ? code : name;
    }
}
