package fr.vigie.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import fr.vigie.VigieApplication;
import fr.vigie.audit.AuditResult;
import fr.vigie.audit.ItemResult;
import fr.vigie.identity.Role;
import fr.vigie.organisation.Address;
import fr.vigie.organisation.GeoPoint;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteDetails;
import fr.vigie.organisation.SiteId;
import fr.vigie.organisation.SiteKind;
import fr.vigie.referential.Answer;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.ReferentialVersion;
import fr.vigie.referential.internal.ReferentialVersionRepository;
import fr.vigie.scoring.ScoreQuery;
import fr.vigie.scoring.ScoringManagement;
import fr.vigie.scoring.ScoringRules;
import fr.vigie.scoring.internal.ScoreStore;
import fr.vigie.shared.Channel;
import fr.vigie.shared.calendar.HolidayCalendar;
import fr.vigie.support.SecurityContexts;
import org.bson.Document;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Times the dashboard queries over a national-scale history: 3,000 sites × 8 quarterly
 * waves (2024–2025) × 4 channels = 96,000 validated tests scored with
 * {@link ScoringRules} against Services Publics+ 2023 and stored as the listener stores
 * them (deterministic seed). Each query runs once to warm up, then 5 times; the median is
 * reported. As a quality manager (whole network) and as the demo director (Territoire
 * Nord: one site in ten), over a year and over a quarter. Runs Vigie in-process on the
 * in-memory embedded store.
 *
 * <pre>./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=fr.vigie.benchmark.ScoringDashboardBenchmark</pre>
 */
public final class ScoringDashboardBenchmark {

	private static final int SITES = Integer.getInteger("benchmark.sites", 3000);

	private static final String REFERENTIAL = "urn:vigie:sp-plus-2023@1";

	private static final List<Channel> CHANNELS = List.of(Channel.COUNTER, Channel.PHONE, Channel.EMAIL,
			Channel.WEBSITE);

	private static final int RUNS = 5;

