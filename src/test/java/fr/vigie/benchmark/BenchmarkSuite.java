package fr.vigie.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every benchmark against the national data set, each in its own JVM (with
 * {@code benchmark.national=true}: capture and start-up then run on a copy of the data
 * set instead of an empty store), and adds their results to BENCHMARKS.md with the
 * machine and the date: the national data set is generated first when
 * {@code benchmark.data-dir} does not hold it yet (timed too). Each benchmark prints its
 * figures as {@code RESULT|what|figure|target|met} lines; this collects them into one
 * table.
 * <p>
 * With {@code -Dbenchmark.store=memory} the data set lives in a {@link StandaloneStore}
 * process started for the run (heap {@code benchmark.store-heap}, default 12g) and every
 * benchmark reaches it by URI; it is generated anew each run and lost at the end. A
 * {@code benchmark.mongodb-uri} is used as given.
 *
 * <pre>./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=fr.vigie.benchmark.BenchmarkSuite</pre>
 */
public final class BenchmarkSuite {

	private static final List<String> BENCHMARKS = List.of("NationalDataGenerator", "CampaignDrawBenchmark",
			"NationalQueriesBenchmark", "CaptureBenchmark", "StartupBenchmark");

	private BenchmarkSuite() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(System.getProperty("benchmark.data-dir", "target/national-data")).toAbsolutePath();
		Process store = null;
		if ("memory".equals(System.getProperty("benchmark.store")) && uri().isBlank()) {
			store = startStandaloneStore();
		}
		List<String> rows = new ArrayList<>();
		try {
			for (String benchmark : BENCHMARKS) {
				System.out.println("=== " + benchmark);
				rows.addAll(run(benchmark, dataDir));
			}
		}
		finally {
			if (store != null) {
				store.destroy();
			}
		}
		writeResults(rows);
		System.exit(0);
	}

	private static String uri() {
		return System.getProperty("benchmark.mongodb-uri", "");
	}

	/** Starts the store process and points every benchmark at it. */
	private static Process startStandaloneStore() throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process store = new ProcessBuilder(java, "-Xmx" + System.getProperty("benchmark.store-heap", "12g"), "-cp",
				System.getProperty("java.class.path"), StandaloneStore.class.getName())
			.redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(
				new InputStreamReader(store.getInputStream(), StandardCharsets.UTF_8));
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			if (line.startsWith(StandaloneStore.READY)) {
				String port = line.substring(StandaloneStore.READY.length()).trim();
				System.setProperty("benchmark.mongodb-uri", "mongodb://127.0.0.1:" + port + "/vigie");
				System.out.println("National data set in a standalone in-memory store on port " + port);
				Thread.ofVirtual().start(() -> output.lines().forEach(System.out::println));
				return store;
			}
		}
		throw new IllegalStateException("The standalone store did not start (exit " + store.exitValue() + ")");
	}

	/** Runs one benchmark main in a fresh JVM and returns its result lines. */
	private static List<String> run(String benchmark, Path dataDir) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
				"-Dbenchmark.data-dir=" + dataDir, "-Dbenchmark.national=true"));
		System.getProperties()
			.stringPropertyNames()
			.stream()
			.filter((name) -> name.startsWith("benchmark.") && !name.equals("benchmark.data-dir")
					&& !name.equals("benchmark.national"))
			.forEach((name) -> command.add("-D" + name + "=" + System.getProperty(name)));
		command.add("fr.vigie.benchmark." + benchmark);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> results = new ArrayList<>();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				System.out.println(line);
				if (line.startsWith("RESULT|")) {
					results.add(line.substring("RESULT|".length()));
				}
			}
		}
		int exit = process.waitFor();
		if (exit != 0) {
			results.add(benchmark + "|failed (exit " + exit + ")|||no");
		}
		return results;
	}

	private static void writeResults(List<String> rows) throws IOException {
		StringBuilder section = new StringBuilder();
		long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getTotalMemorySize();
		section.append("\n### Suite run of ")
			.append(LocalDate.now())
			.append(String.format(" — %d cores, %.0f GiB, Java %s, %s %s, load average %.1f at the end%n%n",
					Runtime.getRuntime().availableProcessors(), memory / Math.pow(1024, 3),
					System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.version"),
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
			.append("| Benchmark | Figure | Target | Met |\n|---|---|---|---|\n");
		for (String row : rows) {
			String[] cells = row.split("\\|", -1);
			section.append("| ")
				.append(String.join(" | ", cells[0], cells[1], (cells.length > 2) ? cells[2] : "",
						(cells.length > 3) ? cells[3] : ""))
				.append(" |\n");
		}
		Path file = Path.of("BENCHMARKS.md");
		Files.writeString(file, Files.readString(file) + section);
		System.out.println("Results added to " + file.toAbsolutePath());
	}

	/**
	 * Prints one result line for the suite, e.g.
	 * {@code result("draw", "3.4 s", "< 10 s", true)}.
	 */
	static void result(String what, String figure, String target, boolean met) {
		System.out.println("RESULT|" + what + "|" + figure + "|" + target + "|" + (met ? "yes" : "no"));
	}

}
