package fr.vigie.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import fr.vigie.audit.AuditResult;
import fr.vigie.campaign.Campaign;
import fr.vigie.campaign.CampaignDefinition;
import fr.vigie.campaign.CampaignManagement;
import fr.vigie.campaign.Recurrence;
import fr.vigie.campaign.SiteSelection;
import fr.vigie.campaign.SlotStatus;
import fr.vigie.campaign.TestSlot;
import fr.vigie.identity.Role;
import fr.vigie.identity.SystemIdentity;
import fr.vigie.notification.InboxMessage;
import fr.vigie.notification.NotificationManagement;
import fr.vigie.referential.Answer;
import fr.vigie.scoring.ScoringManagement.Closure;
import fr.vigie.scoring.internal.ActionFollowUp;
import fr.vigie.scoring.internal.ScoreRecorder;
import fr.vigie.scoring.internal.ScoreStore;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.support.SecurityContexts;
import fr.vigie.support.ValidatedTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Validated tests published as {@code AuditValidated} events on the embedded store become
 * stored scores and findings; a corrected revision replaces them; actions follow findings
 * up to a re-test whose score shows after the one before. Each test uses its own dates (a
 * year of its own) so that it reads only its own tests.
 */
@SpringBootTest
class ScoringManagementIntegrationTests {

	@Autowired
	ScoringManagement scoring;

	@Autowired
	CampaignManagement campaigns;

	@Autowired
	NotificationManagement notifications;

	@Autowired
	ActionFollowUp followUp;

	@Autowired
	SystemIdentity system;

	@Autowired
	ApplicationContext context;

	ValidatedTests tests;

	@BeforeEach
	void setUp() {
		this.tests = new ValidatedTests(this.context);
	}

