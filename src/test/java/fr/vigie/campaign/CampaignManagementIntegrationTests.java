package fr.vigie.campaign;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import fr.vigie.identity.Role;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.SiteId;
import fr.vigie.referential.ReferentialVersionId;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.support.SecurityContexts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Campaign planning on the demo network: draw, reproduce, move, publish, secrecy. */
@SpringBootTest
class CampaignManagementIntegrationTests {

	private static final String SP_PLUS_2023 = ReferentialVersionId.of("urn:vigie:sp-plus-2023", 1).value();

	@Autowired
	CampaignManagement campaigns;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	fr.vigie.campaign.internal.CampaignScheduling scheduling;

	@Autowired
	fr.vigie.identity.SystemIdentity system;

	@Autowired
	fr.vigie.notification.NotificationManagement notifications;

	@Test
	void drawsVisitsAndCallsInsideOpeningHoursAndReproducesAPlanFromItsSeed() {
		Campaign campaign = asManager(() -> this.campaigns.create(definition("Vague de printemps")));
		DrawSummary first = asManager(() -> this.campaigns.draw(campaign.id(), 1, null));
		List<TestSlot> plan = asManager(() -> this.campaigns.slots(campaign.id(), 1));
		assertThat(plan).hasSize(first.slots()).isNotEmpty();
		for (TestSlot slot : plan) {
			if (slot.start() != null && !slot.outsideHours()) {
				var status = asManager(() -> this.organisation.openingStatus(new SiteId(slot.siteId()), slot.channel(),
						slot.date().atTime(slot.start())));
				assertThat(status.open()).as("%s %s %s %s", slot.siteId(), slot.channel(), slot.date(), slot.start())
					.isTrue();
			}
		}

		DrawSummary replay = asManager(() -> this.campaigns.draw(campaign.id(), 1, first.seed()));
		assertThat(replay.inputFingerprint()).isEqualTo(first.inputFingerprint());
		assertThat(contentOf(asManager(() -> this.campaigns.slots(campaign.id(), 1)))).isEqualTo(contentOf(plan));

		DrawSummary other = asManager(() -> this.campaigns.draw(campaign.id(), 1, first.seed() + 1));
		assertThat(contentOf(asManager(() -> this.campaigns.slots(campaign.id(), 1)))).isNotEqualTo(contentOf(plan));
		assertThat(other.seed()).isEqualTo(first.seed() + 1);
	}

