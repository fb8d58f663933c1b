package org.carefeed.choice.summary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.bson.Document;

/**
 * A provider's counters as one flat map of path to count (see {@link Contributions} for the paths),
 * with the version they were read at: every change to them moves it on.
 */
record Counters(long version, Map<String, Long> counts) {

    static final Counters NONE = new Counters(0, Map.of());

    /** The counters of a stored tallies document's {@code counts}; zero counts are left out. */
    static Counters of(long version, Document nested) {
        Map<String, Long> flat = new TreeMap<>();
        flatten("", nested, flat);
        return new Counters(version, flat);
    }

    private static void flatten(String prefix, Document nested, Map<String, Long> into) {
        nested.forEach((key, value) -> {
            if (value instanceof Document inner) {
                flatten(prefix + key + ".", inner, into);
            } else if (value instanceof Number count && count.longValue() != 0) {
                into.put(prefix + key, count.longValue());
            }
        });
    }

    /** These counters as a stored document's {@code counts}. */
    Document nested() {
        Document root = new Document();
        counts.forEach((path, count) -> {
            String[] parts = path.split("\\.");
            Document at = root;
            for (int i = 0; i < parts.length - 1; i++) {
                Document next = (Document) at.get(parts[i]);
                if (next == null) {
                    next = new Document();
                    at.put(parts[i], next);
                }
                at = next;
            }
            at.put(parts[parts.length - 1], count);
        });
        return root;
    }

    /**
     * The counters the figures read today: reviews published and complaints received from the first
     * day of their windows, and every outcome. Days before the windows no longer count for anything.
     */
    Counters within(LocalDate reviewsSince, LocalDate complaintsSince) {
        Map<String, Long> kept = new TreeMap<>();
        counts.forEach((path, count) -> {
            String[] parts = path.split("\\.", 3);
            boolean current = switch (parts[0]) {
                case Contributions.REVIEWS -> !LocalDate.parse(parts[1]).isBefore(reviewsSince);
                case Contributions.COMPLAINTS -> !LocalDate.parse(parts[1]).isBefore(complaintsSince);
                case Contributions.RESPONSE_MINUTES -> !YearMonth.parse(parts[1]).isBefore(YearMonth.from(reviewsSince));
                case Contributions.RESOLUTION_MINUTES ->
                        !YearMonth.parse(parts[1]).isBefore(YearMonth.from(complaintsSince));
                default -> true;
            };
            if (current && count != 0) {
                kept.put(path, count);
            }
        });
        return new Counters(version, kept);
    }

    /**
     * Each counter of one kind ({@link Contributions#REVIEWS} or {@link Contributions#COMPLAINTS}) on a
     * day from {@code since}, with its path after the day split into parts.
     */
    void forEachSince(String kind, LocalDate since, BiConsumer<String[], Long> action) {
        counts.forEach((path, count) -> {
            String[] parts = path.split("\\.");
            if (parts[0].equals(kind) && !LocalDate.parse(parts[1]).isBefore(since)) {
                String[] rest = new String[parts.length - 2];
                System.arraycopy(parts, 2, rest, 0, rest.length);
                action.accept(rest, count);
            }
        });
    }

    /**
     * The durations of one kind ({@link Contributions#RESPONSE_MINUTES} or
     * {@link Contributions#RESOLUTION_MINUTES}) counted in the month of {@code since} and after, by bucket.
     */
    SortedMap<Long, Long> durationsFrom(String kind, LocalDate since) {
        SortedMap<Long, Long> buckets = new TreeMap<>();
        YearMonth first = YearMonth.from(since);
        counts.forEach((path, count) -> {
            String[] parts = path.split("\\.");
            if (parts[0].equals(kind) && !YearMonth.parse(parts[1]).isBefore(first)) {
                buckets.merge(Long.parseLong(parts[2]), count, Long::sum);
            }
        });
        return buckets;
    }

    /** The counts of outcomes, by path after {@code o.}. */
    Map<String, Long> outcomes() {
        Map<String, Long> outcomes = new TreeMap<>();
        counts.forEach((path, count) -> {
            if (path.startsWith(Contributions.OUTCOMES + ".")) {
                outcomes.put(path.substring(Contributions.OUTCOMES.length() + 1), count);
            }
        });
        return outcomes;
    }
}
