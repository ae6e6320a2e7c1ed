package fr.vigie.benchmark;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import fr.vigie.shared.store.IdFirstBackends;

/**
 * The embedded wire-compatible server on its own, in memory, in its own JVM: a store the
 * benchmarks' Vigie instances reach by URI, like a MongoDB server. The suite runs the
 * national data set on it with {@code -Dbenchmark.store=memory}, for a store larger than
 * the embedded file backend holds safely (see BENCHMARKS.md, "H2 store breaks").
 *
 * <pre>java -Xmx12g -cp … fr.vigie.benchmark.StandaloneStore 27117</pre>
 */
public final class StandaloneStore {

	/** Printed once the server accepts connections, followed by the port. */
	static final String READY = "STORE LISTENING ON ";

	private StandaloneStore() {
	}

	public static void main(String[] args) throws InterruptedException {
		int port = (args.length > 0) ? Integer.parseInt(args[0]) : 0;
		MongoServer server = new MongoServer(IdFirstBackends.memory());
		server.bind("127.0.0.1", port);
		InetSocketAddress address = server.getLocalAddress();
		Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
		System.out.println(READY + address.getPort());
		Thread.currentThread().join();
	}

}
