package fr.vigie.benchmark;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import fr.vigie.VigieApplication;
import fr.vigie.audit.AuditResult;
import fr.vigie.audit.AuditTest;
import fr.vigie.audit.BulkCapture;
import fr.vigie.audit.EvidenceFile;
import fr.vigie.audit.internal.EvidenceStore;
import fr.vigie.campaign.Campaign;
import fr.vigie.campaign.CampaignDefinition;
import fr.vigie.campaign.CampaignManagement;
import fr.vigie.campaign.DrawSummary;
import fr.vigie.campaign.Recurrence;
import fr.vigie.campaign.SiteSelection;
import fr.vigie.campaign.SlotStatus;
import fr.vigie.campaign.TestSlot;
import fr.vigie.identity.Role;
import fr.vigie.organisation.Address;
import fr.vigie.organisation.Auditor;
import fr.vigie.organisation.AuditorId;
import fr.vigie.organisation.AuditorProfile;
import fr.vigie.organisation.ContactKind;
import fr.vigie.organisation.ContactPoint;
import fr.vigie.organisation.Direction;
import fr.vigie.organisation.GeoPoint;
import fr.vigie.organisation.Organisation;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteDetails;
import fr.vigie.organisation.SiteId;
import fr.vigie.organisation.SiteKind;
import fr.vigie.organisation.WeeklyHours;
import fr.vigie.referential.ReferentialManagement;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.ReferentialVersion;
import fr.vigie.referential.ReferentialVersionId;
import fr.vigie.referential.Requirement;
import fr.vigie.scoring.ActionPlan;
import fr.vigie.scoring.Finding;
import fr.vigie.scoring.ScoringManagement;
import fr.vigie.scoring.internal.ScoreRecorder;
import fr.vigie.scoring.internal.ScoreStore;
import fr.vigie.shared.Channel;
import fr.vigie.shared.calendar.HolidayCalendar;
import fr.vigie.support.SecurityContexts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Fills a store with a national network and two years of its mystery tests, deterministic
 * from a seed: one organisation, 13 regional directions, 3,000 sites (France Services
 * mostly, town halls, prefectures…) with their channels and opening hours, 400 auditors,
 * and a quarterly barometer over 4 channels (visit, call, e-mail, letter) for 8 waves
 * from January 2024: each wave drawn and published through {@link CampaignManagement}
 * (the real planner), every test captured with an answer to every item of the mystery
 * grid, a few with a photo in GridFS, submitted and validated, then scored by scoring's
 * bulk load (scores, findings, pre-aggregates). Sites, auditors and checklists are
 * written with bulk inserts of the aggregates the application builds, since going through
 * one save per answer would take hours for 96,000 tests.
 * <p>
 * Targets the embedded H2 file store in {@code benchmark.data-dir} (default
 * {@code target/national-data}), or a MongoDB given by {@code benchmark.mongodb-uri}.
 * Does nothing when the national organisation is already there.
 *
 * <pre>./mvnw -Pbenchmark verify -DskipTests -Dbenchmark.main=fr.vigie.benchmark.NationalDataGenerator</pre>
 */
public final class NationalDataGenerator {

	static final String ORGANISATION = "national";

	static final String CAMPAIGN = "Baromètre national de l'accueil";

	static final String GRID = "urn:vigie:mystery-grid-2023@1";

	static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

	private static final List<Channel> CHANNELS = List.of(Channel.COUNTER, Channel.PHONE, Channel.EMAIL,
			Channel.LETTER);

	/** Metropolitan regions with a rough centre, so sites and auditors meet nearby. */
	private static final List<Region> REGIONS = List.of(new Region("ara", "Auvergne-Rhône-Alpes", 45.5, 4.6),
			new Region("bfc", "Bourgogne-Franche-Comté", 47.2, 5.0), new Region("bre", "Bretagne", 48.1, -2.9),
			new Region("cvl", "Centre-Val de Loire", 47.5, 1.7), new Region("cor", "Corse", 42.1, 9.0),
			new Region("ges", "Grand Est", 48.7, 5.9), new Region("hdf", "Hauts-de-France", 50.1, 2.8),
			new Region("idf", "Île-de-France", 48.8, 2.4), new Region("nor", "Normandie", 49.1, 0.3),
			new Region("naq", "Nouvelle-Aquitaine", 45.2, 0.2), new Region("occ", "Occitanie", 43.7, 2.2),
			new Region("pdl", "Pays de la Loire", 47.4, -0.8),
			new Region("pac", "Provence-Alpes-Côte d'Azur", 43.9, 6.1));

