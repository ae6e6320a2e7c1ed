package fr.vigie.shared.store;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's backends, with one change: a query naming one {@code _id} plus
 * other fields is answered through the {@code _id} index. mongo-java-server uses an index
 * only when the query has exactly the index's fields, so every optimistic-locking update
 * ({@code {_id, version}}, i.e. each save of a versioned document) scanned its whole
 * collection: at national scale, one answer saved read the 92,000 checklists and one
 * corrective action opened read the 150,000 findings (see BENCHMARKS.md). The other
 * fields are still matched on the document found, so results are unchanged.
 * <p>
 * The subclasses rebuild what the library's own {@code openOrCreate…} methods build
 * (mongo-java-server 1.47; the H2 map names are the library's, so existing store files
 * open as before).
 */
public final class IdFirstBackends {

	private static final String ID_INDEX = "_id_";

	private IdFirstBackends() {
	}

	/** Documents in memory, lost when the process ends. */
	public static MongoBackend memory() {
		return new Memory();
	}

	/**
	 * Documents in an H2 MVStore file. The library's constructors open the existing
	 * databases and collections, so the subclasses are local classes: the store they
	 * capture is set before those constructors run.
	 */
	public static MongoBackend file(MVStore store) {
		class FileDatabase extends H2Database {

			FileDatabase(String name, CursorRegistry cursors) {
				super(name, store, cursors);
			}

			@Override
			protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
				String namespace = getFullCollectionNamespace(name);
				MVMap<Object, Document> data = store.openMap("databases." + namespace);
				MVMap<String, Object> meta = store.openMap("meta." + namespace);
				return new H2Collection(this, name, options, data, meta, this.cursorRegistry) {

					@Override
					protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit,
							int batchSize, Document fields) {
						Iterable<Object> positions = byId(query, getIndexes());
						return (positions != null)
								? matchDocuments(query, positions, orderBy, skip, limit, batchSize, fields)
								: super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
					}

				};
			}

		}
		return new H2Backend(store) {

			@Override
			protected MongoDatabase openOrCreateDatabase(String name) {
				return new FileDatabase(name, getCursorRegistry());
			}

		};
	}

	/**
	 * The positions of the document with the query's {@code _id}, or null when the query
	 * is not an equality on {@code _id} plus other fields (left to the library).
	 */
	static <P> Iterable<P> byId(Document query, List<Index<P>> indexes) {
		Object id = query.get("_id");
		if (query.size() < 2 || id == null || id instanceof Document || id instanceof Collection
				|| id instanceof Pattern || BsonRegularExpression.isRegularExpression(id)) {
			return null;
		}
		for (Index<P> index : indexes) {
			if (ID_INDEX.equals(index.getName())) {
				return index.getPositions(new Document("_id", id));
			}
		}
		return null;
	}

	private static final class Memory extends MemoryBackend {

		@Override
		public MemoryDatabase openOrCreateDatabase(String name) {
			return new MemoryDatabase(name, getCursorRegistry()) {

				@Override
				protected MemoryCollection openOrCreateCollection(String collection, CollectionOptions options) {
					return new MemoryCollection(this, collection, options, this.cursorRegistry) {

						@Override
						protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit,
								int batchSize, Document fields) {
							Iterable<Integer> positions = byId(query, getIndexes());
							return (positions != null)
									? matchDocuments(query, positions, orderBy, skip, limit, batchSize, fields)
									: super.queryDocuments(query, orderBy, skip, limit, batchSize, fields);
						}

					};
				}

			};
		}

	}

}
