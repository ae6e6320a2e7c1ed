package fr.vigie.campaign;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.vigie.campaign.internal.AuditorCalendarFeed;
import fr.vigie.campaign.internal.CampaignRepository;
import fr.vigie.campaign.internal.SlotClaims;
import fr.vigie.campaign.internal.PlanPages;
import fr.vigie.campaign.internal.PlanningInputs;
import fr.vigie.campaign.internal.SlotHistory;
import fr.vigie.campaign.internal.TestSlotRepository;
import fr.vigie.campaign.internal.planning.AssignmentLedger;
import fr.vigie.campaign.internal.planning.AssignmentRules;
import fr.vigie.campaign.internal.planning.CampaignPlanner;
import fr.vigie.campaign.internal.planning.DateRange;
import fr.vigie.campaign.internal.planning.DrawnSlot;
import fr.vigie.campaign.internal.planning.PastAssignment;
import fr.vigie.campaign.internal.planning.Plan;
import fr.vigie.campaign.internal.planning.PlannedAuditor;
import fr.vigie.campaign.internal.planning.PlannedSite;
import fr.vigie.campaign.internal.planning.PlanningRequest;
import fr.vigie.campaign.internal.planning.PlanningRules;
import fr.vigie.campaign.internal.planning.RetestPlanner;
import fr.vigie.campaign.internal.planning.TimeRange;
import fr.vigie.notification.Notice;
import fr.vigie.notification.NotificationManagement;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * Plans campaigns, draws and adjusts their waves, and publishes them to auditors.
 * Upcoming tests are secret: only quality managers see plans; an auditor sees his own
 * tests only; directors see none.
 */
@Service
public class CampaignManagement {

	private static final SecureRandom SEEDS = new SecureRandom();

	/** How many days after the earliest date a re-test is searched for. */
	static final int RETEST_SEARCH_DAYS = 30;

	private final CampaignRepository campaigns;

	private final TestSlotRepository slots;

	private final PlanPages planPages;

	private final SlotHistory history;

	private final PlanningInputs inputs;

	private final NotificationManagement notifications;

	private final OrganisationManagement organisation;

	private final SlotClaims claims;

	private final AuditorCalendarFeed feed;

	private final CampaignProperties properties;

	private final Clock clock;

	private final CampaignPlanner planner = new CampaignPlanner();

	/**
	 * The holder method security reads (Vaadin installs its own), for the caller's
	 * identity: two instances in one JVM each see their own caller.
	 */
	private final SecurityContextHolderStrategy security;