	@Test
	void thePlanTableReadsAWaveAPageAtATimeInDateOrderOrByAuditor() {
		Campaign campaign = asManager(() -> this.campaigns.create(definition("Vague en pages")));
		asManager(() -> this.campaigns.draw(campaign.id(), 1, 31L));
		List<TestSlot> plan = asManager(() -> this.campaigns.slots(campaign.id(), 1));
		assertThat(asManager(() -> this.campaigns.slotCount(campaign.id(), 1))).isEqualTo(plan.size());
		assertThat(plan).hasSizeGreaterThan(3);
		List<TestSlot> paged = new java.util.ArrayList<>();
		for (int offset = 0; offset < plan.size(); offset += 3) {
			int from = offset;
			paged.addAll(asManager(() -> this.campaigns.slots(campaign.id(), 1, from, 3, Sort.unsorted())));
		}
		assertThat(paged).extracting(TestSlot::id)
			.containsExactlyInAnyOrderElementsOf(plan.stream().map(TestSlot::id).toList());
		assertThat(paged).extracting(TestSlot::date).isSorted();
		List<TestSlot> latestFirst = asManager(
				() -> this.campaigns.slots(campaign.id(), 1, 0, plan.size(), Sort.by(Sort.Direction.DESC, "date")));
		assertThat(latestFirst).extracting(TestSlot::date).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		List<TestSlot> byAuditor = asManager(
				() -> this.campaigns.slots(campaign.id(), 1, 0, plan.size(), Sort.by("auditorId")));
		assertThat(byAuditor).extracting(TestSlot::auditorId).filteredOn(java.util.Objects::nonNull).isSorted();
		assertThatThrownBy(() -> asManager(() -> this.campaigns.slots(campaign.id(), 1, 0, 10, Sort.by("siteId"))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(
				() -> SecurityContexts.as("directeur", () -> this.campaigns.slotCount(campaign.id(), 1), Role.DIRECTOR))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void refusesAManualMoveThatBreaksARuleAndNamesEveryBrokenRule() {
		Campaign campaign = asManager(() -> this.campaigns.create(definition("Vague avec déplacements")));
		asManager(() -> this.campaigns.draw(campaign.id(), 1, 77L));
		TestSlot visit = asManager(() -> this.campaigns.slots(campaign.id(), 1)).stream()
			.filter((slot) -> slot.channel() == Channel.COUNTER && slot.siteId().equals("VAL-CCAS"))
			.findFirst()
			.orElseThrow();
		LocalDate sunday = visit.date().with(java.time.DayOfWeek.SUNDAY);
		assertThatThrownBy(() -> asManager(
				() -> this.campaigns.move(visit.id(), sunday, LocalTime.of(10, 0), "ENQ-001", visit.version())))
			.isInstanceOfSatisfying(UserFacingException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("campaign.move.refused");
				assertThat(String.valueOf(ex.arguments()[0])).contains("campaign.rule.closed")
					.contains("campaign.rule.excluded");
			});
		LocalDate weekday = visit.date();
		String sameAuditor = visit.auditorId();
		TestSlot moved = asManager(
				() -> this.campaigns.move(visit.id(), weekday, visit.start(), sameAuditor, visit.version()));
		assertThat(moved.movedByHand()).isTrue();
		assertThat(moved.auditorId()).isEqualTo(sameAuditor);
		assertThat(moved.start()).isEqualTo(visit.start());
		assertThatThrownBy(() -> asManager(
				() -> this.campaigns.move(visit.id(), weekday, visit.start(), sameAuditor, visit.version())))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("concurrentModification"));
	}

	@Test
	void upcomingTestsStaySecretFromDirectorsAndOtherAuditors() {
		Campaign campaign = asManager(() -> this.campaigns.create(definition("Vague secrète")));
		asManager(() -> this.campaigns.draw(campaign.id(), 1, 5L));
		int published = asManager(() -> this.campaigns.publish(campaign.id(), 1));
		assertThat(published).isPositive();

		List<TestSlot> karims = SecurityContexts.as("enqueteur", this.campaigns::myTests, Role.AUDITOR);
		assertThat(karims).isNotEmpty().allSatisfy((slot) -> assertThat(slot.auditorUsername()).isEqualTo("enqueteur"));
		assertThat(SecurityContexts.as("nobody", this.campaigns::myTests, Role.AUDITOR)).isEmpty();
		assertThatThrownBy(
				() -> SecurityContexts.as("directeur", () -> this.campaigns.slots(campaign.id(), 1), Role.DIRECTOR))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> SecurityContexts.as("directeur", this.campaigns::campaigns, Role.DIRECTOR))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> SecurityContexts.as("enqueteur", () -> this.campaigns.slots(campaign.id(), 1), Role.AUDITOR))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aPublishedWaveCannotBeDrawnAgainNorTheCampaignRedefined() {
		Campaign campaign = asManager(() -> this.campaigns.create(definition("Vague figée")));
		asManager(() -> this.campaigns.draw(campaign.id(), 1, 9L));
		asManager(() -> this.campaigns.publish(campaign.id(), 1));
		assertThatThrownBy(() -> asManager(() -> this.campaigns.draw(campaign.id(), 1, null))).isInstanceOfSatisfying(
				UserFacingException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("campaign.error.waveAlreadyPublished"));
		Campaign current = asManager(() -> this.campaigns.campaign(campaign.id()));
		assertThatThrownBy(() -> asManager(
				() -> this.campaigns.redefine(campaign.id(), definition("Autre nom"), current.version())))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("campaign.error.alreadyPublished"));
	}

	@Test
	void recurringCampaignsAreCutIntoWaves() {
		CampaignDefinition quarterly = new CampaignDefinition("Baromètre annuel", SP_PLUS_2023,
				new SiteSelection(Set.of("dir-nord"), Set.of(), Set.of()), Map.of(Channel.PHONE, 3),
				LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Recurrence.QUARTERLY, 0.3, 0.1, 90, List.of());
		Campaign campaign = asManager(() -> this.campaigns.create(quarterly));
		assertThat(campaign.waves()).extracting(Wave::from)
			.containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 1), LocalDate.of(2027, 7, 1),
					LocalDate.of(2027, 10, 1));
		assertThat(campaign.waves().get(3).to()).isEqualTo(LocalDate.of(2027, 12, 31));
	}

	@Test
	void theSchedulerDrawsTheNextWaveOfARecurringCampaignAndTellsQualityManagers() {
		LocalDate start = LocalDate.now().minusDays(20);
		CampaignDefinition monthly = new CampaignDefinition("Baromètre mensuel", SP_PLUS_2023,
				new SiteSelection(Set.of(), Set.of(), Set.of("VAL-HDV", "VAL-CCAS")), Map.of(Channel.PHONE, 2), start,
				start.plusMonths(3).minusDays(1), Recurrence.MONTHLY, 0.3, 0.0, 30, List.of());
		Campaign campaign = asManager(() -> this.campaigns.create(monthly));
		assertThat(campaign.waves()).hasSize(3);

		this.system.run(this.scheduling::advanceWaves);
		assertThat(asManager(() -> this.campaigns.campaign(campaign.id())).wave(2).orElseThrow().status())
			.as("wave 1 not published yet")
			.isEqualTo(WaveStatus.PLANNED);

		asManager(() -> this.campaigns.draw(campaign.id(), 1, 1L));
		asManager(() -> this.campaigns.publish(campaign.id(), 1));
		this.system.run(this.scheduling::advanceWaves);
		this.system.run(this.scheduling::advanceWaves);
		Campaign advanced = asManager(() -> this.campaigns.campaign(campaign.id()));
		assertThat(advanced.wave(1).orElseThrow().status()).isEqualTo(WaveStatus.OPEN);
		assertThat(advanced.wave(2).orElseThrow().status()).isEqualTo(WaveStatus.DRAWN);
		assertThat(advanced.wave(3).orElseThrow().status()).as("beyond the draw-ahead horizon")
			.isEqualTo(WaveStatus.PLANNED);
		assertThat(asManager(() -> this.campaigns.slots(campaign.id(), 2))).isNotEmpty();
		var inbox = SecurityContexts.as("qualite", this.notifications::myInbox, Role.QUALITY_MANAGER);
		assertThat(inbox)
			.filteredOn((message) -> message.subjectKey().equals("autoDraw.subject")
					&& message.arguments().get(1).equals("Baromètre mensuel"))
			.hasSize(1);
	}

	private static CampaignDefinition definition(String name) {
		LocalDate start = LocalDate.now().plusDays(7);
		return new CampaignDefinition(name, SP_PLUS_2023,
				new SiteSelection(Set.of("dir-solidarites"), Set.of(), Set.of("VAL-HDV")),
				Map.of(Channel.COUNTER, 2, Channel.PHONE, 3, Channel.EMAIL, 1), start, start.plusDays(41),
				Recurrence.NONE, 0.3, 0.2, 60, List.of());
	}

	private static List<String> contentOf(List<TestSlot> slots) {
		return slots.stream()
			.map((slot) -> slot.siteId() + slot.channel() + slot.date() + slot.start() + slot.auditorId())
			.sorted()
			.toList();
	}

	private static <T> T asManager(Supplier<T> action) {
		return SecurityContexts.as("qualite", action, Role.QUALITY_MANAGER);
	}

}
