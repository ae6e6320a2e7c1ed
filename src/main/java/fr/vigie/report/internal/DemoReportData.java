package fr.vigie.report.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.identity.SystemIdentity;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteFilter;
import fr.vigie.report.AuditorCode;
import fr.vigie.report.NetworkReportModel;
import fr.vigie.report.NetworkReportModel.ItemResult;
import fr.vigie.report.NetworkReportModel.MarkBucket;
import fr.vigie.report.NetworkReportModel.NetworkTrendPoint;
import fr.vigie.report.NetworkReportModel.RankedSite;
import fr.vigie.report.PosterModel;
import fr.vigie.report.PosterModel.KeyIndicator;
import fr.vigie.report.ReferentialChoice;
import fr.vigie.report.ReportDataSource;
import fr.vigie.report.ReportPeriod;
import fr.vigie.report.Score;
import fr.vigie.report.SiteReportModel;
import fr.vigie.report.SiteReportModel.ActionStatus;
import fr.vigie.report.SiteReportModel.ChannelCount;
import fr.vigie.report.SiteReportModel.ChannelResult;
import fr.vigie.report.SiteReportModel.CorrectiveAction;
import fr.vigie.report.SiteReportModel.EngagementResult;
import fr.vigie.report.SiteReportModel.Evidence;
import fr.vigie.report.SiteReportModel.Finding;
import fr.vigie.report.SiteReportModel.FindingGrade;
import fr.vigie.report.SiteReportModel.Methodology;
import fr.vigie.report.SiteReportModel.TrendPoint;
import fr.vigie.report.Verdict;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.demo.ConditionalOnDemoData;

import org.springframework.stereotype.Component;

/**
 * DEMO DATA ONLY: made-up but plausible figures so that report screens and downloads work
 * end to end before the scoring module exists. Figures are a pure function of (site,
 * referential, period), so a report is the same every time it is issued. Active only with
 * demo data; the scoring module provides the real {@link ReportDataSource}.
 */
@Component
@ConditionalOnDemoData
class DemoReportData implements ReportDataSource {

	static final String SP_PLUS = "sp-plus:2023";

	static final String MARIANNE = "marianne:2005";

	/** The demo médiathèque is outside every campaign: its reports say "no data". */
	static final String SITE_WITHOUT_TESTS = "VAL-MED-PD";

	private static final Map<String, String> ORGANISATIONS = Map.of("demo-metropole", "Métropole de Valbourg");

	private static final double THRESHOLD = 7.0;

	private static final double EXCELLENCE = 9.0;

	private static final int MINIMUM_SAMPLE = 5;

	private static final List<Channel> CHANNELS = List.of(Channel.COUNTER, Channel.PHONE, Channel.EMAIL, Channel.LETTER,
			Channel.WEBSITE);

	private static final List<Engagement> SP_PLUS_ENGAGEMENTS = List.of(new Engagement("1",
			"Dans le respect mutuel, vous êtes accueillis avec bienveillance et avez le droit à l'erreur", CHANNELS),
			new Engagement("2", "Vous pouvez facilement entrer en contact avec vos services publics",
					List.of(Channel.COUNTER, Channel.PHONE, Channel.WEBSITE)),
			new Engagement("3", "Vous bénéficiez d'un accompagnement adapté à votre situation personnelle",
					List.of(Channel.COUNTER, Channel.PHONE)),
			new Engagement("4", "Votre demande est traitée dans les délais annoncés",
					List.of(Channel.EMAIL, Channel.LETTER)),
			new Engagement("5", "Vous disposez d'une information claire, simple et accessible", CHANNELS),
			new Engagement("6", "Vous avez accès à nos résultats de qualité de service",
					List.of(Channel.COUNTER, Channel.WEBSITE)),
			new Engagement("7", "Votre avis est pris en compte pour améliorer le service rendu",
					List.of(Channel.COUNTER, Channel.WEBSITE)),
			new Engagement("8", "Nous agissons de manière éco-responsable", List.of(Channel.COUNTER)));

