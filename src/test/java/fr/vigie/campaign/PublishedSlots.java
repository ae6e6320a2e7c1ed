package fr.vigie.campaign;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import fr.vigie.shared.Channel;

/**
 * Published test slots for tests outside this package (the factory and publication are
 * package-private in production, where only the planner creates slots).
 */
public final class PublishedSlots {

	private PublishedSlots() {
	}

	/** A published slot of the demo auditor {@code enqueteur}. */
	public static TestSlot forEnqueteur(String siteId, Channel channel, LocalDate date, LocalTime start, int minutes) {
		TestSlot slot = TestSlot.drafted(UUID.randomUUID().toString(), "campaign-under-test", 1, siteId, channel, date,
				start, start.plusMinutes(minutes), false, false, "auditor-enqueteur", "enqueteur", null, List.of());
		slot.publish();
		return slot;
	}

}
