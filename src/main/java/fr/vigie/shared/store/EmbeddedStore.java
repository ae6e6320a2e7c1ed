package fr.vigie.shared.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process server speaking the MongoDB wire protocol. Vigie reaches it through the
 * real driver over TCP, exactly as it would reach a MongoDB server.
 */
public final class EmbeddedStore {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);

	private final MongoServer server;

	private final InetSocketAddress address;

	private final String database;

	private EmbeddedStore(MongoServer server, InetSocketAddress address, String database) {
		this.server = server;
		this.address = address;
		this.database = database;
	}

	static EmbeddedStore start(StoreProperties properties) {
		MongoBackend backend = switch (properties.backend()) {
			case MEMORY -> new MemoryBackend();
			case FILE -> new H2Backend(openStoreFile(prepareStoreFile(properties)));
		};
		MongoServer server = new MongoServer(backend);
		server.bind(properties.host(), properties.port());
		InetSocketAddress address = server.getLocalAddress();
		log.info("Embedded store ({}) listening on {}:{}{}", properties.backend().name().toLowerCase(),
				address.getHostString(), address.getPort(), (properties.backend() == StoreProperties.Backend.FILE)
						? ", data in " + properties.storeFile().toAbsolutePath() : "");
		return new EmbeddedStore(server, address, properties.database());
	}

	/**
	 * Opens the H2 MVStore file without background compaction. With it on (H2's default,
	 * and what {@code new H2Backend(fileName)} does), chunks rewritten by the background
	 * housekeeping can vanish under a running collection scan: the national data set
	 * broke the store with "Chunk … not found" (h2database#4383, #4247, #4012; decision
	 * 013). Space freed by updates is still reused; the file is only not shrunk while
	 * running.
	 */
	private static MVStore openStoreFile(Path file) {
		return new MVStore.Builder().fileName(file.toString()).autoCompactFillRate(0).open();
	}

	/**
	 * Creates the data directory and proves it is writable, so that a bad path fails at
	 * start-up with a sentence instead of a storage-engine stack trace.
	 */
	private static Path prepareStoreFile(StoreProperties properties) {
		Path dir = properties.dataDir().toAbsolutePath();
		try {
			Files.createDirectories(dir);
			Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
			Files.delete(probe);
		}
		catch (IOException | UncheckedIOException | SecurityException ex) {
			throw new DataDirectoryNotWritableException(dir, ex);
		}
		return properties.storeFile();
	}

	/** Connection string for the driver, including the database name. */
	public String connectionString() {
		return "mongodb://" + this.address.getHostString() + ":" + this.address.getPort() + "/" + this.database;
	}

	void shutdown() {
		log.info("Stopping embedded store");
		this.server.shutdown();
	}

}
