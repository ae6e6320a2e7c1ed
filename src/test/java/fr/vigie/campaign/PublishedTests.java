package fr.vigie.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.vigie.campaign.internal.CampaignRepository;
import fr.vigie.campaign.internal.TestSlotRepository;
import fr.vigie.shared.Channel;

import org.springframework.context.ApplicationContext;

/**
 * Publishes tests to a given auditor without a draw, for tests of what happens after
 * planning (capture, review, scoring).
 */
public final class PublishedTests {

	public static final String MYSTERY_GRID = "urn:vigie:mystery-grid-2023@1";

	private PublishedTests() {
	}

	/** A campaign pinned to {@code referentialVersionId}, with no slot yet. */
	public static String campaign(ApplicationContext context, String name, String referentialVersionId, LocalDate start,
			LocalDate end) {
		CampaignDefinition definition = new CampaignDefinition(name, referentialVersionId,
				new SiteSelection(Set.of(), Set.of(), Set.of("VAL-HDV")), Map.of(Channel.COUNTER, 1), start, end,
				Recurrence.NONE, 0, 0, 0, List.of());
		return context.getBean(CampaignRepository.class).save(Campaign.plan(definition, "qualite", Instant.now())).id();
	}

	/** A published test of {@code campaignId} for the auditor {@code auditorId}. */
	public static TestSlot publish(ApplicationContext context, String campaignId, String siteId, Channel channel,
			LocalDate date, LocalTime start, String auditorId, String username, String scenario) {
		TestSlot slot = TestSlot.drafted(UUID.randomUUID().toString(), campaignId, 1, siteId, channel, date, start,
				(start != null) ? start.plusHours(1) : null, false, false, auditorId, username, null, List.of(),
				scenario);
		slot.publish();
		return context.getBean(TestSlotRepository.class).save(slot);
	}

	/** A published slot that is not stored, for unit tests. */
	public static TestSlot slot(String id, String siteId, Channel channel, LocalDate date, LocalTime start,
			String auditorId, String username) {
		TestSlot slot = TestSlot.drafted(id, "campaign", 1, siteId, channel, date, start,
				(start != null) ? start.plusHours(1) : null, false, false, auditorId, username, null, List.of(),
				"Horaires d'ouverture");
		slot.publish();
		return slot;
	}

}
