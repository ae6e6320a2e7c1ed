package fr.vigie.shared.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process server speaking the MongoDB wire protocol. Vigie reaches it through the
 * real driver over TCP, exactly as it would reach a MongoDB server.
 */
public final class EmbeddedStore {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);

	/** Below this share of live data, the file is compacted when the store opens. */
	private static final int COMPACT_BELOW_LIVE_SHARE = 50;

	/** Small files are left as they are: compacting them gains nothing worth the wait. */
	private static final long COMPACT_ABOVE_BYTES = 64L << 20;

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
			case MEMORY -> IdFirstBackends.memory();
			case FILE -> IdFirstBackends.file(openStoreFile(prepareStoreFile(properties)));
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
		String name = file.toString();
		MVStoreTool.compactCleanUp(name);
		MVStore store = open(name);
		int live = liveShare(store);
		if (live < COMPACT_BELOW_LIVE_SHARE && sizeOf(file) > COMPACT_ABOVE_BYTES) {
			// Nothing reads the file yet: the one moment a compaction cannot race a scan.
			long before = sizeOf(file);
			log.info("Compacting the store file ({} MB, {} % live data)", before >> 20, live);
			store.close();
			MVStoreTool.compact(name, false);
			store = open(name);
			log.info("Store file compacted: {} MB -> {} MB", before >> 20, sizeOf(file) >> 20);
		}
		return store;
	}

	/**
	 * Percentage of the file holding live data: the blocks in use times the live share of
	 * those chunks (updates leave chunks mostly dead long before blocks are freed).
	 */
	private static int liveShare(MVStore store) {
		return store.getFillRate() * store.getFileStore().getChunksFillRate() / 100;
	}

	private static MVStore open(String file) {
		return new MVStore.Builder().fileName(file).autoCompactFillRate(0).open();
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
