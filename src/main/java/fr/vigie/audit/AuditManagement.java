package fr.vigie.audit;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.vigie.audit.internal.AuditRepository;
import fr.vigie.audit.internal.EvidenceStore;
import fr.vigie.audit.internal.ReviewLists;
import fr.vigie.campaign.AssignedTest;
import fr.vigie.campaign.CampaignManagement;
import fr.vigie.campaign.TestSlot;
import fr.vigie.identity.Role;
import fr.vigie.identity.SystemIdentity;
import fr.vigie.identity.UserAccount;
import fr.vigie.identity.UserManagement;
import fr.vigie.notification.Notice;
import fr.vigie.notification.NotificationManagement;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.SiteId;
import fr.vigie.organisation.TestTarget;
import fr.vigie.referential.MeasureUnit;
import fr.vigie.referential.ReferentialManagement;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.ReferentialVersion;
import fr.vigie.referential.ReferentialVersionId;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.calendar.HolidayCalendar;
import fr.vigie.shared.calendar.WorkingDays;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * Field capture and review of mystery tests. An auditor reaches only the tests assigned
 * to him; quality managers review every test; directors never see a checklist, only the
 * evidence of validated tests within their scope (for reports).
 * <p>
 * Every answer is saved on its own and carries a revision: a save based on an outdated
 * revision is refused ({@link AnswerConflictException}), which is what keeps two devices
 * from overwriting each other. The whole document is versioned too; a save that loses
 * that race is simply replayed on the fresh document, since different items never
 * conflict.
 */
@Service
public class AuditManagement {

	private static final int ATTEMPTS = 12;

	private static final DateTimeFormatter WINDOW = DateTimeFormatter.ofPattern("HH:mm");

	private final AuditRepository audits;

	private final ReviewLists reviewLists;

	private final EvidenceStore evidence;

	private final CampaignManagement campaigns;

	private final ReferentialManagement referentials;

	private final OrganisationManagement organisation;

	private final UserManagement users;

	private final NotificationManagement notifications;

	private final SystemIdentity system;

	private final ApplicationEventPublisher events;

	private final AuditProperties properties;

	private final Clock clock;

	private final SecurityContextHolderStrategy security;

	private final Map<String, ReferentialVersion> pinnedVersions = new ConcurrentHashMap<>();

