package org.carefeed.testsupport.indexes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

class DeclaredIndexTest {

    private static List<QueryShape> shapes(String filter, String sort) {
        return Conditions.of(BsonDocument.parse(filter)).stream()
                .map(conditions -> QueryShape.of("c", conditions, SortKey.of(BsonDocument.parse(sort)), false)).toList();
    }

    private static QueryShape shape(String filter, String sort) {
        List<QueryShape> shapes = shapes(filter, sort);
        assertThat(shapes).hasSize(1);
        return shapes.get(0);
    }

    private static DeclaredIndex index(String spec) {
        return DeclaredIndex.of("c", BsonDocument.parse(spec));
    }

    @Test
    void equalitiesInAnyOrderThenSortThenRange() {
        DeclaredIndex index = index("{key: {a: 1, b: 1, t: -1, _id: -1, d: 1}, name: 'x'}");

        assertThat(index.serves(shape("{b: 2, a: 1}", "{}"))).isTrue();
        assertThat(index.serves(shape("{a: 1, b: {$in: [1, 2]}}", "{t: -1, _id: -1}"))).isTrue();
        assertThat(index.serves(shape("{a: 1, b: 2}", "{t: 1, _id: 1}"))).as("all reversed").isTrue();
        assertThat(index.serves(shape("{a: 1, b: 2}", "{t: 1, _id: -1}"))).as("mixed").isFalse();
        assertThat(index.serves(shape("{a: 1, b: 2, d: {$lt: 3}}", "{t: -1}"))).isTrue();
        assertThat(index.serves(shape("{a: 1}", "{t: -1}"))).as("b between").isFalse();
        assertThat(index.serves(shape("{a: 1, b: 2, e: {$gt: 1}}", "{}"))).as("range not in the index").isFalse();
    }

    @Test
    void aKeysetCursorBoundsOnlyTheSortFields() {
        QueryShape page = shape("{$and: [{a: 1}, {$or: [{t: {$lt: 5}}, {t: 5, _id: {$lt: 'x'}}]}]}", "{t: -1, _id: -1}");

        assertThat(page.describe()).isEqualTo("eq: a; sort: t -1, _id -1; range: _id, t");
        assertThat(index("{key: {a: 1, t: -1, _id: -1}}").serves(page)).isTrue();
    }

    @Test
    void rangesAloneNeedAnIndexThatStartsWithOne() {
        QueryShape expired = shape("{expiresAt: {$lt: 1}}", "{}");

        assertThat(index("{key: {expiresAt: 1}, expireAfterSeconds: 0}").serves(expired)).isTrue();
        assertThat(index("{key: {other: 1, expiresAt: 1}}").serves(expired)).isFalse();
    }

    @Test
    void anEqualityOnEveryKeyOfAUniqueIndexIsServedWhateverElse() {
        QueryShape update = shape("{_id: 'x', version: 3, until: {$lte: 1}}", "{}");

        assertThat(DeclaredIndex.id("c").serves(update)).isTrue();
        assertThat(DeclaredIndex.id("c").serves(shape("{_id: {$gt: 'x'}}", "{}"))).isTrue();
        assertThat(DeclaredIndex.id("other").serves(update)).isFalse();
    }

    @Test
    void aFilterOfOnlyAnOrIsAShapePerBranch() {
        assertThat(shapes("{$or: [{a: {$lt: 1}, d: {$exists: true}}, {b: {$lt: 1}, d: {$exists: true}}]}", "{}"))
                .extracting(QueryShape::describe).containsExactly("range: a, d", "range: b, d");
    }

    @Test
    void aFieldNamedByADayIsOneShapeWhateverTheDay() {
        assertThat(shapes("{_id: 'x', 'days.2026-12-05.v': {$not: {$gte: 3}}}", "{}"))
                .extracting(QueryShape::describe).containsExactly("eq: _id; range: days.<day>.v");
        assertThat(shapes("{_id: 'x', 'days.2024-09-19.v': {$not: {$gte: 3}}}", "{}"))
                .extracting(QueryShape::describe).containsExactly("eq: _id; range: days.<day>.v");
        assertThat(shapes("{listedOn: '2026-12-05'}", "{}")).as("a day as a value is no field name")
                .extracting(QueryShape::describe).containsExactly("eq: listedOn");
    }

    @Test
    void aPartialIndexServesQueriesThatRepeatItsFilter() {
        DeclaredIndex kept = index("{key: {a: 1}, name: 'kept', partialFilterExpression: {d: {$exists: true}}}");

        assertThat(kept.serves(shape("{a: {$lt: 1}, d: {$exists: true}}", "{}"))).isTrue();
        assertThat(kept.serves(shape("{a: {$lt: 1}}", "{}"))).isFalse();
    }

    @Test
    void aSparseIndexServesOnlyQueriesOnItsKeys() {
        DeclaredIndex pending = index("{key: {'outbox.storedAt': 1}, sparse: true}");

        assertThat(pending.serves(shape("{'outbox.storedAt': {$exists: true}}", "{'outbox.storedAt': 1}"))).isTrue();
        assertThat(pending.serves(shape("{outbox: {$exists: true, $ne: []}}", "{'outbox.storedAt': 1}"))).isFalse();
    }

    @Test
    void unanchoredRegexesNeedNoKey() {
        QueryShape search = shape("{status: 'open', names: {$regex: 'ab'}, services: {$regex: '^fl', $options: 'i'}}",
                "{name: 1}");

        assertThat(search.describe()).isEqualTo("eq: status; sort: name 1; unbounded: names, services");
        assertThat(index("{key: {status: 1, name: 1}}").serves(search)).isTrue();
        assertThat(shape("{name: /^ab/}", "{}").describe()).isEqualTo("range: name");
    }

    @Test
    void noIndexServesAWholeCollectionRead() {
        QueryShape all = shape("{}", "{}");

        assertThat(all.describe()).isEqualTo("whole collection");
        assertThat(DeclaredIndex.id("c").serves(all)).isFalse();
    }

    @Test
    void aLimitWithoutFilterOrSortReadsOnlyThatMany() {
        Conditions none = Conditions.of(new BsonDocument()).get(0);

        assertThat(QueryShape.of("c", none, List.of(), true).firstFound()).isTrue();
        assertThat(QueryShape.of("c", none, List.of(new SortKey("a", 1)), true).firstFound()).isFalse();
    }
}