	private static final List<Engagement> MARIANNE_ENGAGEMENTS = List.of(
			new Engagement("A", "Faciliter l'accès des usagers aux services",
					List.of(Channel.COUNTER, Channel.PHONE, Channel.WEBSITE)),
			new Engagement("B", "Accueillir de manière attentive et courtoise",
					List.of(Channel.COUNTER, Channel.PHONE)),
			new Engagement("C", "Répondre de manière compréhensible et dans un délai annoncé",
					List.of(Channel.EMAIL, Channel.LETTER, Channel.PHONE)),
			new Engagement("D", "Traiter systématiquement la réclamation", List.of(Channel.EMAIL, Channel.LETTER)),
			new Engagement("E", "Recueillir les propositions des usagers pour améliorer la qualité du service",
					List.of(Channel.COUNTER, Channel.WEBSITE)));

	private static final List<Issue> ISSUES = List.of(
			new Issue(Channel.COUNTER, "2", "Horaires d'ouverture affichés à l'entrée",
					"Les horaires affichés sur la porte ne correspondent pas à ceux du site internet : la fermeture "
							+ "du mercredi après-midi n'y figure pas.",
					"Affichage à l'entrée", "Mettre à jour l'affichage des horaires et le relier au site internet",
					"Service communication"),
			new Issue(Channel.COUNTER, "1", "L'agent se présente ou porte un badge",
					"L'agent d'accueil ne s'est pas présenté et ne portait pas de badge visible.", null,
					"Distribuer des badges nominatifs ou de fonction à tous les agents d'accueil",
					"Direction des ressources humaines"),
			new Issue(Channel.COUNTER, "3", "Temps d'attente avant prise en charge",
					"Attente de 27 minutes avant la prise en charge, pour un objectif de 15 minutes ; aucune "
							+ "information sur le temps d'attente n'était affichée.",
					null, "Afficher le temps d'attente estimé et renforcer l'accueil aux heures de pointe",
					"Service accueil"),
			new Issue(Channel.PHONE, "2", "Décroché avant la 5e sonnerie",
					"Appel décroché à la 8e sonnerie ; un second appel, à 12 h 10, est resté sans réponse.", null,
					"Revoir les plages de présence au standard entre 12 h et 14 h", "Service accueil"),
			new Issue(Channel.PHONE, "5", "Réponse claire et complète",
					"L'agent a renvoyé vers le site internet sans répondre à la question posée sur les pièces "
							+ "justificatives.",
					null, "Fiches réflexes sur les dix questions les plus fréquentes", "Service accueil"),
			new Issue(Channel.EMAIL, "4", "Accusé de réception sous une semaine",
					"Aucun accusé de réception du courriel envoyé via le formulaire de contact.", null,
					"Activer l'accusé de réception automatique du formulaire de contact", "Direction du numérique"),
			new Issue(Channel.EMAIL, "4", "Réponse sous cinq jours ouvrés",
					"Réponse reçue au bout de 9 jours ouvrés, sans délai annoncé au préalable.", null,
					"Suivre chaque semaine les demandes écrites en attente", "Service relation usagers"),
			new Issue(Channel.LETTER, "4", "Réponse au courrier sous quinze jours ouvrés",
					"Réponse au courrier reçue au bout de 21 jours ouvrés.", "Courrier de réponse reçu",
					"Mettre en place un registre des courriers entrants avec échéance", "Service courrier"),
			new Issue(Channel.WEBSITE, "2", "Coordonnées et horaires à jour sur le site",
					"La page « Contact » renvoie une erreur ; le numéro de téléphone n'est trouvable qu'en bas de "
							+ "la page d'accueil.",
					"Page Contact du site internet", "Corriger la page Contact et vérifier les liens chaque mois",
					"Direction du numérique"),
			new Issue(Channel.WEBSITE, "6", "Résultats qualité publiés en ligne",
					"Les résultats de qualité de service de l'année précédente ne sont pas publiés sur le site.", null,
					"Publier chaque année les résultats en ligne et à l'accueil", "Mission qualité"));

	private static final List<String> SCENARIOS = List.of("Demande d'acte de naissance pour un proche",
			"Renseignement sur les horaires d'ouverture et les jours de fermeture",
			"Inscription sur les listes électorales après un déménagement",
			"Prise de rendez-vous pour une carte d'identité",
			"Question sur une aide sociale pour une personne âgée (profil sans accès à internet)",
			"Signalement d'un dépôt sauvage sur la voie publique", "Réclamation sur une facture d'eau");

