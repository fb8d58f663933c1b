package org.carefeed.testsupport.indexes;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every recorded query shape with the declared indexes that serve it, as Markdown. Rows are sorted and
 * carry no values, so two runs of the same tests give the same table.
 */
final class ShapeTable {

    private static final String HEADER = "| Collection | Query shape | Served by | Sent by |\n|---|---|---|---|\n";

    /** One shape: its first three cells are what the docs copy must hold. */
    record Row(QueryShape shape, List<DeclaredIndex> servedBy, String onPurpose, RecordedQueries.Senders senders) {

        boolean unserved() {
            return servedBy.isEmpty() && onPurpose == null && !shape.firstFound();
        }

        String servedByCell() {
            if (!servedBy.isEmpty()) {
                return servedBy.stream().map(DeclaredIndex::name).map(name -> "`" + name + "`")
                        .collect(Collectors.joining(", "));
            }
            if (shape.firstFound()) {
                return "none needed";
            }
            return onPurpose == null ? "**no index**" : "none, on purpose: " + onPurpose;
        }

        /** The part of the row that depends only on the code, not on which test happened to send it. */
        String key() {
            return "| " + shape.collection() + " | " + shape.describe() + " | " + servedByCell() + " |";
        }

        String markdown() {
            return key() + " " + String.join(", ", senders.callers()) + " (" + String.join(", ", senders.commands())
                    + ") |";
        }
    }

    private final List<Row> rows;
    private final Collection<DeclaredIndex> indexes;

    private ShapeTable(List<Row> rows, Collection<DeclaredIndex> indexes) {
        this.rows = rows;
        this.indexes = indexes;
    }

    static ShapeTable of(RecordedQueries recorded, Map<String, String> onPurpose) {
        Collection<DeclaredIndex> indexes = recorded.indexes();
        List<Row> rows = recorded.shapes().entrySet().stream()
                .map(entry -> new Row(entry.getKey(), servingIndexes(entry.getKey(), indexes),
                        onPurpose.get(entry.getKey().key()), entry.getValue()))
                .sorted(Comparator.comparing((Row row) -> row.shape().collection()).thenComparing(row -> row.shape().describe()))
                .toList();
        return new ShapeTable(rows, indexes);
    }

    private static List<DeclaredIndex> servingIndexes(QueryShape shape, Collection<DeclaredIndex> indexes) {
        return indexes.stream().filter(index -> index.serves(shape)).sorted(Comparator.comparing(DeclaredIndex::name)).toList();
    }

    List<Row> rows() {
        return rows;
    }

    List<String> unserved() {
        return rows.stream().filter(Row::unserved).map(row -> row.shape().key()).toList();
    }

    /** Allowlisted shapes that an index serves now: the allowlist entry should go. */
    List<String> servedDespiteAllowlist() {
        return rows.stream().filter(row -> row.onPurpose() != null && !row.servedBy().isEmpty())
                .map(row -> row.shape().key()).toList();
    }

    /** Declared indexes no recorded query uses: worth a look, though a test may just not reach their query. */
    List<DeclaredIndex> unused() {
        Set<DeclaredIndex> used = rows.stream().flatMap(row -> row.servedBy().stream()).collect(Collectors.toSet());
        return indexes.stream().filter(index -> !used.contains(index) && !index.name().equals("_id_"))
                .sorted(Comparator.comparing(DeclaredIndex::collection).thenComparing(DeclaredIndex::name)).toList();
    }

    String markdown() {
        StringBuilder table = new StringBuilder(HEADER);
        rows.forEach(row -> table.append(row.markdown()).append('\n'));
        table.append("\n").append(rows.size()).append(" query shapes, ").append(unserved().size())
                .append(" without an index, ").append(rows.stream().filter(row -> row.onPurpose() != null).count())
                .append(" unindexed on purpose.\n\n| Collection | Index | Keys |\n|---|---|---|\n");
        indexes.stream().sorted(Comparator.comparing(DeclaredIndex::collection).thenComparing(DeclaredIndex::name))
                .forEach(index -> table.append("| ").append(index.collection()).append(" | `").append(index.name())
                        .append("` | ").append(index.describeKeys()).append(unused().contains(index) ? " (no recorded query)" : "")
                        .append(" |\n"));
        return table.toString();
    }
}