	CampaignManagement(CampaignRepository campaigns, TestSlotRepository slots, PlanPages planPages, SlotHistory history,
			PlanningInputs inputs, NotificationManagement notifications, OrganisationManagement organisation,
			SlotClaims claims, AuditorCalendarFeed feed, CampaignProperties properties, Clock clock,
			ObjectProvider<SecurityContextHolderStrategy> security) {
		this.campaigns = campaigns;
		this.slots = slots;
		this.planPages = planPages;
		this.history = history;
		this.inputs = inputs;
		this.notifications = notifications;
		this.organisation = organisation;
		this.claims = claims;
		this.feed = feed;
		this.properties = properties;
		this.clock = clock;
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public List<Campaign> campaigns() {
		return this.campaigns.findAllByOrderByCreatedAtDesc();
	}

	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public Campaign campaign(String id) {
		return this.campaigns.findById(id).orElseThrow(() -> new UserFacingException("campaign.error.notFound"));
	}

	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public Campaign create(CampaignDefinition definition) {
		return this.campaigns.insert(Campaign.plan(definition, currentUsername(), this.clock.instant()));
	}

	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public Campaign redefine(String id, CampaignDefinition definition, Long expectedVersion) {
		Campaign campaign = campaign(id);
		requireVersion(campaign, expectedVersion);
		campaign.redefine(definition);
		this.slots.deleteByCampaignIdAndStatus(id, SlotStatus.DRAFT);
		return save(campaign);
	}

	/**
	 * Draws a wave: replaces its draft slots by a new plan. Without a seed a new one is
	 * chosen; giving the stored seed reproduces the plan if the inputs have not changed
	 * (compare the input fingerprints).
	 */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'SYSTEM')")
	public DrawSummary draw(String campaignId, int waveNumber, Long seed) {
		Campaign campaign = campaign(campaignId);
		Wave wave = campaign.wave(waveNumber)
			.orElseThrow(() -> new UserFacingException("campaign.error.noWave", waveNumber));
		long chosenSeed = (seed != null) ? seed : SEEDS.nextLong();
		Plan plan = this.planner.plan(request(campaign, wave, chosenSeed));
		campaign.recordDraw(waveNumber, chosenSeed, plan.inputFingerprint(), this.clock.instant());
		save(campaign);
		this.slots.deleteByCampaignIdAndWaveAndStatus(campaignId, waveNumber, SlotStatus.DRAFT);
		Map<String, String> usernames = plan.slots()
			.stream()
			.map(DrawnSlot::auditorId)
			.filter(Objects::nonNull)
			.distinct()
			.collect(Collectors.toMap((id) -> id, (id) -> this.inputs.usernameOf(id).orElse("")));
		// Scenarios are drawn from the same seed, so replaying a seed replays them too.
		SplittableRandom scenarioDraw = new SplittableRandom(chosenSeed);
		List<TestSlot> drafted = plan.slots()
			.stream()
			.map((slot) -> TestSlot.drafted(UUID.randomUUID().toString(), campaignId, waveNumber, slot.siteId(),
					slot.channel(), slot.date(), (slot.window() != null) ? slot.window().start() : null,
					(slot.window() != null) ? slot.window().end() : null, slot.peak(), slot.outsideHours(),
					slot.auditorId(), blankToNull(usernames.get(slot.auditorId())), slot.unassignedReason(),
					slot.reasonArguments(), scenarioFor(slot.channel(), scenarioDraw)))
			.toList();
		this.slots.saveAll(drafted);
		return new DrawSummary(waveNumber, chosenSeed, drafted.size(), plan.unassignedCount(),
				plan.problems()
					.stream()
					.map((problem) -> new DrawSummary.Problem(problem.siteId(), problem.channel().code(),
							problem.reasonKey(), problem.missing()))
					.toList(),
				plan.inputFingerprint());
	}

	/** Every test of a wave, by date and time (calendars, batch work). */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public List<TestSlot> slots(String campaignId, int waveNumber) {
		return this.slots.findByCampaignIdAndWaveOrderByDateAscStartAsc(campaignId, waveNumber);
	}

	/**
	 * Rows {@code offset} to {@code offset + limit} of the tests of a wave, for the plan
	 * table.
	 * @param sort by {@code date} (with the time) or {@code auditorId}; by date and time
	 * when unsorted
	 */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public List<TestSlot> slots(String campaignId, int waveNumber, int offset, int limit, Sort sort) {
		return this.planPages.page(campaignId, waveNumber, offset, limit, sort);
	}

	/** How many tests a wave holds. */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public long slotCount(String campaignId, int waveNumber) {
		return this.planPages.count(campaignId, waveNumber);
	}