	AuditManagement(AuditRepository audits, ReviewLists reviewLists, EvidenceStore evidence,
			CampaignManagement campaigns, ReferentialManagement referentials, OrganisationManagement organisation,
			UserManagement users, NotificationManagement notifications, SystemIdentity system,
			ApplicationEventPublisher events, AuditProperties properties, Clock clock,
			ObjectProvider<SecurityContextHolderStrategy> security) {
		this.audits = audits;
		this.reviewLists = reviewLists;
		this.evidence = evidence;
		this.campaigns = campaigns;
		this.referentials = referentials;
		this.organisation = organisation;
		this.users = users;
		this.notifications = notifications;
		this.system = system;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/** The signed-in auditor's tests with the state of their checklists. */
	@PreAuthorize("hasRole('AUDITOR')")
	public List<MyTest> myTests() {
		List<TestSlot> slots = this.campaigns.myTests();
		if (slots.isEmpty()) {
			return List.of();
		}
		Map<String, AuditTest> checklists = this.audits.findByAuditorUsername(currentUsername())
			.stream()
			.collect(Collectors.toMap(AuditTest::id, Function.identity()));
		Map<String, String> names = this.organisation
			.siteNames(slots.stream().map(TestSlot::siteId).distinct().toList());
		return slots.stream().map((slot) -> {
			AuditTest test = checklists.get(slot.id());
			return new MyTest(slot, names.getOrDefault(slot.siteId(), slot.siteId()),
					(test != null) ? test.status() : null, (test != null) ? test.answers().size() : 0);
		}).toList();
	}

	/**
	 * The checklist of a test. The assigned auditor's first opening creates it, pinned to
	 * the campaign's referential version; a quality manager reads it as it is.
	 */
	@PreAuthorize("hasAnyRole('AUDITOR', 'QUALITY_MANAGER')")
	public Checklist checklist(String testId) {
		AssignedTest assigned = this.campaigns.assignedTest(testId);
		AuditTest test = this.audits.findById(testId).orElseGet(() -> {
			AuditTest opened = AuditTest.open(assigned.slot(), assigned.referentialVersionId());
			if (!currentUsername().equals(assigned.slot().auditorUsername())) {
				return opened;
			}
			try {
				return this.audits.insert(opened);
			}
			catch (DuplicateKeyException openedOnAnotherDevice) {
				return this.audits.findById(testId).orElseThrow();
			}
		});
		return checklistOf(test, assigned);
	}

	/**
	 * Saves one answer as soon as it is given.
	 * @param basedOnRevision the answer's revision the auditor's screen shows
	 * @throws AnswerConflictException when the answer was saved from another device
	 * meanwhile
	 */
	@PreAuthorize("hasRole('AUDITOR')")
	public CapturedAnswer answer(String testId, AnswerDraft draft, int basedOnRevision) {
		String user = currentUsername();
		return change(testId, true, (test) -> {
			ReferentialNode node = item(test, draft.itemUrn());
			return test.record(node, draft, basedOnRevision, workingDays(test, node), user, this.clock.instant());
		});
	}

	/**
	 * Checks, stores and attaches an evidence file to an item.
	 * @throws UserFacingException naming the file when it is refused; nothing is attached
	 */
	@PreAuthorize("hasRole('AUDITOR')")
	public CapturedAnswer attach(String testId, String itemUrn, String fileName, byte[] content) {
		String user = currentUsername();
		AuditTest test = owned(testId);
		item(test, itemUrn);
		if (!test.status().editableByAuditor()) {
			throw new UserFacingException("audit.error.locked");
		}
		EvidenceFile stored = this.evidence.store(testId, itemUrn, fileName, content, user, this.clock.instant());
		try {
			return change(testId, true, (fresh) -> fresh.attach(itemUrn, List.of(stored.id()),
					this.properties.maxFilesPerItem(), user, this.clock.instant()));
		}
		catch (RuntimeException ex) {
			this.evidence.delete(stored.id());
			throw ex;
		}
	}

	/** Removes an evidence file from an item before submission. */
	@PreAuthorize("hasRole('AUDITOR')")
	public CapturedAnswer detach(String testId, String itemUrn, String evidenceId) {
		String user = currentUsername();
		CapturedAnswer next = change(testId, true,
				(test) -> test.detach(itemUrn, evidenceId, user, this.clock.instant()));
		this.evidence.delete(evidenceId);
		return next;
	}

	/**
	 * Locks the checklist and hands it to the quality managers.
	 * @throws IncompleteTestException listing what is missing, item by item
	 */
	@PreAuthorize("hasRole('AUDITOR')")
	public AuditTest submit(String testId) {
		String user = currentUsername();
		AuditTest submitted = change(testId, true, (test) -> {
			test.submit(items(test), user, this.clock.instant());
			return test;
		});
		this.campaigns.markDone(testId);
		Map<String, String> names = this.organisation.siteNames(List.of(submitted.siteId()));
		this.system.run(() -> this.users.findEnabledWithRole(Role.QUALITY_MANAGER)
			.stream()
			.map(UserAccount::username)
			.forEach((manager) -> this.notifications
				.notify(new Notice(manager, "audit.notice.submitted.subject", "audit.notice.submitted.body",
						List.of(names.getOrDefault(submitted.siteId(), submitted.siteId()),
								Notice.key(submitted.channel().messageKey()), submitted.auditorCode()),
						"/reviews/" + testId,
						"submitted:" + testId + ":" + submitted.reviewNotes().size() + ":" + manager))));
		return submitted;
	}

	/**
	 * Rows {@code offset} to {@code offset + limit} of the submitted tests waiting for
	 * review, oldest first.
	 */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public List<ReviewEntry> reviewQueue(int offset, int limit) {
		return this.reviewLists.page(AuditStatus.SUBMITTED, Sort.by("submittedAt"), offset, limit);
	}

	/** How many submitted tests wait for review. */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public long reviewQueueSize() {
		return this.reviewLists.count(AuditStatus.SUBMITTED);
	}

	/**
	 * Rows {@code offset} to {@code offset + limit} of the validated tests, latest first.
	 */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public List<ReviewEntry> validated(int offset, int limit) {
		return this.reviewLists.page(AuditStatus.VALIDATED, Sort.by(Sort.Direction.DESC, "validatedAt"), offset, limit);
	}

	/** How many tests are validated. */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public long validatedCount() {
		return this.reviewLists.count(AuditStatus.VALIDATED);
	}

	/** Accepts a submitted test: its results are published to scoring. */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public AuditTest validate(String testId, Long expectedVersion) {
		String user = currentUsername();
		List<AuditResult> result = new ArrayList<>(1);
		AuditTest validated = change(testId, false, (test) -> {
			requireVersion(test, expectedVersion);
			result.add(test.validate(items(test), user, this.clock.instant()));
			return test;
		});
		this.events.publishEvent(new AuditValidated(result.get(0)));
		return validated;
	}

	/** Sends a submitted test back to its auditor with what to fix. */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public AuditTest returnForCorrection(String testId, String comment, Long expectedVersion) {
		String user = currentUsername();
		AuditTest returned = change(testId, false, (test) -> {
			requireVersion(test, expectedVersion);
			test.returnForCorrection(comment, user, this.clock.instant());
			return test;
		});
		this.campaigns.reopen(testId);
		if (returned.auditorUsername() != null) {
			this.notifications.notify(new Notice(returned.auditorUsername(), "audit.notice.returned.subject",
					"audit.notice.returned.body", List.of(siteName(returned)), "/tests/" + testId,
					"returned:" + testId + ":" + returned.reviewNotes().size()));
		}
		return returned;
	}

	/**
	 * Corrects an answer of a validated test; the change and its reason join the test's
	 * append-only history and the new results are published again.
	 */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public AuditTest correct(String testId, AnswerDraft draft, int basedOnRevision, String reason) {
		String user = currentUsername();
		List<AuditResult> result = new ArrayList<>(1);
		AuditTest corrected = change(testId, false, (test) -> {
			ReferentialNode node = item(test, draft.itemUrn());
			result.add(test.correct(node, draft, basedOnRevision, reason, items(test), workingDays(test, node), user,
					this.clock.instant()));
			return test;
		});
		this.events.publishEvent(new AuditValidated(result.get(0)));
		return corrected;
	}

	/** The result of a validated test, as published at its latest revision. */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'SYSTEM')")
	public Optional<AuditResult> result(String testId) {
		return this.audits.findById(testId)
			.filter((test) -> test.status() == AuditStatus.VALIDATED)
			.map((test) -> test.result(items(test)));
	}