	private static final List<String> ITEMS = List.of("Agent courtois et disponible",
			"Agent identifiable (nom ou badge)", "Locaux propres et bien rangés", "Horaires affichés et à jour",
			"Décroché avant la 5e sonnerie", "Réponse exacte et complète", "Accusé de réception sous une semaine",
			"Réponse écrite sous cinq jours ouvrés", "Charte de la laïcité affichée",
			"Coordonnées à jour sur le site internet", "Orientation vers le bon service",
			"Information sur les voies de recours");

	private static final Duration SITE_CACHE = Duration.ofSeconds(30);

	private final OrganisationManagement organisation;

	private final SystemIdentity system;

	private final Clock clock;

	private volatile Map<String, Site> sites = Map.of();

	private volatile Instant sitesLoadedAt = Instant.MIN;

	DemoReportData(OrganisationManagement organisation, SystemIdentity system, Clock clock) {
		this.system = system;
		this.organisation = organisation;
		this.clock = clock;
	}

	@Override
	public List<ReferentialChoice> referentials() {
		return List.of(new ReferentialChoice(SP_PLUS, "Services Publics+", "2023"),
				new ReferentialChoice(MARIANNE, "Charte Marianne", "2005"));
	}

	@Override
	public List<ReportPeriod> periods() {
		LocalDate today = LocalDate.now(this.clock);
		List<ReportPeriod> periods = new ArrayList<>();
		ReportPeriod quarter = ReportPeriod.quarterOf(today);
		for (int i = 0; i < 6; i++) {
			periods.add(quarter);
			quarter = quarter.previous();
		}
		periods.add(ReportPeriod.year(today.getYear()));
		periods.add(ReportPeriod.year(today.getYear() - 1));
		return periods;
	}

	@Override
	public SiteReportModel siteReport(String siteId, ReportPeriod period, String referentialId) {
		Site site = site(siteId);
		Referential referential = referential(referentialId);
		String address = (site.address() != null) ? site.address().oneLine() : null;
		List<TrendPoint> trend = trend(site, referential, period);
		Figures figures = figures(site, referential, period);
		if (figures == null) {
			return SiteReportModel.noData(organisationName(site), site.id().value(), site.name(), address, period,
					referential.choice().name(), referential.choice().version(), frozenAt(period), THRESHOLD,
					EXCELLENCE, trend, MINIMUM_SAMPLE);
		}
		Random random = random(site.id().value(), referential.choice().id(), period.code(), "details");
		List<EngagementResult> engagements = new ArrayList<>();
		for (Engagement engagement : referential.engagements()) {
			int tests = engagement.channels().stream().mapToInt((channel) -> figures.tests().get(channel)).sum();
			if (tests == 0) {
				engagements
					.add(new EngagementResult(engagement.code(), engagement.title(), null, Verdict.NO_DATA, false));
				continue;
			}
			double mark = clamp(
					figures.level() + offset(site.id().value(), engagement.code()) + random.nextGaussian() * 0.4);
			boolean blocking = mark < 6.8 && random.nextDouble() < 0.5;
			Score score = score(mark, tests);
			engagements.add(new EngagementResult(engagement.code(), engagement.title(), score,
					blocking ? Verdict.NOT_MET : verdict(score), blocking));
		}
		List<ChannelResult> channels = new ArrayList<>();
		List<ChannelCount> counts = new ArrayList<>();
		for (Channel channel : CHANNELS) {
			int tests = figures.tests().get(channel);
			counts.add(new ChannelCount(channel, tests));
			Score score = (tests > 0) ? score(figures.channelMarks().get(channel), tests) : null;
			channels.add(new ChannelResult(channel, score, (score != null) ? verdict(score) : Verdict.NO_DATA));
		}
		List<Finding> findings = findings(figures, referential, random, period);
		List<CorrectiveAction> actions = actions(findings, random, period);
		LocalDate first = period.start().plusDays(2 + random.nextInt(6));
		LocalDate last = lastTestDay(period, random);
		List<String> scenarios = pick(SCENARIOS, 3 + random.nextInt(2), random);
		Set<AuditorCode> auditors = new LinkedHashSet<>();
		while (auditors.size() < 3) {
			auditors.add(new AuditorCode("ENQ-%02d".formatted(1 + random.nextInt(24))));
		}
		return new SiteReportModel(organisationName(site), site.id().value(), site.name(), address, period,
				referential.choice().name(), referential.choice().version(), frozenAt(period), figures.verdict(),
				figures.overall(), THRESHOLD, EXCELLENCE, engagements, channels, trend, findings, actions,
				new Methodology(counts, first, last.isBefore(first) ? first : last, scenarios, List.copyOf(auditors),
						MINIMUM_SAMPLE));
	}

