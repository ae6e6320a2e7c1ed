package fr.vigie.shared.store;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded store. Ignored when {@code spring.mongodb.uri} points at a
 * real MongoDB.
 *
 * @param dataDir directory holding the store file and logs; created when missing
 * @param backend {@code file} (persistent, H2 MVStore) or {@code memory} (lost at
 * shutdown)
 * @param host interface the embedded server listens on
 * @param port TCP port of the embedded server; 0 picks a free one
 * @param database database name used by Vigie
 * @param connectTimeout how long to wait for a configured MongoDB before giving up at
 * start-up
 */
@ConfigurationProperties("vigie.store")
public record StoreProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("file") Backend backend,
		@DefaultValue("127.0.0.1") String host, @DefaultValue("0") int port, @DefaultValue("vigie") String database,
		@DefaultValue("10s") Duration connectTimeout) {

	public enum Backend {

		FILE, MEMORY

	}

	Path storeFile() {
		return this.dataDir.resolve("vigie-store.mv");
	}

}