	/**
	 * An evidence file, for whoever may see its test: the auditor who took it, quality
	 * managers, directors for validated tests of sites within their scope, the system.
	 */
	@PreAuthorize("hasAnyRole('AUDITOR', 'QUALITY_MANAGER', 'DIRECTOR', 'SYSTEM')")
	public Optional<EvidenceFile> evidence(String evidenceId) {
		return this.evidence.find(evidenceId).filter((stored) -> {
			AuditTest test = this.audits.findById(stored.auditId()).orElse(null);
			return test != null && mayReadEvidenceOf(test);
		}).map(EvidenceStore.Stored::file);
	}

	private boolean mayReadEvidenceOf(AuditTest test) {
		if (hasAuthority("ROLE_QUALITY_MANAGER") || hasAuthority(SystemIdentity.AUTHORITY)) {
			return true;
		}
		if (hasAuthority("ROLE_DIRECTOR") && test.status() == AuditStatus.VALIDATED
				&& this.organisation.visibleSiteIds().contains(new SiteId(test.siteId()))) {
			return true;
		}
		return hasAuthority("ROLE_AUDITOR") && currentUsername().equals(test.auditorUsername());
	}

	private Checklist checklistOf(AuditTest test, AssignedTest assigned) {
		ReferentialVersion version = version(test);
		List<ReferentialNode> items = version.itemsFor(test.channel());
		Map<String, List<ReferentialNode>> byParent = new LinkedHashMap<>();
		for (ReferentialNode item : items) {
			byParent.computeIfAbsent(Objects.toString(item.parentUrn(), ""), (key) -> new ArrayList<>()).add(item);
		}
		List<Checklist.Section> sections = byParent.entrySet()
			.stream()
			.map((entry) -> new Checklist.Section(version.node(entry.getKey()).orElse(null), entry.getValue()))
			.toList();
		TestSlot slot = assigned.slot();
		TestTarget target = this.organisation.testTarget(new SiteId(test.siteId()), test.channel())
			.orElse(new TestTarget(test.siteId(), null, null, HolidayCalendar.FRANCE));
		String window = (slot.start() != null) ? slot.start().format(WINDOW) + "–" + slot.end().format(WINDOW) : null;
		return new Checklist(test, target.siteName(), target.address(), target.contact(), window,
				assigned.campaignName(), version, sections);
	}

