package org.carefeed.choice.change;

import java.util.Objects;

/**
 * Something public changed: which kind of thing, and which one. It carries no data, only where to find
 * it, so the changes topic holds nothing that an erasure would have to reach.
 *
 * @param kind one of the kinds below
 * @param id   the thing's id within its kind: a provider's public identifier, a review's id
 */
public record ChangeNotice(String kind, String id) {

    /** A provider's directory entry: opened, changed or closed. Id: the provider's public identifier. */
    public static final String PROVIDER = "provider";
    /** A provider's latest published indicator values. Id: the provider's public identifier. */
    public static final String INDICATORS = "indicators";
    /** A review, with its provider's response: published, changed, or taken down. Id: the review's id. */
    public static final String REVIEW = "review";
    /** A provider's figures (ratings, complaint handling, review outcomes). Id: the provider's public identifier. */
    public static final String FIGURES = "figures";
    /** Carefeed's moderation statistics of one month. Id: the month, {@code 2026-11}. */
    public static final String MODERATION_STATISTICS = "moderation-statistics";
    /** A provider's complaint-handling statistics, month by month. Id: the provider's public identifier. */
    public static final String COMPLAINT_STATISTICS = "complaint-statistics";

    public ChangeNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /** The record key: kind first, so one thing's notices share a key (the id may itself hold a colon). */
    String key() {
        return kind + ":" + id;
    }

    /** The notice of a record key, or null for a key that is not one. */
    static ChangeNotice ofKey(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        return colon <= 0 || colon == key.length() - 1 ? null
                : new ChangeNotice(key.substring(0, colon), key.substring(colon + 1));
    }
}