	@Override
	public NetworkReportModel networkReport(Collection<String> siteIds, String scopeLabel, ReportPeriod period,
			String referentialId) {
		Referential referential = referential(referentialId);
		List<Site> scope = siteIds.stream().map(this::site).sorted(Comparator.comparing(Site::name)).toList();
		String organisationName = scope.isEmpty() ? "Vigie" : organisationName(scope.get(0));
		List<RankedSite> ranking = ranking(scope, referential, period);
		int[] bands = new int[10];
		ranking.stream()
			.filter((site) -> site.score() != null)
			.forEach((site) -> bands[Math.min(9, (int) Math.floor(site.score().mark()))]++);
		List<MarkBucket> distribution = new ArrayList<>();
		for (int band = 0; band < 10; band++) {
			distribution.add(new MarkBucket(band, band + 1, bands[band]));
		}
		Score overall = combined(ranking.stream().map(RankedSite::score).toList());
		List<ItemResult> items = new ArrayList<>();
		if (overall != null) {
			Random random = random(referential.choice().id(), period.code(), "items", Integer.toString(scope.size()));
			for (String item : ITEMS) {
				double percent = Math.max(5,
						Math.min(100, overall.mark() * 10 + offset("item", item) * 9 + random.nextGaussian() * 4));
				items.add(new ItemResult(referential.engagements()
					.get(Math.floorMod(item.hashCode(), referential.engagements().size()))
					.code(), item, percent, Math.max(1, overall.tests() / 3 + random.nextInt(5))));
			}
			items.sort(Comparator.comparingDouble(ItemResult::conformityPercent).reversed());
		}
		List<NetworkTrendPoint> trend = new ArrayList<>();
		for (ReportPeriod wave : waves(period)) {
			List<RankedSite> waveRanking = ranking(scope, referential, wave);
			Score waveScore = combined(waveRanking.stream().map(RankedSite::score).toList());
			long judged = waveRanking.stream().filter((site) -> site.verdict().judged()).count();
			long met = waveRanking.stream()
				.filter((site) -> site.verdict() == Verdict.MET || site.verdict() == Verdict.EXCELLENT)
				.count();
			trend.add(new NetworkTrendPoint(shortLabel(wave), wave.end(), waveScore,
					(judged == 0) ? 0 : 100.0 * met / judged));
		}
		return new NetworkReportModel(organisationName, scopeLabel, period, referential.choice().name(),
				referential.choice().version(), frozenAt(period), THRESHOLD, EXCELLENCE, overall, ranking, distribution,
				items.stream().limit(5).toList(), items.reversed().stream().limit(5).toList(), trend);
	}

	@Override
	public PosterModel poster(String siteId, ReportPeriod period, String referentialId) {
		SiteReportModel report = siteReport(siteId, period, referentialId);
		List<KeyIndicator> indicators = new ArrayList<>();
		for (ChannelResult channel : report.channels()) {
			if (channel.score() == null || indicators.size() == 4) {
				continue;
			}
			String value = Formats.percent(channel.score().mark() * 10);
			String label = switch (channel.channel()) {
				case COUNTER -> "des points vérifiés lors de nos visites à l'accueil sont au rendez-vous";
				case PHONE -> "des points vérifiés au téléphone sont respectés : décroché, politesse, réponse";
				case EMAIL -> "des points vérifiés sur nos réponses aux courriels sont respectés";
				case LETTER -> "des points vérifiés sur nos réponses aux courriers sont respectés";
				default -> "des points vérifiés sur notre site internet sont respectés";
			};
			indicators.add(new KeyIndicator(value, label));
		}
		List<String> improvements = report.actions()
			.stream()
			.filter((action) -> action.status() == ActionStatus.PLANNED || action.status() == ActionStatus.IN_PROGRESS)
			.map(CorrectiveAction::title)
			.limit(3)
			.toList();
		if (improvements.isEmpty() && report.hasData()) {
			improvements = List.of("Nous continuons à mesurer la qualité de notre accueil chaque trimestre.");
		}
		return new PosterModel(report.organisationName(), report.siteName(), period, report.referentialName(),
				report.generatedAt(), report.verdict(), report.overall(), THRESHOLD, indicators, improvements,
				report.methodology().testsPerChannel());
	}

