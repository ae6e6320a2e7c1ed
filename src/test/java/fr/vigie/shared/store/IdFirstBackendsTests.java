package fr.vigie.shared.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdFirstBackendsTests {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "memory", "file" })
	void queriesOnAnIdAndOtherFieldsStillMatchEveryField(String backend) {
		withCollection(backend(backend), (documents) -> {
			for (int i = 0; i < 50; i++) {
				documents.insertOne(new Document("_id", "d" + i).append("version", 1).append("n", i));
			}
			assertThat(documents.updateOne(idAnd("d7", "version", 1), Updates.set("version", 2)).getModifiedCount())
				.isEqualTo(1);
			// The stale version no longer matches: optimistic locking still works.
			assertThat(documents.updateOne(idAnd("d7", "version", 1), Updates.set("version", 3)).getModifiedCount())
				.isZero();
			assertThat(documents.find(idAnd("d7", "version", 2)).first()).containsEntry("n", 7);
			assertThat(documents.find(idAnd("d7", "n", 8)).first()).isNull();
			assertThat(documents.find(idAnd("missing", "version", 1)).first()).isNull();
			assertThat(documents.find(Filters.and(Filters.in("_id", "d1", "d2", "d7"), Filters.eq("version", 1)))
				.into(new ArrayList<>())).extracting((found) -> found.get("_id")).containsExactlyInAnyOrder("d1", "d2");
			assertThat(documents.deleteOne(idAnd("d3", "version", 1)).getDeletedCount()).isEqualTo(1);
			assertThat(documents.countDocuments()).isEqualTo(49);
			return null;
		});
	}

	@Test
	void aStoreFileWrittenByTheLibrarysOwnBackendOpensWithItsData() {
		Path file = this.dir.resolve("old.mv");
		withCollection(new H2Backend(file.toString()), (documents) -> {
			documents.insertOne(new Document("_id", "kept").append("version", 4));
			return null;
		});
		Document found = withCollection(IdFirstBackends.file(MVStore.open(file.toString())),
				(documents) -> documents.find(idAnd("kept", "version", 4)).first());
		assertThat(found).containsEntry("version", 4);
	}

	/** The shape Spring Data sends for a versioned save: {@code {_id: …, field: …}}. */
	private static Document idAnd(String id, String field, Object value) {
		return new Document("_id", id).append(field, value);
	}

	private MongoBackend backend(String kind) {
		return "memory".equals(kind) ? IdFirstBackends.memory()
				: IdFirstBackends.file(MVStore.open(this.dir.resolve("store.mv").toString()));
	}

	private static <T> T withCollection(MongoBackend backend, Function<MongoCollection<Document>, T> work) {
		MongoServer server = new MongoServer(backend);
		String address = "mongodb://127.0.0.1:" + server.bind().getPort();
		try (MongoClient client = MongoClients.create(address)) {
			return work.apply(client.getDatabase("test").getCollection("documents"));
		}
		finally {
			server.shutdown();
		}
	}

}
