package fr.vigie.campaign.internal.planning;

import java.util.List;
import java.util.Map;

import fr.vigie.shared.Channel;

/**
 * The quality manager's choices for a wave.
 *
 * @param quotas tests per site and channel in the wave
 * @param peakShare share of visits and calls to place in peak hours (0–1)
 * @param outsideHoursShare share of calls placed outside opening hours to check the
 * answering machine (0–1)
 * @param rotationDays the same auditor does not test the same site again within this many
 * days
 * @param blackouts dates when no test may happen
 */
public record PlanningRules(Map<Channel, Integer> quotas, double peakShare, double outsideHoursShare, int rotationDays,
		List<DateRange> blackouts) {

	public PlanningRules {
		quotas = Map.copyOf(quotas);
		blackouts = List.copyOf(blackouts);
		if (peakShare < 0 || peakShare > 1 || outsideHoursShare < 0 || outsideHoursShare > 1) {
			throw new IllegalArgumentException("shares must be between 0 and 1");
		}
		if (rotationDays < 0) {
			throw new IllegalArgumentException("rotationDays must not be negative");
		}
		quotas.forEach((channel, quota) -> {
			if (quota < 0) {
				throw new IllegalArgumentException("quota of " + channel + " must not be negative");
			}
		});
	}

	public boolean isBlackedOut(java.time.LocalDate date) {
		return this.blackouts.stream().anyMatch((range) -> range.contains(date));
	}

}