	/** The per-period figures of a site, or null when it had no test. */
	private Figures figures(Site site, Referential referential, ReportPeriod period) {
		LocalDate today = LocalDate.now(this.clock);
		if (SITE_WITHOUT_TESTS.equals(site.id().value()) || period.start().isAfter(today)) {
			return null;
		}
		Random random = random(site.id().value(), referential.choice().id(), period.code());
		double level = clamp(siteLevel(site.id().value(), referential) + drift(period) + random.nextGaussian() * 0.35);
		Map<Channel, Integer> tests = new EnumMap<>(Channel.class);
		Map<Channel, Double> marks = new EnumMap<>(Channel.class);
		double weighted = 0;
		int total = 0;
		for (Channel channel : CHANNELS) {
			int perQuarter = switch (channel) {
				case COUNTER -> 2 + random.nextInt(3);
				case PHONE -> 4 + random.nextInt(4);
				case EMAIL -> 3 + random.nextInt(3);
				case LETTER -> 1 + random.nextInt(2);
				default -> 1;
			};
			int count = switch (period.kind()) {
				case QUARTER -> perQuarter;
				case YEAR -> perQuarter * 4 + random.nextInt(3);
				case MONTH -> random.nextInt(perQuarter / 2 + 2);
			};
			double mark = clamp(level + offset(site.id().value(), channel.code()) + random.nextGaussian() * 0.3);
			tests.put(channel, count);
			marks.put(channel, mark);
			weighted += mark * count;
			total += count;
		}
		if (total == 0) {
			return null;
		}
		Score overall = score(weighted / total, total);
		return new Figures(level, tests, marks, overall, verdict(overall));
	}

