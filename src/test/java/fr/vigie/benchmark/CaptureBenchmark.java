package fr.vigie.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Page;
import fr.vigie.VigieApplication;
import fr.vigie.audit.AnswerDraft;
import fr.vigie.audit.AuditManagement;
import fr.vigie.audit.Checklist;
import fr.vigie.campaign.PublishedTests;
import fr.vigie.campaign.TestSlot;
import fr.vigie.referential.Answer;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.shared.Channel;
import fr.vigie.shared.store.EmbeddedStore;
import fr.vigie.support.Browser;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Field capture under load, on the default persistent store (H2 file): 200 auditors each
 * open their checklist and save every answer three times, first all at once with no think
 * time (throughput), then paced by a think time of about a second (latency at 2.5 times
 * the peak of 200 auditors answering every 5 s); prints latency percentiles and
 * throughput. Then opens real checklist screens in headless Chromium, each in its own
 * Vaadin session, and prints the heap they hold.
 *
 * <pre>./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=fr.vigie.benchmark.CaptureBenchmark</pre>
 */
public final class CaptureBenchmark {

	private static final int AUDITORS = Integer.getInteger("benchmark.auditors", 200);

	private static final int ROUNDS = 3;

	private static final int SESSIONS = Integer.getInteger("benchmark.sessions", 20);

	public static void main(String[] args) throws Exception {
		boolean national = Boolean.getBoolean("benchmark.national");
		Path dataDir = national ? NationalDataGenerator.copyOfDataSet()
				: Files.createTempDirectory("vigie-capture-benchmark");
		// The file backend by name: the test configuration on this class path selects
		// memory.
		try (ConfigurableApplicationContext vigie = national ? NationalDataGenerator.start(dataDir)
				: new SpringApplicationBuilder(VigieApplication.class).run("--server.port=0",
						"--vigie.store.backend=file", "--vigie.store.data-dir=" + dataDir, "--vigie.demo.enabled=true",
						"--vigie.campaign.scheduler-enabled=false", "--logging.level.root=warn")) {
			concurrentSaves(vigie, "burst, no think time", 0);
			concurrentSaves(vigie, "paced, 1 s think time", 1000);
			sessionMemory(vigie);
		}
	}

