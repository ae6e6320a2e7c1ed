package fr.vigie.scoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.vigie.campaign.CampaignManagement;
import fr.vigie.campaign.TestSlot;
import fr.vigie.identity.Role;
import fr.vigie.identity.UserManagement;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteHeader;
import fr.vigie.organisation.SiteId;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.ReferentialVersion;
import fr.vigie.scoring.internal.ActionPages;
import fr.vigie.scoring.internal.ActionRepository;
import fr.vigie.scoring.internal.ClosureFiles;
import fr.vigie.scoring.internal.DashboardExport;
import fr.vigie.scoring.internal.FindingPages;
import fr.vigie.scoring.internal.FindingRepository;
import fr.vigie.scoring.internal.Referentials;
import fr.vigie.scoring.internal.References;
import fr.vigie.scoring.internal.ScoreStore;
import fr.vigie.scoring.internal.ScoreStore.Match;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Results of validated tests and their follow-up.
 * <p>
 * Reading: scores over any period of one referential version, per site, channel,
 * engagement, item and wave, always within the caller's scope (quality managers and
 * administrators see the whole network, a director only his sites; a site outside his
 * scope is answered as unknown). Figures are aggregated from the stored per-test
 * summaries by MongoDB pipelines.
 * <p>
 * Follow-up: quality managers regrade findings, group them into corrective actions and
 * close these with evidence and, if asked, a re-test. Every change names the version the
 * user was looking at; a concurrent change is refused rather than overwritten.
 */
@Service
public class ScoringManagement {

	static final String READERS = "hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN', 'SYSTEM')";

	static final String MANAGERS = "hasRole('QUALITY_MANAGER')";

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final ScoreStore store;

	private final Referentials referentials;

	private final FindingRepository findings;

	private final FindingPages findingPages;

	private final ActionPages actionPages;

	private final ActionRepository actions;

	private final References references;

	private final ClosureFiles closureFiles;

	private final DashboardExport export;

	private final OrganisationManagement organisation;

	private final UserManagement users;

	private final CampaignManagement campaigns;

	private final ScoringProperties properties;

	private final Clock clock;

	ScoringManagement(ScoreStore store, Referentials referentials, FindingRepository findings,
			FindingPages findingPages, ActionRepository actions, ActionPages actionPages, References references,
			ClosureFiles closureFiles, DashboardExport export, OrganisationManagement organisation,
			UserManagement users, CampaignManagement campaigns, ScoringProperties properties, Clock clock) {
		this.store = store;
		this.referentials = referentials;
		this.findings = findings;
		this.findingPages = findingPages;
		this.actions = actions;
		this.actionPages = actionPages;
		this.references = references;
		this.closureFiles = closureFiles;
		this.export = export;
		this.organisation = organisation;
		this.users = users;
		this.campaigns = campaigns;
		this.properties = properties;
		this.clock = clock;
	}

	// --- scores

	/** Referential versions with results, newest id last. */
	@PreAuthorize(READERS)
	public List<ReferentialOption> referentials() {
		List<ReferentialOption> options = new ArrayList<>();
		for (String id : this.store.referentials()) {
			this.referentials.find(id)
				.ifPresent((version) -> options.add(new ReferentialOption(id, version.header().name().fr(),
						Integer.toString(version.header().version()))));
		}
		options.sort(Comparator.comparing(ReferentialOption::label));
		return options;
	}

	/** The thresholds a referential version's results are judged against. */
	@PreAuthorize(READERS)
	public Thresholds thresholds(String referentialVersionId) {
		return this.properties.thresholdsFor(referentialVersionId);
	}

	/**
	 * Every site of the scope (or of {@code siteIds} within it, when given), ranked by
	 * mark: sites with scored tests first, best first; then sites without any, by name.
	 */
	@PreAuthorize(READERS)
	public List<SiteResult> siteResults(ScoreQuery query, Collection<String> siteIds) {
		return siteResults(query, scope(siteIds));
	}

