package org.carefeed.testsupport.indexes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What an index needs to know of a query: the fields it pins to values (equality, in any order), the
 * order it asks for, the fields it bounds (range), and those only checked document by document
 * (unbounded; see {@link Conditions}). Values are left out, so every run of the same query has the
 * same shape.
 *
 * @param firstFound a find with a limit and no filter or sort at all, such as "is there any document":
 *                   it reads that many documents, however many the collection holds, and needs no index
 */
record QueryShape(String collection, SortedSet<String> equality, List<SortKey> sort, SortedSet<String> range,
        SortedSet<String> unbounded, boolean firstFound) {

    QueryShape {
        SortedSet<String> pinned = Collections.unmodifiableSortedSet(new TreeSet<>(equality));
        SortedSet<String> bounded = new TreeSet<>(range);
        bounded.removeAll(pinned);
        SortedSet<String> checked = new TreeSet<>(unbounded);
        checked.removeAll(pinned);
        checked.removeAll(bounded);
        equality = pinned;
        range = Collections.unmodifiableSortedSet(bounded);
        unbounded = Collections.unmodifiableSortedSet(checked);
        // A sort on a field pinned to one value is no sort at all.
        sort = sort.stream().filter(key -> !pinned.contains(key.field())).toList();
        firstFound &= pinned.isEmpty() && sort.isEmpty() && bounded.isEmpty() && checked.isEmpty();
    }

    static QueryShape of(String collection, Conditions conditions, List<SortKey> sort, boolean limited) {
        return new QueryShape(collection, conditions.equality(), sort, conditions.range(), conditions.unbounded(),
                limited);
    }

    /** Nothing an index could use: every document is read. */
    boolean wholeCollection() {
        return equality.isEmpty() && sort.isEmpty() && range.isEmpty();
    }

    Set<String> sortFields() {
        return sort.stream().map(SortKey::field).collect(Collectors.toSet());
    }

    /** For the table and the allowlists: {@code eq: a, b; sort: c -1; range: d; unbounded: e}. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (firstFound) {
            parts.add("first documents found");
        } else if (wholeCollection()) {
            parts.add("whole collection");
        }
        if (!equality.isEmpty()) {
            parts.add("eq: " + String.join(", ", equality));
        }
        if (!sort.isEmpty()) {
            parts.add("sort: " + sort.stream().map(SortKey::toString).collect(Collectors.joining(", ")));
        }
        if (!range.isEmpty()) {
            parts.add("range: " + String.join(", ", range));
        }
        if (!unbounded.isEmpty()) {
            parts.add("unbounded: " + String.join(", ", unbounded));
        }
        return String.join("; ", parts);
    }

    /** How an allowlist names this shape: {@code collection: shape}. */
    String key() {
        return collection + ": " + describe();
    }
}
