package org.carefeed.testsupport.indexes;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * The fields a query filter pins to values, those it bounds, and those no index can bound.
 *
 * <p>{@code $in} counts as equality, however many values it lists: the server scans one point per
 * value and merges them in index order, so an index with the field before the sort fields serves a
 * sort too (up to 200 points; no query here comes near). {@code $gt}, {@code $ne}, {@code $exists},
 * {@code $type}, a regex anchored at the start, and so on are ranges. A regex that is not anchored or
 * ignores case, {@code $expr}, {@code $where} and the like are only checked on each document (or index
 * entry) the other conditions let through: no index bounds them, so none is asked to hold them.
 *
 * <p>Fields under an {@code $or} or {@code $nor} next to other conditions are ranges: the index is used
 * for the other conditions and the branches are checked on its keys. A filter that is nothing but an
 * {@code $or} is planned branch by branch, so each branch is a shape of its own.
 */
record Conditions(SortedSet<String> equality, SortedSet<String> range, SortedSet<String> unbounded) {

    private static final BsonString NO_OPTIONS = new BsonString("");
    /**
     * A field named by data, such as a day in a map of days ({@code days.2026-12-05.v}), is one shape
     * whatever the day: otherwise each test run on a new date would find a query shape the docs lack.
     */
    private static final Pattern DAY_IN_PATH = Pattern.compile("(?<=^|\\.)\\d{4}-\\d{2}-\\d{2}(?=\\.|$)");

    static List<Conditions> of(BsonDocument filter) {
        if (filter.size() == 1 && filter.containsKey("$or")) {
            return filter.getArray("$or").stream().flatMap(branch -> of(branch.asDocument()).stream()).toList();
        }
        Conditions conditions = empty();
        conditions.add(filter, "");
        return List.of(conditions);
    }

    private static Conditions empty() {
        return new Conditions(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
    }

    private void add(BsonDocument filter, String prefix) {
        for (Map.Entry<String, BsonValue> entry : filter.entrySet()) {
            String key = entry.getKey();
            BsonValue value = entry.getValue();
            switch (key) {
                case "$and" -> value.asArray().forEach(part -> add(part.asDocument(), prefix));
                case "$or", "$nor" -> value.asArray().forEach(branch -> {
                    Conditions inBranch = empty();
                    inBranch.add(branch.asDocument(), prefix);
                    range.addAll(inBranch.equality());
                    range.addAll(inBranch.range());
                    unbounded.addAll(inBranch.unbounded());
                });
                case "$comment" -> {
                }
                // $expr, $where, $text, ...: named as they are, so the table shows them.
                default -> field(key.startsWith("$") ? key : prefix + key, value);
            }
        }
    }

    private void field(String named, BsonValue value) {
        String field = DAY_IN_PATH.matcher(named).replaceAll("<day>");
        if (field.startsWith("$")) {
            unbounded.add(field);
        } else if (value.isRegularExpression()) {
            regex(field, value, "");
        } else if (!value.isDocument() || !isOperators(value.asDocument())) {
            equality.add(field);
        } else {
            BsonDocument operators = value.asDocument();
            for (Map.Entry<String, BsonValue> operator : operators.entrySet()) {
                switch (operator.getKey()) {
                    case "$eq", "$in" -> equality.add(field);
                    case "$elemMatch" -> elementMatch(field, operator.getValue().asDocument());
                    case "$regex" -> regex(field, operator.getValue(), operators.getString("$options", NO_OPTIONS).getValue());
                    case "$options" -> {
                    }
                    case "$mod", "$size" -> unbounded.add(field);
                    default -> range.add(field);
                }
            }
        }
    }

    /** Only a case-sensitive regex anchored at the start gives an index bounds (its fixed prefix). */
    private void regex(String field, BsonValue regex, String options) {
        String pattern = regex.isString() ? regex.asString().getValue() : regex.asRegularExpression().getPattern();
        String allOptions = options + (regex.isRegularExpression() ? regex.asRegularExpression().getOptions() : "");
        (pattern.startsWith("^") && !allOptions.contains("i") ? range : unbounded).add(field);
    }

    /** {@code a: {$elemMatch: {b: 1}}} is about {@code a.b}; {@code a: {$elemMatch: {$gt: 1}}} about {@code a}. */
    private void elementMatch(String field, BsonDocument condition) {
        if (isOperators(condition)) {
            range.add(field);
        } else {
            add(condition, field + ".");
        }
    }

    private static boolean isOperators(BsonDocument document) {
        return !document.isEmpty() && document.getFirstKey().startsWith("$");
    }
}
