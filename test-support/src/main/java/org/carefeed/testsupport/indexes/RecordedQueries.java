package org.carefeed.testsupport.indexes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;

/**
 * Listens to every command the service's MongoDB client sends and keeps, for the whole test JVM, the
 * shape of each query (find, count, aggregate, distinct, findAndModify, update, delete) and every index
 * asked for (createIndexes: the annotated ones Spring Data creates and those the code creates itself).
 *
 * <p>Only the service's own queries count: a query whose nearest Carefeed caller is test code (a test
 * checking what was stored, a fixture seeding data) is left out. The sync driver calls a listener on the
 * thread that sends the command, so the stack says who sent it.
 *
 * <p>Collections are told apart by name alone: a test with a database of its own runs the same service,
 * which declares the same indexes there.
 */
final class RecordedQueries implements CommandListener {

    static final RecordedQueries INSTANCE = new RecordedQueries();

    private static final Set<String> QUERIES = Set.of("find", "count", "aggregate", "distinct", "findAndModify",
            "update", "delete");
    private static final Set<String> SYSTEM_DATABASES = Set.of("admin", "config", "local");

    private final Map<QueryShape, Senders> shapes = new ConcurrentHashMap<>();
    private final Map<String, DeclaredIndex> indexes = new ConcurrentHashMap<>();

    private RecordedQueries() {
    }

    /** Who sent a shape, and with which commands. */
    record Senders(SortedSet<String> commands, SortedSet<String> callers) {
    }

    Map<QueryShape, Senders> shapes() {
        return Map.copyOf(shapes);
    }

    /** Every index asked for, and the _id index of every collection queried. */
    Collection<DeclaredIndex> indexes() {
        Map<String, DeclaredIndex> all = new ConcurrentHashMap<>(indexes);
        shapes.keySet().forEach(shape -> all.putIfAbsent(shape.collection() + "._id_", DeclaredIndex.id(shape.collection())));
        return all.values();
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String command = event.getCommandName();
        if (SYSTEM_DATABASES.contains(event.getDatabaseName())
                || !(command.equals("createIndexes") || QUERIES.contains(command))) {
            return;
        }
        BsonDocument body = event.getCommand();
        BsonValue target = body.get(command);
        if (target == null || !target.isString()) {
            return; // a database-wide aggregate: not about one collection
        }
        String collection = target.asString().getValue();
        if (command.equals("createIndexes")) {
            // Not filtered by caller: indexes are created at start-up, from wherever the context starts.
            body.getArray("indexes").forEach(spec -> {
                DeclaredIndex index = DeclaredIndex.of(collection, spec.asDocument());
                indexes.put(collection + "." + index.name(), index);
            });
            return;
        }
        Optional<String> caller = Callers.serviceCaller();
        if (caller.isEmpty()) {
            return;
        }
        for (QueryShape shape : shapesOf(command, collection, body)) {
            Senders senders = shapes.computeIfAbsent(shape,
                    s -> new Senders(new ConcurrentSkipListSet<>(), new ConcurrentSkipListSet<>()));
            senders.commands().add(command);
            senders.callers().add(caller.get());
        }
    }

    private static List<QueryShape> shapesOf(String command, String collection, BsonDocument body) {
        return switch (command) {
            case "find" -> shapes(collection, body.getDocument("filter", new BsonDocument()),
                    body.getDocument("sort", new BsonDocument()), body.containsKey("limit"));
            case "count", "findAndModify" -> shapes(collection, body.getDocument("query", new BsonDocument()),
                    body.getDocument("sort", new BsonDocument()));
            // The server reads distinct values from an index in its order (DISTINCT_SCAN): served as a sort is.
            case "distinct" -> shapes(collection, body.getDocument("query", new BsonDocument()),
                    new BsonDocument(body.getString("key").getValue(), new BsonInt32(1)));
            case "update" -> statements(collection, body.getArray("updates", new BsonArray()));
            case "delete" -> statements(collection, body.getArray("deletes", new BsonArray()));
            case "aggregate" -> pipeline(collection, body.getArray("pipeline", new BsonArray()));
            default -> List.of();
        };
    }

    private static List<QueryShape> statements(String collection, BsonArray statements) {
        List<QueryShape> found = new ArrayList<>();
        statements.forEach(statement -> found.addAll(shapes(collection, statement.asDocument().getDocument("q"),
                statement.asDocument().getDocument("sort", new BsonDocument()))));
        return found;
    }

    /**
     * The $match stages at the front of a pipeline, and a $sort right after them, are what an index can
     * serve; countDocuments is such a pipeline too.
     */
    private static List<QueryShape> pipeline(String collection, BsonArray stages) {
        List<BsonValue> matches = new ArrayList<>();
        BsonDocument sort = new BsonDocument();
        for (BsonValue stage : stages) {
            BsonDocument document = stage.asDocument();
            if (document.containsKey("$match")) {
                matches.add(document.get("$match"));
            } else {
                if (document.containsKey("$sort")) {
                    sort = document.getDocument("$sort");
                }
                break;
            }
        }
        BsonDocument filter = matches.size() == 1 ? matches.get(0).asDocument()
                : matches.isEmpty() ? new BsonDocument() : new BsonDocument("$and", new BsonArray(matches));
        return shapes(collection, filter, sort);
    }

    private static List<QueryShape> shapes(String collection, BsonDocument filter, BsonDocument sort) {
        return shapes(collection, filter, sort, false);
    }

    private static List<QueryShape> shapes(String collection, BsonDocument filter, BsonDocument sort, boolean limited) {
        List<SortKey> order = SortKey.of(sort);
        return Conditions.of(filter).stream().map(conditions -> QueryShape.of(collection, conditions, order, limited))
                .toList();
    }
}