	/**
	 * Moves one test by hand (date, time, auditor). Every rule of the draw is checked
	 * again; a refusal names each broken rule.
	 */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public TestSlot move(String slotId, LocalDate date, LocalTime start, String auditorId, Long expectedVersion) {
		TestSlot slot = this.slots.findById(slotId).orElseThrow(() -> new UserFacingException("campaign.error.noSlot"));
		if (!Objects.equals(slot.version(), expectedVersion)) {
			throw new UserFacingException("concurrentModification");
		}
		if (slot.status() != SlotStatus.DRAFT && slot.status() != SlotStatus.PUBLISHED
				&& slot.status() != SlotStatus.OVERDUE) {
			throw new UserFacingException("campaign.move.closed");
		}
		Campaign campaign = campaign(slot.campaignId());
		Wave wave = campaign.wave(slot.wave()).orElseThrow();
		List<String> broken = new ArrayList<>();
		if (!wave.covers(date)) {
			broken.add("campaign.rule.outsideWave");
		}
		if (campaign.definition()
			.blackouts()
			.stream()
			.anyMatch((b) -> !date.isBefore(b.from()) && !date.isAfter(b.to()))) {
			broken.add("campaign.rule.blackout");
		}
		TimeRange window = null;
		if (start != null && slot.start() != null) {
			int minutes = (int) java.time.Duration.between(slot.start(), slot.end()).toMinutes();
			window = new TimeRange(start, start.plusMinutes(minutes));
		}
		PlannedSite site = this.inputs.site(slot.siteId())
			.orElseThrow(() -> new UserFacingException("campaign.error.noSite"));
		if (window != null && !slot.outsideHours()) {
			TimeRange candidate = window;
			boolean open = site.availability()
				.openRanges(date, slot.channel())
				.stream()
				.anyMatch((range) -> range.contains(candidate));
			if (!open) {
				broken.add("campaign.rule.closed");
			}
		}
		else if (window == null && !site.availability().isWorkingDay(date)) {
			broken.add("campaign.rule.notWorkingDay");
		}
		String username = null;
		if (auditorId != null) {
			PlannedAuditor auditor = this.inputs.auditor(auditorId)
				.orElseThrow(() -> new UserFacingException("campaign.error.noAuditor"));
			AssignmentLedger ledger = new AssignmentLedger();
			int rotation = campaign.definition().rotationDays();
			// The chosen auditor's other tests, in every campaign: rotation, capacity,
			// overlaps.
			for (TestSlot other : this.slots.findByAuditorsFromTo(List.of(auditorId), date.minusDays(rotation + 7L),
					date.plusDays(rotation + 7L),
					EnumSet.of(SlotStatus.DRAFT, SlotStatus.PUBLISHED, SlotStatus.OVERDUE, SlotStatus.DONE))) {
				boolean sameWave = other.campaignId().equals(slot.campaignId()) && other.wave() == slot.wave();
				// Drafts of other campaigns are not commitments yet, as in the draw.
				if (!other.id().equals(slotId) && (sameWave || other.status() != SlotStatus.DRAFT)) {
					ledger.record(auditorId, asDrawn(other));
				}
			}
			DrawnSlot moved = new DrawnSlot(slot.siteId(), slot.channel(), date, window, slot.peak(),
					slot.outsideHours(), null, null, List.of());
			broken.addAll(AssignmentRules.violations(auditor, moved, ledger, rotation));
			username = this.inputs.usernameOf(auditorId).orElse(null);
		}
		if (!broken.isEmpty()) {
			throw new UserFacingException("campaign.move.refused", String.join(",", broken));
		}
		slot.moveTo(date, (window != null) ? window.start() : null, (window != null) ? window.end() : null, auditorId,
				username);
		try {
			return this.slots.save(slot);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new UserFacingException("concurrentModification");
		}
	}

	/**
	 * Publishes a drawn wave: its assigned tests become visible to their auditors, who
	 * are notified. Unassigned tests stay in the plan for the quality manager to resolve.
	 */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public int publish(String campaignId, int waveNumber) {
		Campaign campaign = campaign(campaignId);
		Instant now = this.clock.instant();
		campaign.publish(waveNumber, now);
		save(campaign);
		List<TestSlot> published = slots(campaignId, waveNumber).stream()
			.filter((slot) -> slot.status() == SlotStatus.DRAFT && slot.assigned())
			.toList();
		this.claims.publish(campaignId, waveNumber);
		published.stream()
			.filter((slot) -> slot.auditorUsername() != null)
			.collect(Collectors.groupingBy(TestSlot::auditorUsername, Collectors.counting()))
			.forEach((username,
					count) -> this.notifications.notify(new Notice(username, "assignment.subject", "assignment.body",
							List.of(Long.toString(count), campaign.name()), "/my-tests",
							"assigned:" + campaignId + ":" + waveNumber + ":" + username)));
		return published.size();
	}