	/**
	 * Loads, changes and saves a checklist, replaying the change when another item was
	 * saved concurrently (the document version moved but the item's revision did not).
	 */
	private <T> T change(String testId, boolean byAuditor, Function<AuditTest, T> change) {
		for (int attempt = 1;; attempt++) {
			AuditTest test = byAuditor ? owned(testId)
					: this.audits.findById(testId).orElseThrow(() -> new UserFacingException("audit.error.notFound"));
			T outcome = change.apply(test);
			try {
				this.audits.save(test);
				return outcome;
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw new UserFacingException("concurrentModification");
				}
				pause(attempt);
			}
		}
	}

	/** A short random wait, growing with the attempts, so racing saves spread out. */
	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UserFacingException("concurrentModification");
		}
	}

	/** The checklist, if it is the signed-in auditor's own. */
	private AuditTest owned(String testId) {
		return this.audits.findById(testId)
			.filter((test) -> currentUsername().equals(test.auditorUsername()))
			.orElseThrow(() -> new UserFacingException("audit.error.notFound"));
	}

	/** Published versions never change, so each is read once. */
	private ReferentialVersion version(AuditTest test) {
		return this.pinnedVersions.computeIfAbsent(test.referentialVersionId(),
				(id) -> this.referentials.findVersion(new ReferentialVersionId(id))
					.filter(ReferentialVersion::isPublished)
					.orElseThrow(() -> new UserFacingException("audit.error.referentialMissing", id)));
	}

	private List<ReferentialNode> items(AuditTest test) {
		return version(test).itemsFor(test.channel());
	}

	private ReferentialNode item(AuditTest test, String itemUrn) {
		return items(test).stream()
			.filter((node) -> node.urn().equals(itemUrn))
			.findFirst()
			.orElseThrow(() -> new UserFacingException("audit.error.notAnItem", itemUrn));
	}

	/** The site's working days, looked up only for items measured in working days. */
	private WorkingDays workingDays(AuditTest test, ReferentialNode node) {
		if (node.item().measure() == null || node.item().measure().unit() != MeasureUnit.WORKING_DAYS) {
			return WorkingDays.france();
		}
		return this.organisation.testTarget(new SiteId(test.siteId()), test.channel())
			.map((target) -> new WorkingDays(target.holidays()))
			.orElseGet(WorkingDays::france);
	}

	private String siteName(AuditTest test) {
		return this.organisation.siteNames(List.of(test.siteId())).getOrDefault(test.siteId(), test.siteId());
	}

	private static void requireVersion(AuditTest test, Long expectedVersion) {
		if (expectedVersion != null && !expectedVersion.equals(test.version())) {
			throw new UserFacingException("concurrentModification");
		}
	}

	private boolean hasAuthority(String authority) {
		Authentication user = this.security.getContext().getAuthentication();
		return user != null && user.getAuthorities().stream().anyMatch((a) -> a.getAuthority().equals(authority));
	}

	private String currentUsername() {
		return this.security.getContext().getAuthentication().getName();
	}

}