	private static final List<String> TOWN_STEMS = List.of("Saint-Martin", "Villeneuve", "Beaumont", "Fontaine",
			"Montreuil", "Châteauneuf", "Belleville", "Bourg", "Neuville", "Sainte-Marie", "Rochefort", "Valence",
			"Mont", "Champagne", "Saint-Jean", "Marcilly", "Pontvallain", "Clairefont", "Aubigny", "Lavaur");

	private static final List<String> TOWN_SUFFIXES = List.of("", "-sur-Loire", "-sur-Mer", "-le-Château", "-en-Vallée",
			"-les-Bains", "-la-Forêt", "-sur-Seine", "-d'Azur", "-du-Lac");

	private static final String COUNTER_FS = "Mo-Fr 09:00-10:00*,10:00-12:30,13:30-17:00; Sa 09:00-12:00";

	private static final String COUNTER_TOWN_HALL = "Mo 08:30-10:00*,10:00-12:00,13:30-17:00; "
			+ "Tu-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00*";

	private static final String COUNTER_STATE = "Mo-Th 08:45-10:00*,10:00-12:00; Fr 08:45-12:00";

	private static final String PHONE = "Mo-Fr 09:00-10:00*,10:00-12:00,14:00-17:00";

	private NationalDataGenerator() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(System.getProperty("benchmark.data-dir", "target/national-data"));
		try (ConfigurableApplicationContext vigie = start(dataDir)) {
			Summary summary = new NationalDataGenerator.Run(vigie, Long.getLong("benchmark.seed", 20261122L),
					Integer.getInteger("benchmark.sites", 3000), Integer.getInteger("benchmark.auditors", 400),
					Integer.getInteger("benchmark.waves", 8))
				.generate();
			System.out.println("NATIONAL DATA " + summary);
		}
		System.exit(0);
	}

	/**
	 * A copy of the generated store in a temporary directory, for benchmarks that write
	 * (reports, answers) and must leave the data set as generated. A MongoDB given by URI
	 * is not copied: benchmarks then write to it (the directory returned stays empty).
	 */
	static Path copyOfDataSet() throws IOException {
		if (!System.getProperty("benchmark.mongodb-uri", "").isBlank()) {
			return Files.createTempDirectory("vigie-national");
		}
		Path dataDir = Path.of(System.getProperty("benchmark.data-dir", "target/national-data"));
		Path store = dataDir.resolve("vigie-store.mv");
		if (!Files.exists(store)) {
			throw new IllegalStateException("No national data set in " + dataDir.toAbsolutePath()
					+ ": run fr.vigie.benchmark.NationalDataGenerator first");
		}
		Path copy = Files.createTempDirectory("vigie-national");
		Files.copy(store, copy.resolve("vigie-store.mv"));
		return copy;
	}

	/**
	 * Starts Vigie in-process on the national store (demo accounts on, demo history and
	 * schedulers off). The file backend is named explicitly: the test configuration on
	 * the benchmark class path selects the in-memory one.
	 */
	static ConfigurableApplicationContext start(Path dataDir) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--vigie.demo.enabled=true",
				"--vigie.demo.history=false", "--vigie.campaign.scheduler-enabled=false", "--logging.level.root=warn",
				"--logging.level.fr.vigie=info"));
		String uri = System.getProperty("benchmark.mongodb-uri", "");
		if (!uri.isBlank()) {
			arguments.add("--spring.mongodb.uri=" + uri);
		}
		else {
			arguments.addAll(List.of("--vigie.store.backend=file", "--vigie.store.data-dir=" + dataDir));
		}
		return new SpringApplicationBuilder(VigieApplication.class).run(arguments.toArray(String[]::new));
	}

	/** What was generated, and how long each part took. */
	record Summary(int sites, int auditors, int waves, int slots, int validated, int photos, int findings, int actions,
			double seconds, Map<String, Double> steps) {

		@Override
		public String toString() {
			return String.format(
					"%d sites, %d auditors, %d waves, %d slots, %d validated tests, %d photos, %d findings, "
							+ "%d corrective actions in %.0f s %s",
					this.sites, this.auditors, this.waves, this.slots, this.validated, this.photos, this.findings,
					this.actions, this.seconds,
					this.steps.entrySet()
						.stream()
						.map((step) -> String.format("%s %.1f s", step.getKey(), step.getValue()))
						.collect(Collectors.joining(", ", "(", ")")));
		}

	}

	private record Region(String code, String name, double latitude, double longitude) {

		String directionId() {
			return "dr-" + this.code;
		}

	}

	/**
	 * Validated results handed to scoring's bulk load in batches (the listener's path
	 * scores one test at a time and refreshes its site's quarter each time), then the
	 * pre-aggregates rebuilt once.
	 */
	private static final class Scores {

		private final ScoreRecorder recorder;

		private final ScoreStore store;

		private final List<AuditResult> pending = new ArrayList<>();

		private int findings;

		Scores(ScoreRecorder recorder, ScoreStore store) {
			this.recorder = recorder;
			this.store = store;
		}

		void add(AuditResult result) {
			this.pending.add(result);
			if (this.pending.size() == 2000) {
				flush();
			}
		}

		private void flush() {
			this.findings += this.recorder.recordNew(this.pending);
			this.pending.clear();
		}

		/** Stores what is pending, rebuilds the pre-aggregates; returns the findings. */
		int finish() {
			flush();
			this.store.rebuildSiteQuarters();
			return this.findings;
		}

	}

	private static final class Run {

		private final ConfigurableApplicationContext vigie;

		private final MongoTemplate mongo;

		private final SplittableRandom random;

		private final long seed;

		private final int siteCount;

		private final int auditorCount;

		private final int waveCount;

		private final Map<String, Double> steps = new LinkedHashMap<>();

		private final byte[] photo;

		Run(ConfigurableApplicationContext vigie, long seed, int sites, int auditors, int waves) throws IOException {
			this.vigie = vigie;
			this.mongo = vigie.getBean(MongoTemplate.class);
			this.seed = seed;
			this.random = new SplittableRandom(seed);
			this.siteCount = sites;
			this.auditorCount = auditors;
			this.waveCount = waves;
			this.photo = photo();
		}

		Summary generate() {
			long start = System.nanoTime();
			if (this.mongo.exists(Query.query(Criteria.where("_id").is(ORGANISATION)), Organisation.class)) {
				System.out.println("The national network is already in this store: nothing generated");
				return new Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of());
			}
			List<Site> sites = timed("sites", this::sites);
			timed("auditors", this::auditors);
			ReferentialVersion grid = asManager(() -> this.vigie.getBean(ReferentialManagement.class)
				.findVersion(new ReferentialVersionId(GRID))
				.orElseThrow());
			Map<Channel, List<ReferentialNode>> items = new HashMap<>();
			CHANNELS.forEach((channel) -> items.put(channel, grid.itemsFor(channel)));
			Map<String, Double> levels = new HashMap<>();
			sites.forEach((site) -> levels.put(site.id().value(), 0.55 + 0.43 * this.random.nextDouble()));
			CampaignManagement campaigns = this.vigie.getBean(CampaignManagement.class);
			Campaign campaign = asManager(() -> campaigns.create(definition()));
			Scores scores = new Scores(this.vigie.getBean(ScoreRecorder.class), this.vigie.getBean(ScoreStore.class));
			int slots = 0;
			int validated = 0;
			int photos = 0;
			for (int wave = 1; wave <= this.waveCount; wave++) {
				int number = wave;
				DrawSummary draw = timed("draw",
						() -> asManager(() -> campaigns.draw(campaign.id(), number, this.seed + number)));
				timed("publish", () -> asManager(() -> campaigns.publish(campaign.id(), number)));
				List<TestSlot> published = asManager(() -> campaigns.slots(campaign.id(), number)).stream()
					.filter((slot) -> slot.status() == SlotStatus.PUBLISHED)
					// Slot ids are random: a fixed order keeps the answers a function of
					// the seed.
					.sorted(Comparator.comparing(TestSlot::siteId)
						.thenComparing(TestSlot::channel)
						.thenComparing(TestSlot::date))
					.toList();
				slots += draw.slots();
				int[] waveCounts = timed("capture and validation",
						() -> captureAndValidate(published, items, levels, scores));
				validated += waveCounts[0];
				photos += waveCounts[1];
				System.out.printf("wave %d: %d slots drawn (%d unassigned), %d validated%n", number, draw.slots(),
						draw.unassigned(), waveCounts[0]);
			}
			int findings = timed("scoring (scores, findings, pre-aggregates)", scores::finish);
			int actions = timed("corrective actions", () -> openActions(sites, levels));
			return new Summary(sites.size(), this.auditorCount, this.waveCount, slots, validated, photos, findings,
					actions, (System.nanoTime() - start) / 1e9, this.steps);
		}

		/**
		 * One corrective action for each of the weakest sites (one in a hundred),
		 * grouping up to five of its findings, opened by the quality manager as on the
		 * actions screen.
		 */
		private int openActions(List<Site> sites, Map<String, Double> levels) {
			ScoringManagement scoring = this.vigie.getBean(ScoringManagement.class);
			String owner = asManager(scoring::actionOwners).get(0);
			LocalDate due = FIRST_DAY.plusMonths(3L * this.waveCount + 3);
			List<Site> weakest = sites.stream()
				.sorted(Comparator.comparing((Site site) -> levels.get(site.id().value())))
				.limit(Math.max(1, sites.size() / 100))
				.toList();
			int opened = 0;
			for (Site site : weakest) {
				List<String> findings = this.mongo
					.find(Query.query(Criteria.where("siteId").is(site.id().value())).limit(5), Finding.class)
					.stream()
					.map(Finding::id)
					.toList();
				if (!findings.isEmpty()) {
					asManager(() -> scoring.openAction(findings,
							new ActionPlan("Plan d'amélioration de l'accueil", "Direction régionale", owner, due)));
					opened++;
				}
			}
			return opened;
		}

		private List<Site> sites() {
			this.mongo.insert(new Organisation(ORGANISATION, "Réseau national France Services"));
			this.mongo.insertAll(REGIONS.stream()
				.map((region) -> new Direction(region.directionId(), ORGANISATION,
						"Direction régionale " + region.name()))
				.toList());
			List<Site> sites = new ArrayList<>();
			for (int i = 1; i <= this.siteCount; i++) {
				Region region = REGIONS.get(this.random.nextInt(REGIONS.size()));
				SiteKind kind = kind(this.random.nextDouble());
				String town = TOWN_STEMS.get(this.random.nextInt(TOWN_STEMS.size()))
						+ TOWN_SUFFIXES.get(this.random.nextInt(TOWN_SUFFIXES.size()));
				String postalCode = String.format("%05d", 1000 + this.random.nextInt(94_000));
				Site site = Site.create(new SiteId(String.format("NAT-%s-%04d", region.code().toUpperCase(), i)),
						ORGANISATION,
						new SiteDetails(nameOf(kind, town), kind, region.directionId(),
								new Address((1 + this.random.nextInt(120)) + " rue de la République", postalCode, town),
								near(region, 1.2), HolidayCalendar.FRANCE));
				String phone = String.format("04 65 7%d %02d %02d", 2 + i / 10_000 % 8, i / 100 % 100, i % 100);
				offer(site, Channel.COUNTER, null, switch (kind) {
					case FRANCE_SERVICES, CCAS, MEDIATHEQUE, AGENCE -> COUNTER_FS;
					case PREFECTURE, SOUS_PREFECTURE -> COUNTER_STATE;
					default -> COUNTER_TOWN_HALL;
				});
				offer(site, Channel.PHONE, new ContactPoint(ContactKind.PHONE_NUMBER, phone), PHONE);
				offer(site, Channel.EMAIL,
						new ContactPoint(ContactKind.EMAIL_ADDRESS, "accueil-" + i + "@services.example.fr"), "");
				offer(site, Channel.LETTER, new ContactPoint(ContactKind.POSTAL_ADDRESS,
						nameOf(kind, town) + ", " + postalCode + " " + town), "");
				sites.add(site);
			}
			this.mongo.insertAll(sites);
			return sites;
		}

		private void auditors() {
			List<Auditor> auditors = new ArrayList<>();
			for (int i = 1; i <= this.auditorCount; i++) {
				Region region = REGIONS.get((i - 1) % REGIONS.size());
				Set<Channel> channels = (i % 5 == 0) ? EnumSet.of(Channel.PHONE, Channel.EMAIL, Channel.LETTER)
						: EnumSet.copyOf(CHANNELS);
				Set<DayOfWeek> days = new LinkedHashSet<>(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
				days.remove(DayOfWeek.of(1 + this.random.nextInt(5)));
				String town = TOWN_STEMS.get(this.random.nextInt(TOWN_STEMS.size()));
				auditors.add(Auditor.create(new AuditorId(String.format("NAT-ENQ-%03d", i)), new AuditorProfile(
						"Enquêteur national " + i, null, town, near(region, 1.0), channels, days, 25, true)));
			}
			this.mongo.insertAll(auditors);
		}

		private CampaignDefinition definition() {
			LocalDate end = FIRST_DAY.plusMonths(3L * this.waveCount).minusDays(1);
			return new CampaignDefinition(CAMPAIGN, GRID,
					new SiteSelection(REGIONS.stream().map(Region::directionId).collect(Collectors.toSet()), Set.of(),
							Set.of()),
					Map.of(Channel.COUNTER, 1, Channel.PHONE, 1, Channel.EMAIL, 1, Channel.LETTER, 1), FIRST_DAY, end,
					Recurrence.QUARTERLY, 0.3, 0.0, 180, List.of());
		}

		/**
		 * Captures, submits and validates every published test of a wave; one in 500
		 * visits carries a photo of the premises. Returns validated tests and photos.
		 */
		private int[] captureAndValidate(List<TestSlot> published, Map<Channel, List<ReferentialNode>> items,
				Map<String, Double> levels, Scores scores) {
			EvidenceStore evidence = this.vigie.getBean(EvidenceStore.class);
			List<AuditTest> batch = new ArrayList<>();
			BulkOperations done = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, TestSlot.class);
			int photos = 0;
			for (TestSlot slot : published) {
				List<ReferentialNode> grid = items.get(slot.channel());
				AuditTest test = BulkCapture.captured(slot, GRID, grid, levels.get(slot.siteId()), this.random);
				if (slot.channel() == Channel.COUNTER && this.random.nextInt(500) == 0) {
					ReferentialNode photographed = grid.stream()
						.filter((node) -> node.item().photo() != Requirement.NONE)
						.findFirst()
						.orElseThrow();
					EvidenceFile stored = evidence.store(test.id(), photographed.urn(), "accueil.png", this.photo,
							test.auditorCode(), slot.startsAt().toInstant());
					BulkCapture.attach(test, photographed.urn(), stored.id(), 5);
					photos++;
				}
				AuditResult result = BulkCapture.submitAndValidate(test, grid, "qualite");
				batch.add(test);
				scores.add(result);
				done.updateOne(Query.query(Criteria.where("_id").is(slot.id())),
						new Update().set("status", SlotStatus.DONE)
							.set("doneAt", test.submittedAt())
							.inc("version", 1));
				if (batch.size() == 2000) {
					this.mongo.insertAll(batch);
					batch.clear();
				}
			}
			this.mongo.insertAll(batch);
			if (!published.isEmpty()) {
				done.execute();
			}
			return new int[] { published.size(), photos };
		}

		private <T> T asManager(Supplier<T> call) {
			return SecurityContexts.as("qualite", call, Role.QUALITY_MANAGER);
		}

		private <T> T timed(String step, Supplier<T> work) {
			long start = System.nanoTime();
			try {
				return work.get();
			}
			finally {
				this.steps.merge(step, Math.round((System.nanoTime() - start) / 1e8) / 10.0, Double::sum);
			}
		}

		private void timed(String step, Runnable work) {
			timed(step, () -> {
				work.run();
				return null;
			});
		}

		private GeoPoint near(Region region, double spread) {
			return new GeoPoint(region.latitude() + (this.random.nextDouble() - 0.5) * spread,
					region.longitude() + (this.random.nextDouble() - 0.5) * spread * 1.4);
		}

		private static SiteKind kind(double draw) {
			if (draw < 0.70) {
				return SiteKind.FRANCE_SERVICES;
			}
			if (draw < 0.82) {
				return SiteKind.MAIRIE;
			}
			if (draw < 0.87) {
				return SiteKind.MAIRIE_ANNEXE;
			}
			if (draw < 0.92) {
				return SiteKind.CCAS;
			}
			if (draw < 0.95) {
				return SiteKind.SOUS_PREFECTURE;
			}
			if (draw < 0.97) {
				return SiteKind.PREFECTURE;
			}
			return (draw < 0.985) ? SiteKind.AGENCE : SiteKind.MEDIATHEQUE;
		}

		private static String nameOf(SiteKind kind, String town) {
			return switch (kind) {
				case FRANCE_SERVICES -> "France Services de " + town;
				case MAIRIE -> "Mairie de " + town;
				case MAIRIE_ANNEXE -> "Mairie annexe de " + town;
				case CCAS -> "CCAS de " + town;
				case SOUS_PREFECTURE -> "Sous-préfecture de " + town;
				case PREFECTURE -> "Préfecture de " + town;
				case AGENCE -> "Agence d'accueil de " + town;
				case MEDIATHEQUE -> "Médiathèque de " + town;
				default -> "Accueil public de " + town;
			};
		}

		private static void offer(Site site, Channel channel, ContactPoint contact, String hours) {
			site.offer(channel, contact);
			site.setHours(channel, WeeklyHours.parse(hours));
		}

		/** A small photo of premises (a plain PNG, as the capture screen stores it). */
		private static byte[] photo() throws IOException {
			BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = image.createGraphics();
			graphics.setColor(new Color(0xE3E3FD));
			graphics.fillRect(0, 0, 800, 600);
			graphics.setColor(new Color(0x000091));
			graphics.fillRect(80, 120, 640, 80);
			graphics.dispose();
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return png.toByteArray();
		}

	}

}
