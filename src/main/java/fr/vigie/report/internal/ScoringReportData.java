package fr.vigie.report.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.vigie.audit.AuditManagement;
import fr.vigie.audit.EvidenceFile;
import fr.vigie.identity.SystemIdentity;
import fr.vigie.organisation.Organisation;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteId;
import fr.vigie.referential.ReferentialManagement;
import fr.vigie.referential.ReferentialVersion;
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
import fr.vigie.scoring.ActionView;
import fr.vigie.scoring.ItemConformity;
import fr.vigie.scoring.Mark;
import fr.vigie.scoring.ReferentialOption;
import fr.vigie.scoring.ScoreQuery;
import fr.vigie.scoring.ScoringManagement;
import fr.vigie.scoring.SiteDetail;
import fr.vigie.scoring.SiteResult;
import fr.vigie.scoring.TestRecord;
import fr.vigie.scoring.Thresholds;
import fr.vigie.scoring.WaveResult;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;

import org.springframework.stereotype.Component;

/**
 * Report figures from the scoring module's stored scores, findings and actions, with the
 * evidence pictures of findings from the audit module. Auditors appear by their codes
 * only; actions by the unit in charge, never the person following them up.
 */
@Component
class ScoringReportData implements ReportDataSource {

	/** A report shows the period and the quarters before it. */
	static final int TREND_WAVES = 5;

	/** Thumbnails printed per finding; the others stay in Vigie. */
	static final int EVIDENCE_PER_FINDING = 3;

	private final ScoringManagement scoring;

	private final ReferentialManagement referentials;

	private final OrganisationManagement organisation;

	private final AuditManagement audits;

	private final SystemIdentity system;

	private final Clock clock;

	ScoringReportData(ScoringManagement scoring, ReferentialManagement referentials,
			OrganisationManagement organisation, AuditManagement audits, SystemIdentity system, Clock clock) {
		this.scoring = scoring;
		this.referentials = referentials;
		this.organisation = organisation;
		this.audits = audits;
		this.system = system;
		this.clock = clock;
	}

	/** Referential versions with results first, then the other published versions. */
	@Override
	public List<ReferentialChoice> referentials() {
		Map<String, ReferentialChoice> choices = new java.util.LinkedHashMap<>();
		for (ReferentialOption option : this.scoring.referentials().reversed()) {
			choices.put(option.id(), new ReferentialChoice(option.id(), option.name(), option.version()));
		}
		for (ReferentialVersion version : this.referentials.publishedVersions()) {
			choices.putIfAbsent(version.id().value(), choice(version));
		}
		return List.copyOf(choices.values());
	}

	@Override
	public List<ReportPeriod> periods() {
		LocalDate today = LocalDate.now(this.clock.withZone(Formats.PARIS));
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
		ReferentialChoice referential = referential(referentialId);
		Site site = site(siteId);
		SiteDetail detail = this.scoring.siteDetail(siteId, query(referentialId, period), TREND_WAVES);
		Thresholds thresholds = detail.thresholds();
		String address = (site.address() != null) ? site.address().oneLine() : null;
		List<TrendPoint> trend = detail.trend()
			.stream()
			.map((wave) -> new TrendPoint(wave.label(), wave.to(), score(wave.mark())))
			.toList();
		if (detail.overall() == null) {
			return SiteReportModel.noData(organisationName(site), siteId, site.name(), address, period,
					referential.name(), referential.version(), frozenAt(period), thresholds.pass(),
					thresholds.excellence(), trend, thresholds.minimumSample());
		}
		List<EngagementResult> engagements = detail.engagements()
			.stream()
			.map((engagement) -> new EngagementResult(engagement.code(), engagement.name(), score(engagement.mark()),
					engagement.verdict(), engagement.mark() != null && engagement.mark().blockingFailed()))
			.toList();
		List<ChannelResult> channels = detail.channels()
			.stream()
			.map((channel) -> new ChannelResult(channel.channel(), score(channel.mark()), channel.verdict()))
			.toList();
		List<Finding> findings = detail.findings()
			.stream()
			.filter((finding) -> !finding.withdrawn())
			.map(this::finding)
			.toList();
		List<CorrectiveAction> actions = detail.actions().stream().map(ScoringReportData::action).toList();
		return new SiteReportModel(organisationName(site), siteId, site.name(), address, period, referential.name(),
				referential.version(), frozenAt(period), detail.verdict(), score(detail.overall()), thresholds.pass(),
				thresholds.excellence(), engagements, channels, trend, findings, actions,
				methodology(detail.tests(), thresholds.minimumSample()));
	}

