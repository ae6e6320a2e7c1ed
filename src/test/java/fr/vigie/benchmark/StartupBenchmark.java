package fr.vigie.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Launches the packaged jar several times on a fresh data directory (demo data on; a copy
 * of the national data set with {@code -Dbenchmark.national=true}) and measures the time
 * from process launch to a healthy {@code /actuator/health}, then the heap in use after a
 * full GC and the resident set size. Prints medians.
 *
 * <pre>./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=fr.vigie.benchmark.StartupBenchmark</pre>
 */
public final class StartupBenchmark {

	private static final int RUNS = Integer.getInteger("benchmark.runs", 5);

	private static final int PORT = Integer.getInteger("benchmark.port", 18080);

	public static void main(String[] args) throws Exception {
		Path jar = findJar();
		String java = ProcessHandle.current().info().command().orElse("java");
		Path jcmd = Path.of(java).resolveSibling("jcmd");
		List<Double> readySeconds = new ArrayList<>();
		List<Double> heapMb = new ArrayList<>();
		List<Double> rssMb = new ArrayList<>();
		for (int run = 1; run <= RUNS; run++) {
			// With benchmark.national, a copy of the national data set per run.
			Path dataDir = Boolean.getBoolean("benchmark.national") ? NationalDataGenerator.copyOfDataSet()
					: Files.createTempDirectory("vigie-startup");
			List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "--server.port=" + PORT,
					"--vigie.store.data-dir=" + dataDir));
			if (Boolean.getBoolean("benchmark.national")) {
				// Start-up on the data set as it is: no demo history seeded into it.
				command.add("--vigie.demo.history=false");
			}
			String uri = System.getProperty("benchmark.mongodb-uri", "");
			if (!uri.isBlank()) {
				command.add("--spring.mongodb.uri=" + uri);
			}
			long start = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(dataDir.resolve("console.log").toFile())
				.start();
			try {
				waitUntilHealthy(process);
				double seconds = (System.nanoTime() - start) / 1e9;
				Thread.sleep(2000);
				double heap = heapUsedAfterGc(jcmd, process.pid());
				double rss = residentSetMb(process.pid());
				readySeconds.add(seconds);
				heapMb.add(heap);
				rssMb.add(rss);
				System.out.printf("run %d: ready in %.2f s, heap used after GC %.0f MB, RSS %.0f MB%n", run, seconds,
						heap, rss);
			}
			finally {
				process.destroy();
				process.waitFor(30, TimeUnit.SECONDS);
			}
		}
		System.out.printf("MEDIAN over %d runs: ready %.2f s, heap used after GC %.0f MB, RSS %.0f MB (%d cores, %s)%n",
				RUNS, median(readySeconds), median(heapMb), median(rssMb), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		BenchmarkSuite.result("Start-up to healthy, median of " + RUNS,
				String.format("%.1f s; heap after GC %.0f MB, RSS %.0f MB", median(readySeconds), median(heapMb),
						median(rssMb)),
				"ready < 15 s, heap < 256 MB", median(readySeconds) < 15 && median(heapMb) < 256);
	}

	static Path findJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("vigie-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No target/vigie-*.jar: run ./mvnw package first"));
		}
	}

	static void waitUntilHealthy(Process process) throws Exception {
		waitUntilHealthy(process, PORT);
	}

	static void waitUntilHealthy(Process process, int port) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Vigie exited with " + process.exitValue());
			}
			try {
				HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("Vigie was not healthy within 120 s");
	}

	static double heapUsedAfterGc(Path jcmd, long pid) throws Exception {
		run(jcmd.toString(), Long.toString(pid), "GC.run");
		String info = run(jcmd.toString(), Long.toString(pid), "GC.heap_info");
		Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
		return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
	}

	private static double residentSetMb(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
			}
		}
		return Double.NaN;
	}

	private static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		process.waitFor(30, TimeUnit.SECONDS);
		return output;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