	private static void concurrentSaves(ConfigurableApplicationContext vigie, String label, long thinkMillis)
			throws Exception {
		String campaignId = PublishedTests.campaign(vigie, "Benchmark " + label, PublishedTests.MYSTERY_GRID,
				LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
		List<TestSlot> tests = new ArrayList<>();
		for (int i = 0; i < AUDITORS; i++) {
			Channel channel = (i % 2 == 0) ? Channel.COUNTER : Channel.PHONE;
			tests.add(PublishedTests.publish(vigie, campaignId, "VAL-HDV", channel, LocalDate.of(2026, 3, 10),
					LocalTime.of(10, 0), String.format("BEN-%03d", i), String.format("bench-%03d", i), null));
		}
		AuditManagement audits = vigie.getBean(AuditManagement.class);
		SecurityContextHolderStrategy security = vigie.getBean(SecurityContextHolderStrategy.class);
		List<Long> micros = Collections.synchronizedList(new ArrayList<>());
		ExecutorService auditors = Executors.newFixedThreadPool(AUDITORS);
		long start = System.nanoTime();
		List<Future<?>> work = new ArrayList<>();
		for (int i = 0; i < AUDITORS; i++) {
			TestSlot test = tests.get(i);
			String username = String.format("bench-%03d", i);
			work.add(auditors.submit(() -> {
				SecurityContext context = security.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
						List.of(new SimpleGrantedAuthority("ROLE_AUDITOR"))));
				security.setContext(context);
				Checklist checklist = audits.checklist(test.id());
				for (int round = 0; round < ROUNDS; round++) {
					for (ReferentialNode node : checklist.items()) {
						AnswerDraft draft = new AnswerDraft(node.urn(),
								(round % 2 == 0) ? Answer.COMPLIANT : Answer.NON_COMPLIANT, null, null, null, null,
								null, null, null, "Constat du passage " + round);
						if (thinkMillis > 0) {
							Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMillis / 2, thinkMillis * 3 / 2));
						}
						long before = System.nanoTime();
						audits.answer(test.id(), draft, round);
						micros.add((System.nanoTime() - before) / 1000);
					}
				}
				security.clearContext();
				return null;
			}));
		}
		for (Future<?> future : work) {
			future.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		auditors.shutdown();
		List<Long> sorted = new ArrayList<>(micros);
		Collections.sort(sorted);
		System.out.printf(
				"Answer saves (%s): %d auditors x %d rounds = %d saves in %.1f s (%.0f saves/s); "
						+ "latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d cores)%n",
				label, AUDITORS, ROUNDS, sorted.size(), seconds, sorted.size() / seconds,
				percentile(sorted, 50) / 1000.0, percentile(sorted, 95) / 1000.0, percentile(sorted, 99) / 1000.0,
				sorted.get(sorted.size() - 1) / 1000.0, Runtime.getRuntime().availableProcessors());
		double p95 = percentile(sorted, 95) / 1000.0;
		BenchmarkSuite.result("Answer saves, 200 auditors, " + label,
				String.format("%.0f saves/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", sorted.size() / seconds,
						percentile(sorted, 50) / 1000.0, p95, percentile(sorted, 99) / 1000.0),
				(thinkMillis > 0) ? "p95 < 250 ms" : "≥ 40 saves/s",
				(thinkMillis > 0) ? p95 < 250 : sorted.size() / seconds >= 40);
	}

	/**
	 * Heap per open checklist, measured in the packaged jar (production mode, as
	 * deployed): in-process runs are in Vaadin's development mode, whose component
	 * tracker keeps a stack trace per component (4 MB per session). The jar reaches this
	 * benchmark's store, where the tests are published.
	 */
	private static void sessionMemory(ConfigurableApplicationContext vigie) throws Exception {
		String uri = System.getProperty("benchmark.mongodb-uri", "");
		if (uri.isBlank()) {
			uri = vigie.getBean(EmbeddedStore.class).connectionString();
		}
		String campaignId = PublishedTests.campaign(vigie, "Benchmark sessions", PublishedTests.MYSTERY_GRID,
				LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
		List<TestSlot> tests = new ArrayList<>();
		for (int i = 0; i < SESSIONS; i++) {
			tests.add(PublishedTests.publish(vigie, campaignId, "VAL-HDV", Channel.COUNTER, LocalDate.of(2026, 3, 10),
					LocalTime.of(10, 0), "ENQ-001", "enqueteur", null));
		}
		String java = ProcessHandle.current().info().command().orElse("java");
		Path jcmd = Path.of(java).resolveSibling("jcmd");
		int port = Integer.getInteger("benchmark.port", 18080);
		Process jar = new ProcessBuilder(java, "-jar", StartupBenchmark.findJar().toString(), "--server.port=" + port,
				"--spring.mongodb.uri=" + uri, "--vigie.campaign.scheduler-enabled=false")
			.redirectErrorStream(true)
			.redirectOutput(Files.createTempFile("vigie-sessions", ".log").toFile())
			.start();
		try (Browser browser = new Browser(port)) {
			StartupBenchmark.waitUntilHealthy(jar, port);
			Page warmUp = browser.open(Browser.TABLET);
			browser.signIn(warmUp, "enqueteur", "Enqueteur-Demo-2026");
			browser.navigate(warmUp, "/tests/" + tests.get(0).id());
			warmUp.context().close();
			double before = StartupBenchmark.heapUsedAfterGc(jcmd, jar.pid());
			List<Page> pages = new ArrayList<>();
			for (TestSlot test : tests) {
				Page page = browser.open(Browser.TABLET);
				browser.signIn(page, "enqueteur", "Enqueteur-Demo-2026");
				browser.navigate(page, "/tests/" + test.id());
				pages.add(page);
			}
			double after = StartupBenchmark.heapUsedAfterGc(jcmd, jar.pid());
			double perSession = (after - before) / SESSIONS;
			System.out.printf("Checklist sessions: %d open in Chromium, heap %.1f MB -> %.1f MB, %.0f kB per session%n",
					SESSIONS, before, after, perSession * 1024);
			BenchmarkSuite.result("Heap per open checklist session (Vaadin, production mode)",
					String.format("%.2f MB (%d sessions)", perSession, SESSIONS), "< 2 MB", perSession < 2);
			pages.forEach((page) -> page.context().close());
		}
		finally {
			jar.destroy();
			jar.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static long percentile(List<Long> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