	public static void main(String[] args) throws Exception {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		try (ConfigurableApplicationContext vigie = new SpringApplicationBuilder(VigieApplication.class).run(
				"--server.port=0", "--vigie.store.backend=memory", "--vigie.demo.enabled=true",
				"--vigie.campaign.scheduler-enabled=false", "--logging.level.root=warn")) {
			MongoTemplate mongo = vigie.getBean(MongoTemplate.class);
			ScoringManagement scoring = vigie.getBean(ScoringManagement.class);
			ReferentialVersion referential = vigie.getBean(ReferentialVersionRepository.class)
				.findById(REFERENTIAL)
				.orElseThrow();
			System.gc();
			long heapEmpty = memory.getHeapMemoryUsage().getUsed();

			long start = System.nanoTime();
			List<Site> sites = new ArrayList<>();
			for (int i = 1; i <= SITES; i++) {
				// One site in ten in the demo director's Territoire Nord.
				sites.add(Site.create(new SiteId("BENCH-%04d".formatted(i)), "demo-metropole",
						new SiteDetails("Site d'essai n° " + i, SiteKind.MAIRIE_ANNEXE,
								(i % 10 == 0) ? "dir-nord" : "dir-sud",
								new Address(i + " rue de l'Essai", "69007", "Valbourg"), new GeoPoint(45.75, 4.85),
								HolidayCalendar.FRANCE)));
			}
			mongo.insertAll(sites);
			ScoreStore store = vigie.getBean(ScoreStore.class);
			int tests = generate(store, referential, sites);
			double loadSeconds = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			int siteQuarters = store.rebuildSiteQuarters();
			System.out.printf("PRE-AGGREGATE: %d site-quarters rebuilt in %.1f s%n", siteQuarters,
					(System.nanoTime() - start) / 1e9);
			System.gc();
			long heapLoaded = memory.getHeapMemoryUsage().getUsed();
			System.out.printf(
					"DATA: %d sites, %d stored test scores generated and stored in %.1f s; "
							+ "heap after GC %.0f MB empty, %.0f MB loaded%n",
					SITES, tests, loadSeconds, heapEmpty / 1e6, heapLoaded / 1e6);

			AtomicLong peak = new AtomicLong(heapLoaded);
			Thread sampler = Thread.ofPlatform().daemon().start(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(20);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			ScoreQuery year = new ScoreQuery(REFERENTIAL, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
			ScoreQuery quarter = new ScoreQuery(REFERENTIAL, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));
			for (String user : List.of("qualite", "directeur")) {
				Role role = user.equals("qualite") ? Role.QUALITY_MANAGER : Role.DIRECTOR;
				for (Map.Entry<String, ScoreQuery> period : Map.of("year 2025", year, "Q4 2025", quarter).entrySet()) {
					ScoreQuery query = period.getValue();
					Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
					queries.put("league table (siteResults)", () -> scoring.siteResults(query, null));
					queries.put("overall mark", () -> scoring.overall(query, null));
					queries.put("per channel", () -> scoring.channelResults(query, null));
					queries.put("per engagement", () -> scoring.engagementResults(query, null));
					queries.put("trend, 8 waves", () -> scoring.trend(query, null, 8));
					queries.put("heatmap site x engagement", () -> scoring.heatmap(query, null));
					queries.put("best/worst items", () -> scoring.itemResults(query, null));
					queries.put("site page (siteDetail)", () -> scoring.siteDetail("BENCH-0010", query, 8));
					queries.put("league table, custom period", () -> scoring
						.siteResults(new ScoreQuery(REFERENTIAL, query.from().plusDays(1), query.to()), null));
					queries.put("whole dashboard (one call)", () -> scoring.dashboard(query, 8));
					for (Map.Entry<String, Supplier<Object>> entry : queries.entrySet()) {
						List<Double> times = new ArrayList<>();
						for (int run = 0; run <= RUNS; run++) {
							long one = System.nanoTime();
							SecurityContexts.as(user, entry.getValue(), role);
							if (run > 0) {
								times.add((System.nanoTime() - one) / 1e6);
							}
						}
						Collections.sort(times);
						System.out.printf("QUERY %-9s %-9s %-28s median %6.0f ms (min %.0f, max %.0f)%n", user,
								period.getKey(), entry.getKey(), times.get(times.size() / 2), times.get(0),
								times.get(times.size() - 1));
					}
				}
			}
			sampler.interrupt();
			System.out.printf("HEAP: peak during queries %.0f MB (max heap %.0f MB); %d cores, Java %s%n",
					peak.get() / 1e6, Runtime.getRuntime().maxMemory() / 1e6,
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		}
		System.exit(0);
	}

	/**
	 * One validated test per site, quarter and channel; each site has its own level of
	 * quality, each item is compliant with that probability (5 % not applicable).
	 */
	private static int generate(ScoreStore store, ReferentialVersion referential, List<Site> sites) {
		SplittableRandom random = new SplittableRandom(20260401L);
		Map<Channel, List<ReferentialNode>> items = new LinkedHashMap<>();
		CHANNELS.forEach((channel) -> items.put(channel, referential.itemsFor(channel)));
		List<Document> batch = new ArrayList<>();
		int count = 0;
		for (Site site : sites) {
			double level = 0.6 + 0.38 * random.nextDouble();
			for (int quarter = 0; quarter < 8; quarter++) {
				LocalDate day = LocalDate.of(2024, 1, 1).plusMonths(3L * quarter).plusDays(random.nextInt(80));
				for (Channel channel : CHANNELS) {
					List<ItemResult> answers = new ArrayList<>();
					for (ReferentialNode node : items.get(channel)) {
						double draw = random.nextDouble();
						Answer answer = (draw < 0.05) ? Answer.NOT_APPLICABLE
								: (random.nextDouble() < level) ? Answer.COMPLIANT : Answer.NON_COMPLIANT;
						answers.add(new ItemResult(node.urn(), answer, null, null, "", List.of()));
					}
					AuditResult result = new AuditResult("bench-" + (++count), "bench", quarter + 1, site.id().value(),
							channel, REFERENTIAL, day, "Scénario " + (count % 7), "ENQ-%03d".formatted(1 + count % 400),
							Instant.parse("2026-01-01T00:00:00Z"), 1, answers);
					batch.add(ScoreStore.document(result, ScoringRules.score(result, referential)));
					if (batch.size() == 5000) {
						store.insertAll(batch);
						batch.clear();
					}
				}
			}
		}
		store.insertAll(batch);
		return count;
	}

}