	@Test
	void aValidatedTestIsScoredAgainstItsReferentialAndItsFailedItemsBecomeFindings() {
		LocalDate day = LocalDate.of(2031, 2, 10);
		AuditResult result = this.tests.result(id(), "c", "VAL-HDV", Channel.COUNTER, day, 1,
				Map.of("1.3", Answer.NON_COMPLIANT, "1.4", Answer.NOT_APPLICABLE));
		this.tests.publish(result);

		double expected = ScoringRules.score(result, this.tests.referential(ValidatedTests.SP_PLUS_2023)).rate();
		SiteDetail site = asQuality(() -> this.scoring.siteDetail("VAL-HDV", year(2031), 4));
		assertThat(site.overall().tests()).isEqualTo(1);
		assertThat(site.overall().value()).isEqualTo(Math.round(expected * 100) / 10.0).isLessThan(10);
		assertThat(site.verdict()).isEqualTo(Verdict.INSUFFICIENT_SAMPLE);
		assertThat(site.tests()).singleElement().satisfies((test) -> {
			assertThat(test.auditorCode()).isEqualTo("ENQ-001");
			assertThat(test.channel()).isEqualTo(Channel.COUNTER);
		});
		assertThat(site.engagements()).filteredOn((engagement) -> "1".equals(engagement.refId()))
			.singleElement()
			.satisfies((engagement) -> assertThat(engagement.mark().value()).isLessThan(10));
		assertThat(site.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.itemRef()).isEqualTo("1.3");
			assertThat(finding.grade()).isEqualTo(FindingGrade.MINOR_NONCONFORMITY);
			assertThat(finding.comment()).isEqualTo("Constat sur le point 1.3");
			assertThat(finding.evidenceIds()).containsExactly("evidence-1.3");
			assertThat(finding.engagementRef()).isEqualTo("1");
			assertThat(finding.reference()).matches("C-\\d{5}");
		});
	}

	@Test
	void aBulkLoadOfNewTestsGivesTheSameFiguresAndFindingsAsPublishingThemOneByOne() {
		LocalDate day = LocalDate.of(2034, 5, 12);
		List<AuditResult> published = List.of(
				this.tests.result(id(), "c", "VAL-HDV", Channel.COUNTER, day, 1, Map.of("1.3", Answer.NON_COMPLIANT)),
				this.tests.result(id(), "c", "VAL-HDV", Channel.PHONE, day.plusDays(1), 1,
						Map.of("2.1", Answer.NON_COMPLIANT, "1.1", Answer.NON_COMPLIANT)));
		published.forEach(this.tests::publish);
		List<AuditResult> loaded = List.of(
				this.tests.result(id(), "c", "VAL-ANX-GERL", Channel.COUNTER, day, 1,
						Map.of("1.3", Answer.NON_COMPLIANT)),
				this.tests.result(id(), "c", "VAL-ANX-GERL", Channel.PHONE, day.plusDays(1), 1,
						Map.of("2.1", Answer.NON_COMPLIANT, "1.1", Answer.NON_COMPLIANT)));

		int findings = this.context.getBean(ScoreRecorder.class).recordNew(loaded);
		this.context.getBean(ScoreStore.class).rebuildSiteQuarters();

		SiteDetail one = asQuality(() -> this.scoring.siteDetail("VAL-HDV", year(2034), 4));
		assertThat(findings).isPositive().isEqualTo(one.findings().size());
		SiteDetail bulk = asQuality(() -> this.scoring.siteDetail("VAL-ANX-GERL", year(2034), 4));
		assertThat(bulk.overall()).isEqualTo(one.overall());
		assertThat(bulk.engagements()).isEqualTo(one.engagements());
		assertThat(bulk.findings()).extracting(Finding::itemRef, Finding::grade, Finding::comment)
			.containsExactlyInAnyOrderElementsOf(one.findings()
				.stream()
				.map((finding) -> org.assertj.core.groups.Tuple.tuple(finding.itemRef(), finding.grade(),
						finding.comment()))
				.toList());
		assertThat(bulk.findings()).extracting(Finding::reference)
			.doesNotHaveDuplicates()
			.allMatch((reference) -> one.findings().stream().noneMatch((other) -> other.reference().equals(reference)));
	}

	@Test
	void aCorrectedRevisionReplacesTheScoreAndTheFindingsOfTheTest() {
		LocalDate day = LocalDate.of(2032, 3, 3);
		String auditId = id();
		this.tests.publish(
				this.tests.result(auditId, "c", "VAL-HDV", Channel.PHONE, day, 1, Map.of("1.1", Answer.NON_COMPLIANT)));
		// The correction also fixes the date, moving the test to another quarter.
		this.tests.publish(this.tests.result(auditId, "c", "VAL-HDV", Channel.PHONE, day.plusMonths(3), 2,
				Map.of("2.4", Answer.NON_COMPLIANT)));
		// A late copy of revision 1 changes nothing.
		this.tests.publish(
				this.tests.result(auditId, "c", "VAL-HDV", Channel.PHONE, day, 1, Map.of("1.1", Answer.NON_COMPLIANT)));

		SiteDetail site = asQuality(() -> this.scoring.siteDetail("VAL-HDV", year(2032), 4));
		assertThat(site.tests()).singleElement().satisfies((test) -> assertThat(test.revision()).isEqualTo(2));
		assertThat(site.trend()).extracting(WaveResult::mark)
			.extracting((mark) -> (mark != null) ? mark.tests() : 0)
			.containsExactly(0, 1, 0, 0);
		assertThat(site.overall().blockingFailed()).isTrue();
		assertThat(site.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.itemRef()).isEqualTo("2.4");
			assertThat(finding.blocking()).isTrue();
			assertThat(finding.grade()).isEqualTo(FindingGrade.MAJOR_NONCONFORMITY);
		});
	}

	@Test
	void networkFiguresAggregateStoredScoresWithinTheCallersScope() {
		LocalDate day = LocalDate.of(2033, 5, 12);
		for (int i = 0; i < 5; i++) {
			this.tests.publish(this.tests.result(id(), "c", "VAL-HDV", Channel.PHONE, day.plusDays(i), 1, Map.of()));
			this.tests.publish(this.tests.result(id(), "c", "VAL-CCAS", Channel.PHONE, day.plusDays(i), 1, (i < 3)
					? Map.of("1.1", Answer.NON_COMPLIANT, "1.2", Answer.NON_COMPLIANT, "2.1", Answer.NON_COMPLIANT)
					: Map.of()));
		}
		ScoreQuery query = year(2033);
		List<SiteResult> all = asQuality(() -> this.scoring.siteResults(query, null));
		assertThat(all.get(0).siteId()).isEqualTo("VAL-HDV");
		assertThat(all.get(0).rank()).isEqualTo(1);
		assertThat(all.get(0).verdict()).isEqualTo(Verdict.EXCELLENT);
		assertThat(all.get(0).label()).isEqualTo(LabelEstimate.OR);
		assertThat(all).filteredOn((site) -> site.siteId().equals("VAL-CCAS"))
			.singleElement()
			.satisfies((site) -> assertThat(site.mark().tests()).isEqualTo(5));
		assertThat(all).filteredOn((site) -> site.mark() == null)
			.allSatisfy((site) -> assertThat(site.verdict()).isEqualTo(Verdict.NO_DATA));

		List<SiteResult> north = SecurityContexts.as("directeur", () -> this.scoring.siteResults(query, null),
				Role.DIRECTOR);
		assertThat(north).extracting(SiteResult::siteId).contains("VAL-HDV").doesNotContain("VAL-CCAS");
		assertThatThrownBy(() -> SecurityContexts.as("directeur", () -> this.scoring.siteDetail("VAL-CCAS", query, 4),
				Role.DIRECTOR))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("scoring.site.notFound"));

		assertThat(asQuality(() -> this.scoring.trend(query, null, 4))).last()
			.satisfies((wave) -> assertThat(wave.quarter()).isEqualTo("2033-Q4"));
		assertThat(asQuality(() -> this.scoring.trend(
				new ScoreQuery(ValidatedTests.SP_PLUS_2023, LocalDate.of(2033, 1, 1), LocalDate.of(2033, 6, 30)), null,
				2)))
			.last()
			.satisfies((wave) -> {
				assertThat(wave.mark().tests()).isEqualTo(10);
				assertThat(wave.judgedSites()).isEqualTo(2);
			});
		// Whole quarters read the per site and quarter pre-aggregate, other periods the
		// per-test summaries: the same tests give the same figures.
		ScoreQuery notWholeQuarters = new ScoreQuery(ValidatedTests.SP_PLUS_2023, LocalDate.of(2033, 1, 2),
				LocalDate.of(2033, 12, 30));
		assertThat(asQuality(() -> this.scoring.dashboard(notWholeQuarters, 4)).toString()
			.replace(notWholeQuarters.toString(), "query"))
			.isEqualTo(asQuality(() -> this.scoring.dashboard(query, 4)).toString().replace(query.toString(), "query"));
		List<ItemConformity> items = asQuality(() -> this.scoring.itemResults(query, null));
		assertThat(items.get(items.size() - 1).compliant()).isEqualTo(items.get(items.size() - 1).assessed() - 3);
		Heatmap heatmap = asQuality(() -> this.scoring.heatmap(query, null));
		assertThat(heatmap.rows()).extracting(Heatmap.Row::siteId).containsExactly("VAL-CCAS", "VAL-HDV");
		assertThat(asQuality(() -> this.scoring.channelResults(query, null))).extracting(ChannelResult::channel)
			.containsExactly(Channel.PHONE);
	}

	@Test
	void openFindingsComeAPageAtATimeNewestFirstAndLeaveTheListOnceAnActionAnswersThem() {
		AuditResult result = this.tests.result(id(), "c", "VAL-PREF", Channel.COUNTER, LocalDate.now().minusDays(1), 1,
				Map.of("1.3", Answer.NON_COMPLIANT, "1.5", Answer.NON_COMPLIANT));
		this.tests.publish(result);
		long open = asQuality(() -> this.scoring.unassignedFindingCount(FindingFilter.ALL));
		List<Finding> all = asQuality(
				() -> this.scoring.unassignedFindings(FindingFilter.ALL, 0, (int) open, Sort.unsorted()));
		assertThat(all).hasSize((int) open)
			.extracting(Finding::observedOn)
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		List<Finding> secondPage = asQuality(
				() -> this.scoring.unassignedFindings(FindingFilter.ALL, 1, 1, Sort.unsorted()));
		assertThat(secondPage).extracting(Finding::id).containsExactly(all.get(1).id());
		List<Finding> byReference = asQuality(
				() -> this.scoring.unassignedFindings(FindingFilter.ALL, 0, (int) open, Sort.by("reference")));
		assertThat(byReference).extracting(Finding::reference).isSorted();
		List<String> mine = all.stream()
			.filter((finding) -> finding.auditId().equals(result.auditId()))
			.map(Finding::id)
			.toList();
		assertThat(mine).hasSize(2);
		FindingFilter prefecture = new FindingFilter("VAL-PREF", null);
		assertThat(asQuality(() -> this.scoring.unassignedFindings(prefecture, 0, 500, Sort.unsorted())))
			.extracting(Finding::siteId)
			.containsOnly("VAL-PREF")
			.hasSize((int) (long) asQuality(() -> this.scoring.unassignedFindingCount(prefecture)));
		Finding first = all.stream().filter((finding) -> finding.id().equals(mine.get(0))).findFirst().orElseThrow();
		List<Finding> sameGrade = asQuality(() -> this.scoring
			.unassignedFindings(new FindingFilter("VAL-PREF", first.grade()), 0, 500, Sort.unsorted()));
		assertThat(sameGrade).extracting(Finding::id).contains(first.id());
		assertThat(sameGrade).extracting(Finding::grade).containsOnly(first.grade());
		asQuality(() -> this.scoring.openAction(mine,
				new ActionPlan("Accueil " + result.auditId(), "Service accueil", "qualite", LocalDate.now())));
		assertThat(asQuality(() -> this.scoring.unassignedFindingCount(FindingFilter.ALL))).isEqualTo(open - 2);
		assertThatThrownBy(() -> SecurityContexts.as("directeur",
				() -> this.scoring.unassignedFindingCount(FindingFilter.ALL), Role.DIRECTOR))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anActionClosedWithARetestShowsTheScoreBeforeAndAfter() {
		Campaign campaign = asQuality(() -> this.campaigns
			.create(new CampaignDefinition("Contre-visites " + id(), ValidatedTests.SP_PLUS_2023,
					new SiteSelection(Set.of(), Set.of(), Set.of("VAL-HDV")), Map.of(Channel.COUNTER, 1),
					LocalDate.now(), LocalDate.now().plusMonths(6), Recurrence.NONE, 0, 0, 0, List.of())));
		LocalDate day = LocalDate.now().minusDays(3);
		AuditResult before = this.tests.result(id(), campaign.id(), "VAL-HDV", Channel.COUNTER, day, 1,
				Map.of("1.3", Answer.NON_COMPLIANT, "1.5", Answer.NON_COMPLIANT));
		this.tests.publish(before);
		List<Finding> found = asQuality(
				() -> this.scoring.unassignedFindings(FindingFilter.ALL, 0, 500, Sort.unsorted()))
			.stream()
			.filter((finding) -> finding.auditId().equals(before.auditId()))
			.toList();
		assertThat(found).hasSize(2);

		CorrectiveAction opened = asQuality(() -> this.scoring.openAction(found.stream().map(Finding::id).toList(),
				new ActionPlan("Ranger l'accueil", "Service accueil", "qualite", LocalDate.now().plusDays(3))));
		assertThat(opened.reference()).matches("A-\\d{4}");
		assertThatThrownBy(() -> asQuality(() -> this.scoring.openAction(List.of(found.get(0).id()),
				new ActionPlan("Doublon", "Service accueil", "qualite", LocalDate.now()))))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("scoring.finding.alreadyInAction"));
		CorrectiveAction started = asQuality(() -> this.scoring.start(opened.id(), opened.version()));
		assertThatThrownBy(() -> asQuality(() -> this.scoring.cancel(opened.id(), opened.version())))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("concurrentModification"));

		CorrectiveAction closed = asQuality(
				() -> this.scoring.close(opened.id(), new Closure("Mobilier remplacé, affichage refait", "facture.pdf",
						"application/pdf", "%PDF-1.4 facture".getBytes(), Channel.COUNTER), started.version()));
		assertThat(closed.status()).isEqualTo(ActionStatus.CLOSED);
		assertThat(closed.retestSlotId()).isNotNull();
		assertThat(closed.retestDate()).isAfterOrEqualTo(LocalDate.now().plusDays(14));
		assertThat(asQuality(() -> this.scoring.closureFile(opened.id()))).asString().isEqualTo("%PDF-1.4 facture");
		TestSlot retest = asQuality(() -> this.campaigns.slots(campaign.id(), 1)).stream()
			.filter((slot) -> slot.id().equals(closed.retestSlotId()))
			.findFirst()
			.orElseThrow();
		assertThat(retest.status()).isEqualTo(SlotStatus.PUBLISHED);
		assertThat(retest.channel()).isEqualTo(Channel.COUNTER);
		assertThat(retest.auditorId()).isNotNull();

		ActionView waiting = asQuality(() -> this.scoring.action(opened.id()));
		assertThat(waiting.before().value()).isLessThan(10);
		assertThat(waiting.after()).isNull();

		this.tests.publish(
				this.tests.result(retest.id(), campaign.id(), "VAL-HDV", Channel.COUNTER, retest.date(), 1, Map.of()));
		ActionView done = asQuality(() -> this.scoring.action(opened.id()));
		assertThat(done.after().value()).isEqualTo(10.0);
		assertThat(done.before().value()).isLessThan(done.after().value());
	}

	@Test
	void actionOwnersAreRemindedOnceBeforeTheDueDateAndManagersWhenItIsOverdue() {
		AuditResult result = this.tests.result(id(), "c", "VAL-CCAS", Channel.EMAIL, LocalDate.now().minusDays(20), 1,
				Map.of("3.1", Answer.NON_COMPLIANT));
		this.tests.publish(result);
		List<String> findingIds = asQuality(
				() -> this.scoring.unassignedFindings(FindingFilter.ALL, 0, 500, Sort.unsorted()))
			.stream()
			.filter((finding) -> finding.auditId().equals(result.auditId()))
			.map(Finding::id)
			.toList();
		assertThat(findingIds).isNotEmpty();
		CorrectiveAction soon = asQuality(
				() -> this.scoring.openAction(findingIds, new ActionPlan("Répondre sous 5 jours " + result.auditId(),
						"Service courrier", "enqueteur", LocalDate.now().plusDays(2))));
		this.system.call(this.followUp::run);
		this.system.call(this.followUp::run);
		List<InboxMessage> inbox = SecurityContexts.as("enqueteur", () -> this.notifications.myInbox(), Role.AUDITOR);
		assertThat(inbox).filteredOn((message) -> message.arguments().contains(soon.reference())).hasSize(1);

		// The reminder's claim moved the version: an edit must start from a fresh copy.
		Long current = asQuality(() -> this.scoring.action(soon.id())).action().version();
		assertThat(current).isGreaterThan(soon.version());
		CorrectiveAction late = asQuality(() -> this.scoring.replan(soon.id(),
				new ActionPlan(soon.title(), "Service courrier", "enqueteur", LocalDate.now().minusDays(1)), current));
		this.system.call(this.followUp::run);
		this.system.call(this.followUp::run);
		List<InboxMessage> managers = asQuality(() -> this.notifications.myInbox());
		assertThat(managers)
			.filteredOn((message) -> message.arguments().contains(late.reference())
					&& message.subjectKey().equals("action.overdue.subject"))
			.hasSize(1);
	}

	private static ScoreQuery year(int year) {
		return new ScoreQuery(ValidatedTests.SP_PLUS_2023, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	private static String id() {
		return UUID.randomUUID().toString();
	}

	private static <T> T asQuality(Supplier<T> action) {
		return SecurityContexts.as("qualite", action, Role.QUALITY_MANAGER);
	}

}