	/**
	 * Schedules one re-test ("contre-visite") of a site's channel after a corrective
	 * action, in the campaign and wave of the original test: the first day from
	 * {@code notBefore} (searching {@value #RETEST_SEARCH_DAYS} days) on which the
	 * channel is served, with an auditor the assignment rules allow. The test is
	 * published at once and its auditor notified. Refused with a message when no day and
	 * auditor fit.
	 */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'SYSTEM')")
	public TestSlot scheduleRetest(String campaignId, int waveNumber, String siteId, Channel channel,
			LocalDate notBefore) {
		Campaign campaign = this.campaigns.findById(campaignId)
			.orElseThrow(() -> new UserFacingException("campaign.error.notFound"));
		PlannedSite site = this.inputs.site(siteId).orElseThrow(() -> new UserFacingException("campaign.error.noSite"));
		int rotation = campaign.definition().rotationDays();
		List<PlannedAuditor> auditors = this.inputs.auditors();
		AssignmentLedger ledger = new AssignmentLedger();
		for (TestSlot other : this.slots.findByAuditorsFromTo(auditors.stream().map(PlannedAuditor::auditorId).toList(),
				notBefore.minusDays(rotation + 7L), notBefore.plusDays(RETEST_SEARCH_DAYS + rotation + 7L),
				EnumSet.of(SlotStatus.PUBLISHED, SlotStatus.OVERDUE, SlotStatus.DONE))) {
			ledger.record(other.auditorId(), asDrawn(other));
		}
		DrawnSlot planned = RetestPlanner.plan(site, channel, notBefore, RETEST_SEARCH_DAYS, auditors, ledger, rotation)
			.orElseThrow(() -> new UserFacingException("campaign.retest.impossible", notBefore));
		String username = this.inputs.usernameOf(planned.auditorId()).orElse(null);
		TestSlot slot = TestSlot.drafted(UUID.randomUUID().toString(), campaignId, waveNumber, siteId, channel,
				planned.date(), (planned.window() != null) ? planned.window().start() : null,
				(planned.window() != null) ? planned.window().end() : null, false, false, planned.auditorId(), username,
				null, List.of(), scenarioFor(channel, new SplittableRandom(SEEDS.nextLong())));
		slot.publish();
		TestSlot saved = this.slots.save(slot);
		if (username != null) {
			String when = saved.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
					+ ((saved.start() != null) ? " " + saved.start() : "");
			this.notifications.notify(new Notice(username, "retest.subject", "retest.body",
					List.of(this.organisation.siteNames(List.of(siteId)).getOrDefault(siteId, siteId),
							Notice.key(channel.messageKey()), when),
					"/my-tests", "retest:" + saved.id() + ":" + username));
		}
		return saved;
	}

	/** The signed-in auditor's tests: upcoming, overdue and recently done. */
	@PreAuthorize("hasRole('AUDITOR')")
	public List<TestSlot> myTests() {
		return this.slots.findByAuditorUsernameAndStatusInOrderByDateAscStartAsc(currentUsername(),
				EnumSet.of(SlotStatus.PUBLISHED, SlotStatus.OVERDUE, SlotStatus.DONE));
	}

	/**
	 * A published test with what its checklist needs. The assigned auditor and quality
	 * managers may open it; nobody else learns that it exists.
	 */
	@PreAuthorize("hasAnyRole('AUDITOR', 'QUALITY_MANAGER', 'SYSTEM')")
	public AssignedTest assignedTest(String slotId) {
		TestSlot slot = this.slots.findById(slotId)
			.filter((candidate) -> candidate.status() != SlotStatus.DRAFT && candidate.status() != SlotStatus.CANCELLED)
			.filter(this::visibleToCurrentUser)
			.orElseThrow(() -> new UserFacingException("campaign.error.testNotFound"));
		Campaign campaign = this.campaigns.findById(slot.campaignId())
			.orElseThrow(() -> new UserFacingException("campaign.error.testNotFound"));
		return new AssignedTest(slot, campaign.name(), campaign.definition().referentialVersionId());
	}

	/** The auditor submitted the test's checklist. */
	@PreAuthorize("hasAnyRole('AUDITOR', 'QUALITY_MANAGER', 'SYSTEM')")
	public void markDone(String slotId) {
		assignedTest(slotId);
		this.claims.markDone(slotId, this.clock.instant());
	}

	/** A submitted test was returned to its auditor for correction. */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'SYSTEM')")
	public void reopen(String slotId) {
		this.claims.reopen(assignedTest(slotId).slot());
	}

	/** Path of the signed-in auditor's private calendar feed. */
	@PreAuthorize("hasRole('AUDITOR')")
	public String myCalendarFeedPath() {
		return this.feed.myFeedPath();
	}

	/** Revokes the auditor's feed address and returns the new one. */
	@PreAuthorize("hasRole('AUDITOR')")
	public String renewMyCalendarFeed() {
		return this.feed.regenerateMyFeed();
	}

	/** Auditors a quality manager can pick when moving a test. */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public List<PlannedAuditor> auditorPool() {
		return this.inputs.auditors();
	}

	/** Code and name of every auditor, keyed by auditor id. */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public Map<String, String> auditorLabels() {
		return this.inputs.auditorLabels();
	}

	private PlanningRequest request(Campaign campaign, Wave wave, long seed) {
		CampaignDefinition definition = campaign.definition();
		PlanningRules rules = new PlanningRules(definition.quotas(), definition.peakShare(),
				definition.outsideHoursShare(), definition.rotationDays(),
				definition.blackouts().stream().map((b) -> new DateRange(b.from(), b.to())).toList());
		List<PastAssignment> past = this.history.around(wave.from().minusDays(definition.rotationDays()),
				wave.to().plusDays(definition.rotationDays()), campaign.id(), wave.number());
		return new PlanningRequest(seed, new DateRange(wave.from(), wave.to()), rules, this.inputs.sites(definition),
				this.inputs.auditors(), past);
	}

	private static DrawnSlot asDrawn(TestSlot slot) {
		TimeRange window = (slot.start() != null) ? new TimeRange(slot.start(), slot.end()) : null;
		return new DrawnSlot(slot.siteId(), slot.channel(), slot.date(), window, slot.peak(), slot.outsideHours(),
				slot.auditorId(), null, List.of());
	}

	private Campaign save(Campaign campaign) {
		try {
			return this.campaigns.save(campaign);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new UserFacingException("concurrentModification");
		}
	}

	private static void requireVersion(Campaign campaign, Long expectedVersion) {
		if (!Objects.equals(campaign.version(), expectedVersion)) {
			throw new UserFacingException("concurrentModification");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private String scenarioFor(Channel channel, SplittableRandom draw) {
		List<String> scenarios = this.properties.scenarios().getOrDefault(channel, List.of());
		return scenarios.isEmpty() ? null : scenarios.get(draw.nextInt(scenarios.size()));
	}

	private boolean visibleToCurrentUser(TestSlot slot) {
		Authentication user = this.security.getContext().getAuthentication();
		boolean privileged = user.getAuthorities()
			.stream()
			.anyMatch((authority) -> authority.getAuthority().equals("ROLE_QUALITY_MANAGER")
					|| authority.getAuthority().equals("ROLE_SYSTEM"));
		return privileged || user.getName().equals(slot.auditorUsername());
	}

	private String currentUsername() {
		return this.security.getContext().getAuthentication().getName();
	}

}
