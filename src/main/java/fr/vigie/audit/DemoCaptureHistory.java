package fr.vigie.audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import fr.vigie.audit.internal.AuditRepository;
import fr.vigie.campaign.Campaign;
import fr.vigie.campaign.CampaignDefinition;
import fr.vigie.campaign.CampaignManagement;
import fr.vigie.campaign.Recurrence;
import fr.vigie.campaign.SiteSelection;
import fr.vigie.campaign.SlotStatus;
import fr.vigie.campaign.TestSlot;
import fr.vigie.referential.Answer;
import fr.vigie.referential.CheckItem;
import fr.vigie.referential.ReferentialManagement;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.ReferentialVersion;
import fr.vigie.referential.ReferentialVersionId;
import fr.vigie.referential.ScaleLevel;
import fr.vigie.shared.Channel;
import fr.vigie.shared.calendar.WorkingDays;
import fr.vigie.shared.demo.ConditionalOnDemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Gives the demo a history: the last two quarters of a recurring barometer over the demo
 * network, drawn and published by the demo quality manager, then captured and validated
 * like real tests (answers drawn from a fixed seed, each site with its own level), so
 * dashboards and reports have figures on the first start. Runs once. Tests turn it off
 * ({@code vigie.demo.history=false}): they build the history they assert on.
 */
@Component
@ConditionalOnDemoData
@ConditionalOnBooleanProperty(name = "vigie.demo.history", matchIfMissing = true)
@Order(60)
class DemoCaptureHistory implements ApplicationRunner {

	static final String NAME = "Baromètre de l'accueil (démo)";

	private static final Logger log = LoggerFactory.getLogger(DemoCaptureHistory.class);

	private final CampaignManagement campaigns;

	private final ReferentialManagement referentials;

	private final AuditRepository audits;

	private final ApplicationEventPublisher events;

	private final SecurityContextHolderStrategy security;

	private final Clock clock;

	DemoCaptureHistory(CampaignManagement campaigns, ReferentialManagement referentials, AuditRepository audits,
			ApplicationEventPublisher events, ObjectProvider<SecurityContextHolderStrategy> security, Clock clock) {
		this.campaigns = campaigns;
		this.referentials = referentials;
		this.audits = audits;
		this.events = events;
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		SecurityContext manager = this.security.createEmptyContext();
		manager.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("qualite", null,
				List.of(new SimpleGrantedAuthority("ROLE_QUALITY_MANAGER"))));
		this.security.setContext(manager);
		try {
			if (this.campaigns.campaigns().stream().anyMatch((campaign) -> campaign.name().equals(NAME))) {
				return;
			}
			LocalDate thisQuarter = LocalDate.now(this.clock).with(IsoFields.DAY_OF_QUARTER, 1);
			String versionId = "urn:vigie:mystery-grid-2023@1";
			ReferentialVersion version = this.referentials.findVersion(new ReferentialVersionId(versionId))
				.orElse(null);
			if (version == null) {
				return;
			}
			CampaignDefinition definition = new CampaignDefinition(NAME, versionId,
					new SiteSelection(Set.of("dir-nord", "dir-sud", "dir-solidarites"), Set.of(), Set.of()),
					Map.of(Channel.COUNTER, 1, Channel.PHONE, 2, Channel.EMAIL, 1), thisQuarter.minusMonths(6),
					thisQuarter.minusDays(1), Recurrence.QUARTERLY, 0.3, 0.0, 0, List.of());
			Campaign campaign = this.campaigns.create(definition);
			SplittableRandom random = new SplittableRandom(20261122L);
			Map<String, Double> siteLevels = new HashMap<>();
			int validated = 0;
			for (int wave = 1; wave <= campaign.waves().size(); wave++) {
				this.campaigns.draw(campaign.id(), wave, 4242L + wave);
				this.campaigns.publish(campaign.id(), wave);
				for (TestSlot slot : this.campaigns.slots(campaign.id(), wave)) {
					if (slot.status() == SlotStatus.PUBLISHED) {
						double level = siteLevels.computeIfAbsent(slot.siteId(),
								(site) -> 0.55 + 0.43 * random.nextDouble());
						validate(slot, versionId, version.itemsFor(slot.channel()), level, random);
						this.campaigns.markDone(slot.id());
						validated++;
					}
				}
			}
			log.info("Demo history: {} validated tests over {} waves of \"{}\"", validated, campaign.waves().size(),
					NAME);
		}
		finally {
			this.security.clearContext();
		}
	}

	private void validate(TestSlot slot, String versionId, List<ReferentialNode> items, double level,
			SplittableRandom random) {
		AuditTest test = AuditTest.open(slot, versionId);
		Instant at = slot.startsAt().with(LocalTime.of(10, 0)).toInstant();
		String auditor = (slot.auditorUsername() != null) ? slot.auditorUsername() : slot.auditorId();
		WorkingDays days = WorkingDays.france();
		for (ReferentialNode node : items) {
			boolean compliant = random.nextDouble() < level;
			test.record(node, draft(node, compliant, slot.date(), random), 0, days, auditor, at);
		}
		test.submit(items, auditor, at.plusSeconds(3600));
		AuditResult result = test.validate(items, "qualite", at.plusSeconds(86_400));
		this.audits.save(test);
		this.events.publishEvent(new AuditValidated(result));
	}

	/** An answer consistent with the item: a measure on the right side of the target. */
	static AnswerDraft draft(ReferentialNode node, boolean compliant, LocalDate testedOn, SplittableRandom random) {
		CheckItem item = node.item();
		String comment = compliant ? "Conforme au scénario (démonstration)."
				: "Écart constaté lors du passage (démonstration).";
		if (!item.scale().isEmpty()) {
			List<ScaleLevel> scale = item.scale();
			ScaleLevel chosen = scale.stream()
				.filter((candidate) -> candidate.compliant() == compliant)
				.reduce((first, second) -> compliant ? second : first)
				.orElse(scale.get(0));
			return new AnswerDraft(node.urn(), null, null, chosen.code(), null, null, null, null, null, comment);
		}
		if (item.target().isPresent()) {
			BigDecimal target = item.target().get().value();
			BigDecimal measured = compliant ? target.multiply(BigDecimal.valueOf(random.nextDouble(0.2, 0.95)))
					: target.multiply(BigDecimal.valueOf(random.nextDouble(1.2, 2.5)));
			measured = measured.setScale(0, java.math.RoundingMode.HALF_UP);
			if (!item.conformityOf(measured).orElse(compliant).equals(compliant)) {
				return new AnswerDraft(node.urn(), compliant ? Answer.COMPLIANT : Answer.NON_COMPLIANT, null, null,
						null, null, null, null, null, comment);
			}
			return new AnswerDraft(node.urn(), null, measured, null, null, null, null, null, null, comment);
		}
		return new AnswerDraft(node.urn(), compliant ? Answer.COMPLIANT : Answer.NON_COMPLIANT, null, null, null, null,
				null, null, null, comment);
	}

}