	@Override
	public NetworkReportModel networkReport(Collection<String> siteIds, String scopeLabel, ReportPeriod period,
			String referentialId) {
		ReferentialChoice referential = referential(referentialId);
		ScoreQuery query = query(referentialId, period);
		Thresholds thresholds = this.scoring.thresholds(referentialId);
		List<SiteResult> sites = this.scoring.siteResults(query, siteIds);
		List<RankedSite> ranking = sites.stream()
			.map((site) -> new RankedSite(site.rank(), site.siteId(), site.siteName(), score(site.mark()),
					site.verdict()))
			.toList();
		int[] bands = new int[10];
		sites.stream()
			.filter((site) -> site.mark() != null)
			.forEach((site) -> bands[Math.min(9, (int) Math.floor(site.mark().value()))]++);
		List<MarkBucket> distribution = new ArrayList<>();
		for (int band = 0; band < 10; band++) {
			distribution.add(new MarkBucket(band, band + 1, bands[band]));
		}
		List<ItemResult> items = this.scoring.itemResults(query, siteIds)
			.stream()
			.map((item) -> new ItemResult(item.engagementRef(), criterion(item), item.percent(), item.assessed()))
			.toList();
		List<NetworkTrendPoint> trend = new ArrayList<>();
		for (WaveResult wave : this.scoring.trend(query, siteIds, TREND_WAVES)) {
			trend.add(new NetworkTrendPoint(wave.label(), wave.to(), score(wave.mark()), wave.passedPercent()));
		}
		String organisationName = sites.isEmpty() ? "Vigie"
				: this.organisation.findSite(new SiteId(sites.get(0).siteId()))
					.map(this::organisationName)
					.orElse("Vigie");
		return new NetworkReportModel(organisationName, scopeLabel, period, referential.name(), referential.version(),
				frozenAt(period), thresholds.pass(), thresholds.excellence(),
				score(this.scoring.overall(query, siteIds)), ranking, distribution, items.stream().limit(5).toList(),
				items.reversed().stream().limit(5).toList(), trend);
	}

	@Override
	public PosterModel poster(String siteId, ReportPeriod period, String referentialId) {
		SiteReportModel report = siteReport(siteId, period, referentialId);
		List<KeyIndicator> indicators = new ArrayList<>();
		for (ChannelResult channel : report.channels()) {
			if (channel.score() != null && indicators.size() < 4) {
				indicators.add(
						new KeyIndicator(Formats.percent(channel.score().mark() * 10), posterLabel(channel.channel())));
			}
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
				report.generatedAt(), report.verdict(), report.overall(), report.threshold(), indicators, improvements,
				report.methodology().testsPerChannel());
	}

	private static String posterLabel(Channel channel) {
		return switch (channel) {
			case COUNTER -> "des points vérifiés lors de nos visites à l'accueil sont au rendez-vous";
			case PHONE -> "des points vérifiés au téléphone sont respectés : décroché, politesse, réponse";
			case EMAIL -> "des points vérifiés sur nos réponses aux courriels sont respectés";
			case LETTER -> "des points vérifiés sur nos réponses aux courriers sont respectés";
			default -> "des points vérifiés sur nos canaux en ligne sont respectés";
		};
	}

	private Finding finding(fr.vigie.scoring.Finding finding) {
		List<Evidence> evidence = new ArrayList<>();
		for (String id : finding.evidenceIds()) {
			if (evidence.size() == EVIDENCE_PER_FINDING) {
				break;
			}
			// The report module has checked the site is in the caller's scope; the
			// pictures of its findings go into the report whoever issues it (an
			// administrator too, who has no access to capture).
			this.system.call(() -> this.audits.evidence(id))
				.filter(ScoringReportData::printable)
				.ifPresent((file) -> evidence.add(new Evidence(file.fileName(), file.content())));
		}
		return new Finding(finding.reference(), FindingGrade.valueOf(finding.grade().name()), finding.engagementRef(),
				criterion(finding.itemRef(), finding.itemName()), finding.channel(), finding.observedOn(),
				finding.comment(), evidence);
	}

