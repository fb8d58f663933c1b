package org.carefeed.testsupport.indexes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.bson.BsonBoolean;
import org.bson.BsonDocument;

/**
 * An index the service asked MongoDB for, and the rule for whether it serves a query shape.
 *
 * @param filtered the fields of its partial filter, if it has one: it holds only the documents that
 *                 match it
 * @param expires  a TTL index: MongoDB removes documents once the key's time has passed
 */
record DeclaredIndex(String collection, String name, List<SortKey> keys, boolean unique, boolean sparse,
        SortedSet<String> filtered, boolean expires) {

    /** The index every collection has. */
    static DeclaredIndex id(String collection) {
        return new DeclaredIndex(collection, "_id_", List.of(new SortKey("_id", 1)), true, false, new TreeSet<>(), false);
    }

    /** One entry of a {@code createIndexes} command. */
    static DeclaredIndex of(String collection, BsonDocument spec) {
        List<SortKey> keys = SortKey.of(spec.getDocument("key"));
        String name = spec.containsKey("name") ? spec.getString("name").getValue()
                : keys.stream().map(key -> key.field() + "_" + key.direction()).collect(Collectors.joining("_"));
        SortedSet<String> filtered = new TreeSet<>();
        if (spec.containsKey("partialFilterExpression")) {
            for (Conditions conditions : Conditions.of(spec.getDocument("partialFilterExpression"))) {
                filtered.addAll(conditions.equality());
                filtered.addAll(conditions.range());
                filtered.addAll(conditions.unbounded());
            }
        }
        return new DeclaredIndex(collection, name, keys, spec.getBoolean("unique", BsonBoolean.FALSE).getValue(),
                spec.getBoolean("sparse", BsonBoolean.FALSE).getValue(), filtered, spec.containsKey("expireAfterSeconds"));
    }

    /**
     * Whether this index serves the shape: its first keys are the equality fields (in any order), the
     * next the sort fields in order (all in the index's direction or all against it), and the range
     * fields come after; a query with only ranges needs an index that starts with one of them. An
     * equality on every key of a unique index (the _id index above all) finds one document at most,
     * which is served whatever else the query asks.
     *
     * <p>The server uses an index that leaves documents out only for a query that leaves them out too:
     * a sparse index for a query on one of its keys, a partial one for a query that names every field
     * of its filter (taken to repeat the filter's condition); those fields then need no key of their own.
     */
    boolean serves(QueryShape shape) {
        if (!shape.collection().equals(collection) || shape.wholeCollection()) {
            return false;
        }
        List<String> fields = keys.stream().map(SortKey::field).toList();
        Set<String> conditioned = new HashSet<>(shape.equality());
        conditioned.addAll(shape.range());
        conditioned.addAll(shape.unbounded());
        if (sparse && fields.stream().noneMatch(conditioned::contains) || !conditioned.containsAll(filtered)) {
            return false;
        }
        Set<String> equality = withoutFiltered(shape.equality(), fields);
        if (unique && !sparse && filtered.isEmpty() && equality.containsAll(fields)) {
            return true;
        }
        if (fields.size() < equality.size() || !Set.copyOf(fields.subList(0, equality.size())).equals(equality)) {
            return false;
        }
        int sorted = equality.size() + shape.sort().size();
        if (fields.size() < sorted || !inOrder(keys.subList(equality.size(), sorted), shape.sort())) {
            return false;
        }
        Set<String> ranges = withoutFiltered(shape.range(), fields);
        ranges.removeAll(shape.sortFields());
        if (ranges.isEmpty()) {
            return sorted > 0 || !filtered.isEmpty();
        }
        List<String> after = fields.subList(sorted, fields.size());
        return after.containsAll(ranges) && (sorted > 0 || ranges.contains(after.get(0)));
    }

    /** The shape's fields less those the partial filter already holds to (unless they are keys too). */
    private Set<String> withoutFiltered(Set<String> shapeFields, List<String> keyFields) {
        Set<String> left = new HashSet<>(shapeFields);
        filtered.stream().filter(field -> !keyFields.contains(field)).forEach(left::remove);
        return left;
    }

    private static boolean inOrder(List<SortKey> index, List<SortKey> sort) {
        boolean forward = true;
        boolean backward = true;
        for (int i = 0; i < sort.size(); i++) {
            SortKey key = index.get(i);
            SortKey wanted = sort.get(i);
            if (!key.field().equals(wanted.field()) || key.direction() == 0) {
                return false;
            }
            forward &= key.direction() == wanted.direction();
            backward &= key.direction() == -wanted.direction();
        }
        return forward || backward;
    }

    /** For the table: {@code {a: 1, b: -1} unique}. */
    String describeKeys() {
        List<String> options = new ArrayList<>();
        options.add("{" + keys.stream().map(key -> key.field() + ": " + (key.direction() == 0 ? "special" : key.direction()))
                .collect(Collectors.joining(", ")) + "}");
        if (unique) {
            options.add("unique");
        }
        if (sparse) {
            options.add("sparse");
        }
        if (!filtered.isEmpty()) {
            options.add("partial on " + String.join(", ", filtered));
        }
        if (expires) {
            options.add("TTL");
        }
        return String.join(" ", options);
    }
}
