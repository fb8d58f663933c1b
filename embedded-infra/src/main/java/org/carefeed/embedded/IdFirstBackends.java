package org.carefeed.embedded;

import java.util.List;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;

/**
 * The Mongo-wire server's backends, with one thing of a real MongoDB's query planner added: a query that
 * names one {@code _id} (or a list of them) among other conditions is answered from the {@code _id}
 * index and then checked against the other conditions, as mongod does. Out of the box the server uses an
 * index only when a query has exactly the index's fields, so a conditional write such as "this id, if its
 * revision is lower" scanned the whole collection: each event cost time in proportion to the number of
 * documents, and taking in a large topic was quadratic.
 */
public final class IdFirstBackends {

    private static final String ID = "_id";

    private IdFirstBackends() {
    }

    /** In memory, for tests. */
    public static MemoryBackend inMemory() {
        return new MemoryBackend() {
            @Override
            public MemoryDatabase openOrCreateDatabase(String databaseName) {
                return new MemoryDatabase(databaseName, getCursorRegistry()) {
                    @Override
                    protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName,
                            List<IndexKey> keys, boolean sparse) {
                        return idFirst(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse));
                    }
                };
            }
        };
    }

    /** Kept in one H2 MVStore file. */
    public static H2Backend inFile(String fileName) {
        MVStore store = MVStore.open(fileName);
        return new H2Backend(store) {
            @Override
            protected H2Database openOrCreateDatabase(String databaseName) {
                return new H2Database(databaseName, store, getCursorRegistry()) {
                    @Override
                    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                            List<IndexKey> keys, boolean sparse) {
                        return idFirst(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse));
                    }
                };
            }
        };
    }

    private static <P> Index<P> idFirst(Index<P> index) {
        List<IndexKey> keys = index.getKeys();
        boolean onId = keys.size() == 1 && keys.get(0).getKey().equals(ID);
        return onId ? new IdFirstIndex<>(index) : index;
    }

    /** The query's {@code _id} condition alone when it has one among others, else the query itself. */
    static Document narrowed(Document query) {
        return query.size() > 1 && query.containsKey(ID) ? new Document(ID, query.get(ID)) : query;
    }

    /** The backend's own {@code _id} index, asked with the {@code _id} condition only. */
    private static final class IdFirstIndex<P> extends Index<P> {

        private final Index<P> index;

        IdFirstIndex(Index<P> index) {
            super(index.getName(), index.getKeys(), false);
            this.index = index;
        }

        @Override
        public boolean canHandle(Document query) {
            return index.canHandle(narrowed(query));
        }

        @Override
        public Iterable<P> getPositions(Document query) {
            // A superset of the matches: the collection checks each against the whole query.
            return index.getPositions(narrowed(query));
        }

        @Override
        public P getPosition(Document document) {
            return index.getPosition(document);
        }

        @Override
        public void checkAdd(Document document, MongoCollection<P> collection) {
            index.checkAdd(document, collection);
        }

        @Override
        public void add(Document document, P position, MongoCollection<P> collection) {
            index.add(document, position, collection);
        }

        @Override
        public P remove(Document document) {
            return index.remove(document);
        }

        @Override
        public long getCount() {
            return index.getCount();
        }

        @Override
        public long getDataSize() {
            return index.getDataSize();
        }

        @Override
        public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
            index.checkUpdate(oldDocument, newDocument, collection);
        }

        @Override
        public void updateInPlace(Document oldDocument, Document newDocument, P position,
                MongoCollection<P> collection) throws KeyConstraintError {
            index.updateInPlace(oldDocument, newDocument, position, collection);
        }

        @Override
        public void drop() {
            index.drop();
        }

        @Override
        public boolean isUnique() {
            return index.isUnique();
        }

        @Override
        public Document toIndexDescription() {
            return index.toIndexDescription();
        }
    }
}