	/**
	 * Everything the directors' dashboard shows, within the caller's scope.
	 * @param waves how many quarters the trend shows
	 */
	@PreAuthorize(READERS)
	public Dashboard dashboard(ScoreQuery query, int waves) {
		Scope scope = scope(null);
		Match match = match(query, scope);
		Map<String, Tally> bySite = this.store.bySite(match);
		Map<String, Map<String, Tally>> engagementTallies = this.store.bySiteAndEngagement(match,
				engagementUrns(query));
		Map<String, Tally> engagementTotals = new HashMap<>();
		engagementTallies.values()
			.forEach((site) -> site.forEach((urn, tally) -> engagementTotals.merge(urn, tally, Tally::plus)));
		return new Dashboard(query, thresholds(query.referentialVersionId()),
				bySite.values().stream().reduce(Tally.EMPTY, Tally::plus).mark(), rank(query, scope, bySite),
				channelResults(query, scope), engagements(query, engagementTotals), trend(query, scope, waves),
				heatmap(query, scope, engagementTallies), itemResults(query, scope));
	}

	private List<SiteResult> siteResults(ScoreQuery query, Scope scope) {
		return rank(query, scope, this.store.bySite(match(query, scope)));
	}

	private List<SiteResult> rank(ScoreQuery query, Scope scope, Map<String, Tally> tallies) {
		Thresholds thresholds = thresholds(query.referentialVersionId());
		List<SiteResult> ranked = new ArrayList<>();
		List<SiteResult> unranked = new ArrayList<>();
		for (SiteHeader site : scope.sites().values()) {
			Tally tally = tallies.getOrDefault(site.id(), Tally.EMPTY);
			SiteResult result = new SiteResult(null, site.id(), site.name(), tally.mark(),
					ScoringRules.verdict(tally, thresholds), ScoringRules.label(tally, thresholds));
			(tally.isEmpty() ? unranked : ranked).add(result);
		}
		ranked.sort(Comparator.comparingDouble((SiteResult result) -> -tallies.get(result.siteId()).rate())
			.thenComparing(SiteResult::siteName));
		unranked.sort(Comparator.comparing(SiteResult::siteName));
		List<SiteResult> results = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			SiteResult result = ranked.get(i);
			results.add(new SiteResult(i + 1, result.siteId(), result.siteName(), result.mark(), result.verdict(),
					result.label()));
		}
		results.addAll(unranked);
		return results;
	}

	/** The scope's score over all its tests of the query; null without any. */
	@PreAuthorize(READERS)
	public Mark overall(ScoreQuery query, Collection<String> siteIds) {
		return overall(query, scope(siteIds));
	}

	private Mark overall(ScoreQuery query, Scope scope) {
		return this.store.bySite(match(query, scope)).values().stream().reduce(Tally.EMPTY, Tally::plus).mark();
	}

	/** Per channel, in the order of {@link Channel}; only tested channels. */
	@PreAuthorize(READERS)
	public List<ChannelResult> channelResults(ScoreQuery query, Collection<String> siteIds) {
		return channelResults(query, scope(siteIds));
	}

	private List<ChannelResult> channelResults(ScoreQuery query, Scope scope) {
		Thresholds thresholds = thresholds(query.referentialVersionId());
		Map<Channel, Tally> tallies = new EnumMap<>(Channel.class);
		tallies.putAll(this.store.byChannel(match(query, scope)));
		return tallies.entrySet()
			.stream()
			.map((entry) -> new ChannelResult(entry.getKey(), entry.getValue().mark(),
					ScoringRules.verdict(entry.getValue(), thresholds)))
			.toList();
	}

	/** Per engagement over the scope, in referential order. */
	@PreAuthorize(READERS)
	public List<EngagementResult> engagementResults(ScoreQuery query, Collection<String> siteIds) {
		return engagements(query, this.store.byEngagement(match(query, scope(siteIds)), engagementUrns(query)));
	}

	/**
	 * The last {@code waves} calendar quarters up to the query's end: the mark of each
	 * and how many sites were judged and passed.
	 */
	@PreAuthorize(READERS)
	public List<WaveResult> trend(ScoreQuery query, Collection<String> siteIds, int waves) {
		return trend(query, scope(siteIds), waves);
	}

	/** Sites × engagements; rows ordered by site name. */
	@PreAuthorize(READERS)
	public Heatmap heatmap(ScoreQuery query, Collection<String> siteIds) {
		Scope scope = scope(siteIds);
		return heatmap(query, scope, this.store.bySiteAndEngagement(match(query, scope), engagementUrns(query)));
	}

	private Heatmap heatmap(ScoreQuery query, Scope scope, Map<String, Map<String, Tally>> cells) {
		Thresholds thresholds = thresholds(query.referentialVersionId());
		List<Heatmap.EngagementRef> columns = engagementNodes(query.referentialVersionId()).stream()
			.map((node) -> new Heatmap.EngagementRef(node.urn(), node.refId(), node.name().fr()))
			.toList();
		List<Heatmap.Row> rows = new ArrayList<>();
		for (SiteHeader site : scope.sites().values()) {
			Map<String, Tally> row = cells.get(site.id());
			if (row == null) {
				continue;
			}
			List<EngagementResult> line = new ArrayList<>();
			for (Heatmap.EngagementRef column : columns) {
				Tally tally = row.get(column.urn());
				line.add((tally == null) ? null : new EngagementResult(column.urn(), column.refId(), column.name(),
						tally.mark(), ScoringRules.verdict(tally, thresholds)));
			}
			rows.add(new Heatmap.Row(site.id(), site.name(), line));
		}
		rows.sort(Comparator.comparing(Heatmap.Row::siteName));
		return new Heatmap(columns, rows);
	}

	/** Every assessed item, highest conformity first (best items first, worst last). */
	@PreAuthorize(READERS)
	public List<ItemConformity> itemResults(ScoreQuery query, Collection<String> siteIds) {
		return itemResults(query, scope(siteIds));
	}

	private List<ItemConformity> itemResults(ScoreQuery query, Scope scope) {
		Optional<ReferentialVersion> version = this.referentials.find(query.referentialVersionId());
		Map<String, int[]> counts = this.store.byItem(match(query, scope),
				version.map((v) -> v.items().stream().map(ReferentialNode::urn).toList()).orElse(List.of()));
		List<ItemConformity> items = new ArrayList<>();
		counts.forEach((urn, count) -> {
			Optional<ReferentialNode> node = version.flatMap((v) -> v.node(urn));
			String engagementRef = node.flatMap((n) -> version.get().node(n.parentUrn()))
				.map(ReferentialNode::refId)
				.orElse(null);
			items.add(new ItemConformity(urn, node.map(ReferentialNode::refId).orElse(null),
					node.map((n) -> n.name().fr()).orElse(urn), engagementRef, count[0], count[1]));
		});
		items.sort(Comparator.comparingDouble((ItemConformity item) -> -(double) item.compliant() / item.assessed())
			.thenComparing(Comparator.comparingInt(ItemConformity::assessed).reversed())
			.thenComparing(ItemConformity::urn));
		return items;
	}

	/**
	 * A site's results page: the site must be in the caller's scope.
	 * @param waves how many quarters the site's trend shows
	 */
	@PreAuthorize(READERS)
	public SiteDetail siteDetail(String siteId, ScoreQuery query, int waves) {
		Site site = visibleSite(siteId);
		Scope scope = new Scope(Map.of(siteId, site.header()), true);
		Thresholds thresholds = thresholds(query.referentialVersionId());
		Match match = match(query, scope);
		Tally overall = this.store.bySite(match).getOrDefault(siteId, Tally.EMPTY);
		Map<String, Tally> engagementTallies = this.store.bySiteAndEngagement(match, engagementUrns(query))
			.getOrDefault(siteId, Map.of());
		Map<Channel, Tally> channels = new EnumMap<>(Channel.class);
		channels.putAll(this.store.byChannel(match));
		List<ChannelResult> channelResults = channels.entrySet()
			.stream()
			.map((entry) -> new ChannelResult(entry.getKey(), entry.getValue().mark(),
					ScoringRules.verdict(entry.getValue(), thresholds)))
			.toList();
		List<Finding> siteFindings = this.findings
			.findBySiteIdAndObservedOnBetweenOrderByObservedOnDesc(siteId, query.from(), query.to())
			.stream()
			.filter((finding) -> finding.referentialVersionId().equals(query.referentialVersionId()))
			.toList();
		return new SiteDetail(siteId, site.name(), query, thresholds, overall.mark(),
				ScoringRules.verdict(overall, thresholds), ScoringRules.label(overall, thresholds),
				engagements(query, engagementTallies), channelResults, trend(query, scope, waves),
				this.store.tests(match), siteFindings,
				views(this.actions.findBySiteIdOrderByDueOnAsc(siteId), Map.of(siteId, site.name())));
	}

	/** The dashboard's figures as CSV (league table with a column per engagement). */
	@PreAuthorize(READERS)
	public byte[] exportCsv(Dashboard dashboard) {
		return this.export.csv(dashboard);
	}

	/** The dashboard's figures as an XLSX workbook, one sheet per table. */
	@PreAuthorize(READERS)
	public byte[] exportXlsx(Dashboard dashboard) {
		return this.export.xlsx(dashboard);
	}

	// --- findings and actions

	/**
	 * Rows {@code offset} to {@code offset + limit} of the findings not yet answered by
	 * an action, across the network, narrowed by {@code filter}.
	 * @param sort by {@code observedOn} or {@code reference}; newest first when unsorted
	 */
	@PreAuthorize(MANAGERS)
	public List<Finding> unassignedFindings(FindingFilter filter, int offset, int limit, Sort sort) {
		return this.findingPages.unassigned(filter, offset, limit, sort);
	}

	/** How many findings of {@code filter} no action answers yet. */
	@PreAuthorize(MANAGERS)
	public long unassignedFindingCount(FindingFilter filter) {
		return this.findingPages.countUnassigned(filter);
	}

	/** Names of sites, for screens listing findings and actions. */
	@PreAuthorize(MANAGERS)
	public Map<String, String> siteNames(Collection<String> siteIds) {
		return this.organisation.siteNames(siteIds);
	}

	/** Users who can follow an action up: enabled quality managers and directors. */
	@PreAuthorize(MANAGERS)
	public List<String> actionOwners() {
		List<String> owners = new ArrayList<>();
		for (Role role : List.of(Role.QUALITY_MANAGER, Role.DIRECTOR)) {
			this.users.findEnabledWithRole(role).forEach((user) -> owners.add(user.username()));
		}
		return owners.stream().distinct().sorted().toList();
	}

	@PreAuthorize(MANAGERS)
	public Finding regrade(String findingId, FindingGrade grade, Long expectedVersion) {
		Finding finding = this.findings.findById(findingId)
			.orElseThrow(() -> new UserFacingException("scoring.finding.notFound"));
		requireVersion(finding.version(), expectedVersion);
		finding.regrade(grade);
		return save(() -> this.findings.save(finding));
	}

	/** Groups findings of one site into a new corrective action. */
	@PreAuthorize(MANAGERS)
	public CorrectiveAction openAction(Collection<String> findingIds, ActionPlan plan) {
		List<Finding> grouped = this.findings.findAllById(findingIds);
		if (grouped.size() != new HashSet<>(findingIds).size()) {
			throw new UserFacingException("scoring.finding.notFound");
		}
		CorrectiveAction action = CorrectiveAction.open(UUID.randomUUID().toString(), this.references.nextAction(),
				plan, grouped, currentUsername(), this.clock.instant());
		CorrectiveAction saved = this.actions.insert(action);
		save(() -> this.findings.saveAll(grouped));
		return saved;
	}

	/**
	 * Rows {@code offset} to {@code offset + limit} of every action (active first, by due
	 * date), for quality managers.
	 */
	@PreAuthorize(MANAGERS)
	public List<ActionView> actions(int offset, int limit) {
		List<CorrectiveAction> page = this.actionPages.page(offset, limit);
		Set<String> siteIds = page.stream().map(CorrectiveAction::siteId).collect(Collectors.toSet());
		return views(page, this.organisation.siteNames(siteIds));
	}

	/** How many actions there are, whatever their status. */
	@PreAuthorize(MANAGERS)
	public long actionCount() {
		return this.actionPages.count();
	}

	@PreAuthorize(READERS)
	public ActionView action(String actionId) {
		CorrectiveAction action = this.actions.findById(actionId)
			.orElseThrow(() -> new UserFacingException("scoring.action.notFound"));
		Site site = visibleSite(action.siteId());
		return views(List.of(action), Map.of(site.id().value(), site.name())).get(0);
	}

	@PreAuthorize(MANAGERS)
	public CorrectiveAction replan(String actionId, ActionPlan plan, Long expectedVersion) {
		return change(actionId, expectedVersion, (action) -> action.plan(plan));
	}

	@PreAuthorize(MANAGERS)
	public CorrectiveAction start(String actionId, Long expectedVersion) {
		return change(actionId, expectedVersion, CorrectiveAction::start);
	}

	@PreAuthorize(MANAGERS)
	public CorrectiveAction cancel(String actionId, Long expectedVersion) {
		return change(actionId, expectedVersion, CorrectiveAction::cancel);
	}

	/**
	 * Closes an action with its evidence (a note, and optionally a file stored in
	 * GridFS). With {@code retestChannel}, a re-test of that channel is scheduled on the
	 * site after {@code vigie.scoring.retest-delay}, in the campaign of the tests that
	 * raised the findings; once validated its score shows as "after".
	 */
	@PreAuthorize(MANAGERS)
	public CorrectiveAction close(String actionId, Closure closure, Long expectedVersion) {
		CorrectiveAction action = this.actions.findById(actionId)
			.orElseThrow(() -> new UserFacingException("scoring.action.notFound"));
		requireVersion(action.version(), expectedVersion);
		if (closure.fileContent() != null && closure.fileContent().length > ClosureFiles.MAX_BYTES) {
			throw new UserFacingException("scoring.action.fileTooLarge", closure.fileName(),
					ClosureFiles.MAX_BYTES / (1024 * 1024));
		}
		LocalDate today = LocalDate.now(this.clock.withZone(PARIS));
		boolean withFile = closure.fileContent() != null && closure.fileContent().length > 0;
		String fileId = withFile
				? this.closureFiles.store(closure.fileName(), closure.contentType(), closure.fileContent()) : null;
		try {
			action.close(closure.note(), fileId, withFile ? closure.fileName() : null, currentUsername(), today);
			if (closure.retestChannel() != null) {
				ScoreStore.Origin origin = action.beforeAuditIds()
					.stream()
					.map(this.store::origin)
					.flatMap(Optional::stream)
					.filter((candidate) -> candidate.channel() == closure.retestChannel())
					.findFirst()
					.orElseThrow(() -> new UserFacingException("scoring.action.retestChannel"));
				TestSlot retest = this.campaigns.scheduleRetest(origin.campaignId(), origin.wave(), action.siteId(),
						closure.retestChannel(), today.plusDays(this.properties.retestDelay().toDays()));
				action.retestScheduled(closure.retestChannel(), retest.id(), retest.date());
			}
			return this.actions.save(action);
		}
		catch (RuntimeException ex) {
			if (fileId != null) {
				this.closureFiles.delete(fileId);
			}
			if (ex instanceof OptimisticLockingFailureException) {
				throw new UserFacingException("concurrentModification");
			}
			throw ex;
		}
	}

	/** The closure evidence file of an action the caller may see. */
	@PreAuthorize(READERS)
	public byte[] closureFile(String actionId) {
		ActionView view = action(actionId);
		if (view.action().closureFileId() == null) {
			throw new UserFacingException("scoring.action.noFile");
		}
		return this.closureFiles.read(view.action().closureFileId());
	}

	/**
	 * How an action is closed.
	 *
	 * @param retestChannel the channel to re-test, or null for no re-test
	 */
	public record Closure(String note, String fileName, String contentType, byte[] fileContent, Channel retestChannel) {

	}

	// --- helpers

	private List<ActionView> views(List<CorrectiveAction> list, Map<String, String> siteNames) {
		Map<String, List<Finding>> byAction = this.findings
			.findByActionIdIn(list.stream().map(CorrectiveAction::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Finding::actionId));
		List<ActionView> views = new ArrayList<>();
		for (CorrectiveAction action : list) {
			List<Finding> own = byAction.getOrDefault(action.id(), List.of());
			Mark before = null;
			Mark after = null;
			if (action.retestChannel() != null) {
				List<String> sameChannel = own.stream()
					.filter((finding) -> finding.channel() == action.retestChannel())
					.map(Finding::auditId)
					.distinct()
					.toList();
				before = this.store.tallyOf(sameChannel).mark();
				if (action.afterAuditId() != null) {
					after = this.store.tallyOf(List.of(action.afterAuditId())).mark();
				}
			}
			views.add(new ActionView(action, siteNames.getOrDefault(action.siteId(), action.siteId()), own, before,
					after));
		}
		return views;
	}

	private CorrectiveAction change(String actionId, Long expectedVersion,
			java.util.function.Consumer<CorrectiveAction> change) {
		CorrectiveAction action = this.actions.findById(actionId)
			.orElseThrow(() -> new UserFacingException("scoring.action.notFound"));
		requireVersion(action.version(), expectedVersion);
		change.accept(action);
		return save(() -> this.actions.save(action));
	}

	private List<WaveResult> trend(ScoreQuery query, Scope scope, int waves) {
		Thresholds thresholds = thresholds(query.referentialVersionId());
		LocalDate lastStart = quarterStart(query.to());
		LocalDate firstStart = lastStart.minusMonths(3L * (waves - 1));
		Match match = new Match(query.referentialVersionId(), firstStart, query.to(), scope.filter(), null);
		Map<String, Map<String, Tally>> byQuarter = this.store.byQuarterAndSite(match);
		List<WaveResult> trend = new ArrayList<>();
		for (LocalDate start = firstStart; !start.isAfter(lastStart); start = start.plusMonths(3)) {
			String quarter = ScoreStore.quarterOf(start);
			Map<String, Tally> sites = byQuarter.getOrDefault(quarter, Map.of());
			Tally total = Tally.EMPTY;
			int judged = 0;
			int passed = 0;
			for (Tally tally : sites.values()) {
				total = total.plus(tally);
				Verdict verdict = ScoringRules.verdict(tally, thresholds);
				judged += verdict.judged() ? 1 : 0;
				passed += verdict.passed() ? 1 : 0;
			}
			trend.add(new WaveResult(quarter, start, start.plusMonths(3).minusDays(1), total.mark(), judged, passed));
		}
		return trend;
	}

	private static LocalDate quarterStart(LocalDate date) {
		return LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
	}

	private List<EngagementResult> engagements(ScoreQuery query, Map<String, Tally> tallies) {
		Thresholds thresholds = thresholds(query.referentialVersionId());
		List<EngagementResult> results = new ArrayList<>();
		for (ReferentialNode node : engagementNodes(query.referentialVersionId())) {
			Tally tally = tallies.getOrDefault(node.urn(), Tally.EMPTY);
			results.add(new EngagementResult(node.urn(), node.refId(), node.name().fr(), tally.mark(),
					ScoringRules.verdict(tally, thresholds)));
		}
		return results;
	}

	private List<String> engagementUrns(ScoreQuery query) {
		return engagementNodes(query.referentialVersionId()).stream().map(ReferentialNode::urn).toList();
	}

	/** Parent nodes of items, in referential order: the engagements. */
	private List<ReferentialNode> engagementNodes(String referentialVersionId) {
		ReferentialVersion version = this.referentials.find(referentialVersionId)
			.orElseThrow(() -> new UserFacingException("scoring.referential.unknown", referentialVersionId));
		Set<String> parents = version.items()
			.stream()
			.map((item) -> (item.parentUrn() != null) ? item.parentUrn() : item.urn())
			.collect(Collectors.toSet());
		return version.nodes().stream().filter((node) -> parents.contains(node.urn())).toList();
	}

	private Match match(ScoreQuery query, Scope scope) {
		return new Match(query.referentialVersionId(), query.from(), query.to(), scope.filter(), null);
	}

	private Site visibleSite(String siteId) {
		return this.organisation.findSite(new SiteId(siteId))
			.orElseThrow(() -> new UserFacingException("scoring.site.notFound", siteId));
	}

	/**
	 * The caller's sites, narrowed to {@code siteIds} when given. Whole-network readers
	 * match every stored score without listing sites in the query.
	 */
	private Scope scope(Collection<String> siteIds) {
		Map<String, SiteHeader> visible = new LinkedHashMap<>();
		this.organisation.siteHeaders().forEach((site) -> visible.put(site.id(), site));
		boolean everything = this.organisation.myScope().everything();
		if (siteIds != null) {
			Set<String> wanted = new HashSet<>(siteIds);
			visible.keySet().retainAll(wanted);
			return new Scope(visible, false);
		}
		return new Scope(visible, !everything);
	}

	private record Scope(Map<String, SiteHeader> sites, boolean restricted) {

		Collection<String> filter() {
			return this.restricted ? this.sites.keySet() : null;
		}

	}

	private static void requireVersion(Long actual, Long expected) {
		if (!Objects.equals(actual, expected)) {
			throw new UserFacingException("concurrentModification");
		}
	}

	private static <T> T save(java.util.function.Supplier<T> write) {
		try {
			return write.get();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new UserFacingException("concurrentModification");
		}
	}

	private static String currentUsername() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

}
