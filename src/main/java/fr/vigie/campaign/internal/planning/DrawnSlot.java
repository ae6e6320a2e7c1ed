package fr.vigie.campaign.internal.planning;

import java.time.LocalDate;
import java.util.List;

import fr.vigie.shared.Channel;

/**
 * One test of the plan. {@code window} is null for e-mails, letters and websites (a date
 * is enough). When no auditor could be assigned, {@code auditorId} is null and
 * {@code unassignedReason} says why, as a message key with its arguments.
 */
public record DrawnSlot(String siteId, Channel channel, LocalDate date, TimeRange window, boolean peak,
		boolean outsideHours, String auditorId, String unassignedReason, List<String> reasonArguments) {

	public DrawnSlot withAssignment(String auditor, String reason, List<String> arguments) {
		return new DrawnSlot(this.siteId, this.channel, this.date, this.window, this.peak, this.outsideHours, auditor,
				reason, List.copyOf(arguments));
	}

	public boolean assigned() {
		return this.auditorId != null;
	}

}
