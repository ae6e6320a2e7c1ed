package fr.vigie.benchmark;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import fr.vigie.VigieApplication;
import fr.vigie.identity.Role;
import fr.vigie.organisation.Address;
import fr.vigie.organisation.GeoPoint;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteDetails;
import fr.vigie.organisation.SiteId;
import fr.vigie.organisation.SiteKind;
import fr.vigie.shared.calendar.HolidayCalendar;
import fr.vigie.report.IssuedReport;
import fr.vigie.report.ReportBatch;
import fr.vigie.report.ReportManagement;
import fr.vigie.report.ReportPeriod;
import fr.vigie.report.ReportRequest;
import fr.vigie.referential.Answer;
import fr.vigie.shared.Channel;
import fr.vigie.support.SecurityContexts;
import fr.vigie.support.ValidatedTests;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Times site compliance reports end to end (stored scores → PDF/A-2b → SHA-256 → GridFS
 * register): one report cold and warm, then a batch of {@code benchmark.sites} (default
 * 1,000) extra sites through the background batch, with the heap sampled during the
 * batch, then the ZIP of the batch. Runs Vigie in-process on the in-memory embedded
 * store.
 *
 * <pre>./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=fr.vigie.benchmark.ReportBenchmark</pre>
 */
public final class ReportBenchmark {

	private static final int SITES = Integer.getInteger("benchmark.sites", 1000);

	private static final ReportPeriod PERIOD = ReportPeriod.quarter(2025, 4);

	private static final String REFERENTIAL = ValidatedTests.SP_PLUS_2023;

	public static void main(String[] args) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		try (ConfigurableApplicationContext vigie = new SpringApplicationBuilder(VigieApplication.class).run(
				"--server.port=0", "--vigie.store.backend=memory", "--vigie.demo.enabled=true",
				"--vigie.campaign.scheduler-enabled=false", "--logging.level.root=warn")) {
			ReportManagement reports = vigie.getBean(ReportManagement.class);
			ValidatedTests tests = new ValidatedTests(vigie);
			List<String> demo = asQuality(() -> reports.reportableSites().stream().map((site) -> site.id()).toList());
			ReportPeriod earliest = PERIOD.previous().previous().previous();
			for (String siteId : demo) {
				publishTests(tests, siteId, earliest.start(), 4 * 6);
			}

			long start = System.nanoTime();
			IssuedReport first = asQuality(() -> reports.issue(ReportRequest.site("VAL-HDV", PERIOD, REFERENTIAL)));
			double coldMs = (System.nanoTime() - start) / 1e6;
			List<String> demoSites = asQuality(
					() -> reports.reportableSites().stream().map((site) -> site.id()).toList());
			List<Double> warm = new ArrayList<>();
			for (int round = 0; round < 3; round++) {
				for (String siteId : demoSites) {
					// earlier periods than the batch's, so no report is already
					// registered
					ReportPeriod chosen = PERIOD;
					for (int back = 0; back <= round; back++) {
						chosen = chosen.previous();
					}
					ReportPeriod period = chosen;
					long one = System.nanoTime();
					asQuality(() -> reports.issue(ReportRequest.site(siteId, period, REFERENTIAL)));
					warm.add((System.nanoTime() - one) / 1e6);
				}
			}
			System.out.printf(
					"ONE SITE REPORT: cold %.0f ms (first of the JVM, %d KB); warm median %.0f ms, p95 %.0f ms"
							+ " over %d reports%n",
					coldMs, first.size() / 1024, percentile(warm, 50), percentile(warm, 95), warm.size());

			MongoTemplate mongo = vigie.getBean(MongoTemplate.class);
			List<Site> extra = new ArrayList<>();
			for (int i = 1; i <= SITES; i++) {
				extra.add(Site.create(new SiteId("BENCH-%04d".formatted(i)), "demo-metropole",
						new SiteDetails("Site d'essai n° " + i, SiteKind.MAIRIE_ANNEXE, "dir-sud",
								new Address(i + " rue de l'Essai", "69007", "Valbourg"), new GeoPoint(45.75, 4.85),
								HolidayCalendar.FRANCE)));
			}
			mongo.insertAll(extra);
			for (Site site : extra) {
				publishTests(tests, site.id().value(), PERIOD.start(), 6);
			}

			System.gc();
			long heapBefore = memory.getHeapMemoryUsage().getUsed();
			AtomicLong peak = new AtomicLong(heapBefore);
			Thread sampler = Thread.ofPlatform().daemon().start(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(50);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			start = System.nanoTime();
			ReportBatch batch = asQuality(() -> reports.startBatch(PERIOD, REFERENTIAL));
			ReportBatch state = batch;
			while (!state.finished()) {
				Thread.sleep(200);
				state = asQuality(() -> reports.batch(batch.id()));
			}
			double batchSeconds = (System.nanoTime() - start) / 1e9;
			sampler.interrupt();
			ReportBatch done = state;
			long totalBytes = mongo.getCollection("issued_reports")
				.find(new org.bson.Document("batchId", batch.id()))
				.map((document) -> ((Number) document.get("size")).longValue())
				.into(new ArrayList<>())
				.stream()
				.mapToLong(Long::longValue)
				.sum();
			System.gc();
			long heapAfter = memory.getHeapMemoryUsage().getUsed();
			System.out.printf("BATCH: %d site reports (%s, %d failures) in %.1f s = %.0f ms per report; "
					+ "PDFs %.1f MB (avg %.0f KB); heap before %.0f MB, peak during batch %.0f MB, after GC %.0f MB%n",
					done.done(), done.status(), done.failures().size(), batchSeconds,
					batchSeconds * 1000 / Math.max(1, done.total()), totalBytes / 1e6,
					totalBytes / 1024.0 / Math.max(1, done.done()), heapBefore / 1e6, peak.get() / 1e6,
					heapAfter / 1e6);

			Path zip = Files.createTempFile("vigie-batch", ".zip");
			start = System.nanoTime();
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip))) {
				asQuality(() -> {
					reports.writeBatchZip(batch.id(), out);
					return null;
				});
			}
			System.out.printf("ZIP: %.1f MB written in %.1f s%n", Files.size(zip) / 1e6,
					(System.nanoTime() - start) / 1e9);
			Files.delete(zip);
			System.out.printf("(%d cores, Java %s, max heap %.0f MB)%n", Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1e6);
		}
		System.exit(0);
	}

	/**
	 * Validated tests (a few failed items each) every two weeks from {@code from}, as the
	 * audit module publishes them.
	 */
	private static void publishTests(ValidatedTests tests, String siteId, java.time.LocalDate from, int count) {
		List<Channel> channels = List.of(Channel.COUNTER, Channel.PHONE, Channel.EMAIL);
		for (int i = 0; i < count; i++) {
			java.util.Map<String, Answer> failures = (i % 2 == 0)
					? java.util.Map.of("1.3", Answer.NON_COMPLIANT, "2.1", Answer.NON_COMPLIANT) : java.util.Map.of();
			tests.publish(tests.result("bench-" + siteId + "-" + i, "bench", siteId, channels.get(i % 3),
					from.plusDays(i * 15L % 88 + i / 6 * 91L), 1, failures));
		}
	}

	private static <T> T asQuality(Supplier<T> action) {
		return SecurityContexts.as("qualite", action, Role.QUALITY_MANAGER);
	}

	private static double percentile(List<Double> values, int percent) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

}