	/** JPEG and PNG pictures print as thumbnails; other files (PDF, e-mail) do not. */
	private static boolean printable(EvidenceFile file) {
		return "image/jpeg".equals(file.contentType()) || "image/png".equals(file.contentType());
	}

	private static CorrectiveAction action(ActionView view) {
		var action = view.action();
		ActionStatus status = switch (action.status()) {
			case OPEN -> ActionStatus.PLANNED;
			case IN_PROGRESS -> ActionStatus.IN_PROGRESS;
			case CLOSED -> ActionStatus.DONE;
			case CANCELLED -> ActionStatus.CANCELLED;
		};
		return new CorrectiveAction(action.reference(), action.title(), action.ownerUnit(), action.dueOn(), status,
				action.closedOn(), view.findings().stream().map(fr.vigie.scoring.Finding::reference).toList());
	}

	private static Methodology methodology(List<TestRecord> tests, int minimumSample) {
		Map<Channel, Integer> counts = new EnumMap<>(Channel.class);
		tests.forEach((test) -> counts.merge(test.channel(), 1, Integer::sum));
		List<ChannelCount> perChannel = counts.entrySet()
			.stream()
			.map((entry) -> new ChannelCount(entry.getKey(), entry.getValue()))
			.toList();
		LocalDate first = tests.stream().map(TestRecord::testedOn).min(LocalDate::compareTo).orElse(null);
		LocalDate last = tests.stream().map(TestRecord::testedOn).max(LocalDate::compareTo).orElse(null);
		List<String> scenarios = tests.stream()
			.map(TestRecord::scenario)
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.toList();
		Set<AuditorCode> codes = new LinkedHashSet<>();
		tests.stream()
			.map(TestRecord::auditorCode)
			.filter(Objects::nonNull)
			.sorted()
			.forEach((code) -> auditorCode(code).ifPresent(codes::add));
		return new Methodology(perChannel, first, last, scenarios, List.copyOf(codes), minimumSample);
	}

	/** Only well-formed codes are printed: a name typed where a code belongs never is. */
	private static Optional<AuditorCode> auditorCode(String code) {
		try {
			return Optional.of(new AuditorCode(code));
		}
		catch (IllegalArgumentException notACode) {
			return Optional.empty();
		}
	}

	private static String criterion(ItemConformity item) {
		return criterion(item.refId(), item.name());
	}

	private static String criterion(String refId, String name) {
		return (refId != null) ? refId + " " + name : name;
	}

	private static Score score(Mark mark) {
		return (mark == null) ? null : new Score(mark.value(), mark.tests(), mark.lower(), mark.upper());
	}

	private static ScoreQuery query(String referentialId, ReportPeriod period) {
		return new ScoreQuery(referentialId, period.start(), period.end());
	}

	private ReferentialChoice referential(String id) {
		return referentials().stream()
			.filter((choice) -> choice.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new UserFacingException("report.referential.unknown", id));
	}

	private static ReferentialChoice choice(ReferentialVersion version) {
		return new ReferentialChoice(version.id().value(), version.header().name().fr(),
				Integer.toString(version.header().version()));
	}

	private Site site(String siteId) {
		return this.organisation.findSite(new SiteId(siteId))
			.orElseThrow(() -> new UserFacingException("report.site.unknown", siteId));
	}

	private String organisationName(Site site) {
		Map<String, String> names = this.organisation.organisations()
			.stream()
			.collect(Collectors.toMap(Organisation::id, Organisation::name));
		return names.getOrDefault(site.organisationId(), site.organisationId());
	}

	/**
	 * When the figures were frozen: a week after the period ends, or this morning for a
	 * period still running. Stable over a day, so re-issuing gives the same file.
	 */
	private Instant frozenAt(ReportPeriod period) {
		Instant afterPeriod = period.end().plusDays(7).atTime(LocalTime.of(6, 0)).atZone(Formats.PARIS).toInstant();
		Instant thisMorning = LocalDate.now(this.clock.withZone(Formats.PARIS))
			.atTime(LocalTime.of(6, 0))
			.atZone(Formats.PARIS)
			.toInstant();
		return afterPeriod.isBefore(thisMorning) ? afterPeriod : thisMorning;
	}

}