	private List<RankedSite> ranking(List<Site> scope, Referential referential, ReportPeriod period) {
		List<RankedSite> scored = new ArrayList<>();
		List<RankedSite> unscored = new ArrayList<>();
		for (Site site : scope) {
			Figures figures = figures(site, referential, period);
			if (figures == null) {
				unscored.add(new RankedSite(null, site.id().value(), site.name(), null, Verdict.NO_DATA));
			}
			else {
				scored.add(new RankedSite(0, site.id().value(), site.name(), figures.overall(), figures.verdict()));
			}
		}
		scored.sort(Comparator.comparingDouble((RankedSite site) -> site.score().mark()).reversed());
		List<RankedSite> ranking = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			RankedSite site = scored.get(i);
			ranking.add(new RankedSite(i + 1, site.siteId(), site.siteName(), site.score(), site.verdict()));
		}
		ranking.addAll(unscored);
		return ranking;
	}

	private List<TrendPoint> trend(Site site, Referential referential, ReportPeriod period) {
		return waves(period).stream().map((wave) -> {
			Figures figures = figures(site, referential, wave);
			return new TrendPoint(shortLabel(wave), wave.end(), (figures != null) ? figures.overall() : null);
		}).toList();
	}

	/** The period and the four before it, oldest first. */
	private static List<ReportPeriod> waves(ReportPeriod period) {
		List<ReportPeriod> waves = new ArrayList<>();
		ReportPeriod wave = period;
		for (int i = 0; i < 5; i++) {
			waves.add(0, wave);
			wave = wave.previous();
		}
		return waves;
	}

	private static String shortLabel(ReportPeriod period) {
		return switch (period.kind()) {
			case QUARTER -> "T" + period.number() + " " + period.year();
			case MONTH -> "%02d/%d".formatted(period.number(), period.year());
			case YEAR -> Integer.toString(period.year());
		};
	}

	private List<Finding> findings(Figures figures, Referential referential, Random random, ReportPeriod period) {
		List<Finding> findings = new ArrayList<>();
		int number = 1;
		for (Issue issue : ISSUES) {
			int tests = figures.tests().get(issue.channel());
			double mark = figures.channelMarks().get(issue.channel());
			if (tests == 0 || random.nextDouble() > (10 - mark) / 4.5) {
				continue;
			}
			FindingGrade grade = (mark < 6.2) ? FindingGrade.MAJOR_NONCONFORMITY
					: (mark < 8) ? FindingGrade.MINOR_NONCONFORMITY : FindingGrade.OBSERVATION;
			List<Evidence> evidence = (issue.evidenceCaption() == null) ? List.of()
					: List.of(new Evidence(issue.evidenceCaption(), picture(issue.channel())));
			String engagement = referential.engagements()
				.stream()
				.anyMatch((candidate) -> candidate.code().equals(issue.engagementCode())) ? issue.engagementCode()
						: null;
			findings.add(new Finding("C-%02d".formatted(number++), grade, engagement, issue.criterion(),
					issue.channel(), lastTestDay(period, random), issue.description(), evidence));
		}
		if (!findings.isEmpty()) {
			findings.add(new Finding("C-%02d".formatted(number), FindingGrade.IMPROVEMENT_OPPORTUNITY,
					referential.engagements().get(referential.engagements().size() > 4 ? 4 : 0).code(),
					"Documents remis à l'usager", Channel.COUNTER, lastTestDay(period, random),
					"Le formulaire remis à l'accueil pourrait être simplifié : deux rubriques demandent la même "
							+ "information.",
					List.of()));
		}
		return findings;
	}

	private static byte[] picture(Channel channel) {
		return switch (channel) {
			case WEBSITE -> DemoEvidence.WEB_PAGE;
			case LETTER, EMAIL -> DemoEvidence.LETTER;
			default -> DemoEvidence.DOOR_SIGN;
		};
	}

	private List<CorrectiveAction> actions(List<Finding> findings, Random random, ReportPeriod period) {
		List<CorrectiveAction> actions = new ArrayList<>();
		int number = 1;
		LocalDate today = LocalDate.now(this.clock);
		for (Finding finding : findings) {
			if (finding.grade() != FindingGrade.MAJOR_NONCONFORMITY
					&& finding.grade() != FindingGrade.MINOR_NONCONFORMITY) {
				continue;
			}
			Issue issue = ISSUES.stream()
				.filter((candidate) -> candidate.criterion().equals(finding.criterion()))
				.findFirst()
				.orElseThrow();
			LocalDate due = period.end().plusDays(30 + random.nextInt(60));
			ActionStatus status = due.isBefore(today)
					? ((random.nextDouble() < 0.75) ? ActionStatus.DONE : ActionStatus.IN_PROGRESS)
					: ((random.nextDouble() < 0.5) ? ActionStatus.IN_PROGRESS : ActionStatus.PLANNED);
			LocalDate closed = (status == ActionStatus.DONE) ? due.minusDays(random.nextInt(20)) : null;
			actions.add(new CorrectiveAction("A-%02d".formatted(number++), issue.action(), issue.owner(), due, status,
					closed, List.of(finding.reference())));
		}
		return actions;
	}

	private LocalDate lastTestDay(ReportPeriod period, Random random) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate end = period.end().isAfter(today) ? today : period.end();
		LocalDate day = end.minusDays(random.nextInt(10));
		return day.isBefore(period.start()) ? period.start() : day;
	}

	/**
	 * When the figures were frozen: a week after the period ends, or this morning for a
	 * period still running. Stable over a day, so re-issuing gives the same file.
	 */
	private Instant frozenAt(ReportPeriod period) {
		Instant afterPeriod = period.end().plusDays(7).atTime(LocalTime.of(6, 0)).atZone(Formats.PARIS).toInstant();
		Instant thisMorning = LocalDate.now(this.clock).atTime(LocalTime.of(6, 0)).atZone(Formats.PARIS).toInstant();
		return afterPeriod.isBefore(thisMorning) ? afterPeriod : thisMorning;
	}

	private static Score combined(List<Score> scores) {
		double weighted = 0;
		int tests = 0;
		for (Score score : scores) {
			if (score != null) {
				weighted += score.mark() * score.tests();
				tests += score.tests();
			}
		}
		return (tests == 0) ? null : score(weighted / tests, tests);
	}

	/**
	 * A mark with its Wilson 95 % interval, treating the mark as a rate over the tests.
	 */
	static Score score(double mark, int tests) {
		double p = mark / 10;
		double z = 1.96;
		double denominator = 1 + z * z / tests;
		double centre = (p + z * z / (2 * tests)) / denominator;
		double margin = z * Math.sqrt(p * (1 - p) / tests + z * z / (4.0 * tests * tests)) / denominator;
		return new Score(round(mark), tests, round(Math.max(0, centre - margin) * 10),
				round(Math.min(1, centre + margin) * 10));
	}

	private static Verdict verdict(Score score) {
		if (score.tests() < MINIMUM_SAMPLE) {
			return Verdict.INSUFFICIENT_SAMPLE;
		}
		if (score.mark() >= EXCELLENCE) {
			return Verdict.EXCELLENT;
		}
		return (score.mark() >= THRESHOLD) ? Verdict.MET : Verdict.NOT_MET;
	}

	private static double siteLevel(String siteId, Referential referential) {
		if ("VAL-PREF".equals(siteId)) {
			return 6.1;
		}
		Random random = random(siteId, referential.choice().id(), "level");
		return 5.9 + 3.4 * random.nextDouble();
	}

	/** Sites slowly improve: about a tenth of a point per quarter since 2024. */
	private static double drift(ReportPeriod period) {
		return (period.start().getYear() - 2024) * 0.4 + period.start().getMonthValue() * 0.03 - 0.6;
	}

	private static double offset(String... parts) {
		return random(parts).nextGaussian() * 0.6;
	}

	private static double clamp(double mark) {
		return Math.max(1.5, Math.min(9.9, mark));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static Random random(String... parts) {
		return new Random(String.join("|", parts).hashCode() * 2654435761L);
	}

	private static <T> List<T> pick(List<T> from, int count, Random random) {
		List<T> pool = new ArrayList<>(from);
		List<T> picked = new ArrayList<>();
		while (picked.size() < count && !pool.isEmpty()) {
			picked.add(pool.remove(random.nextInt(pool.size())));
		}
		return picked;
	}

	private Site site(String siteId) {
		Site site = sites().get(siteId);
		if (site == null) {
			throw new UserFacingException("report.site.unknown", siteId);
		}
		return site;
	}

	private Map<String, Site> sites() {
		Instant now = Instant.now();
		if (Duration.between(this.sitesLoadedAt, now).compareTo(SITE_CACHE) > 0) {
			// As the scheduler would: the whole network, whoever asked first.
			this.sites = this.system.call(() -> this.organisation.searchSites(SiteFilter.all()))
				.stream()
				.collect(Collectors.toUnmodifiableMap((site) -> site.id().value(), Function.identity()));
			this.sitesLoadedAt = now;
		}
		return this.sites;
	}

	private static String organisationName(Site site) {
		return ORGANISATIONS.getOrDefault(site.organisationId(), site.organisationId());
	}

	private Referential referential(String id) {
		return switch (id) {
			case SP_PLUS -> new Referential(referentials().get(0), SP_PLUS_ENGAGEMENTS);
			case MARIANNE -> new Referential(referentials().get(1), MARIANNE_ENGAGEMENTS);
			default -> throw new UserFacingException("report.referential.unknown", id);
		};
	}

	private record Referential(ReferentialChoice choice, List<Engagement> engagements) {

	}

	private record Engagement(String code, String title, List<Channel> channels) {

	}

	private record Issue(Channel channel, String engagementCode, String criterion, String description,
			String evidenceCaption, String action, String owner) {

	}

	private record Figures(double level, Map<Channel, Integer> tests, Map<Channel, Double> channelMarks, Score overall,
			Verdict verdict) {

	}

}
