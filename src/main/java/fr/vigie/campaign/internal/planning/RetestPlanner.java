package fr.vigie.campaign.internal.planning;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.vigie.shared.Channel;

/**
 * Places one re-test ("contre-visite") after a corrective action: the first day from
 * {@code notBefore} on which the channel is served (a working day for e-mails, letters
 * and websites), in the first opening range of the day, with the least loaded auditor the
 * assignment rules allow (so the rotation rule keeps the auditor of the original test
 * away if he was there recently). Pure, like {@link CampaignPlanner}.
 */
public final class RetestPlanner {

	private RetestPlanner() {
	}

	/**
	 * @param searchDays how many days from {@code notBefore} to try
	 * @return the assigned slot, or empty when no day and auditor fit
	 */
	public static Optional<DrawnSlot> plan(PlannedSite site, Channel channel, LocalDate notBefore, int searchDays,
			List<PlannedAuditor> auditors, AssignmentLedger ledger, int rotationDays) {
		for (int offset = 0; offset < searchDays; offset++) {
			LocalDate day = notBefore.plusDays(offset);
			TimeRange window = null;
			if (CampaignPlanner.hasTimeWindow(channel)) {
				List<TimeRange> open = site.availability().openRanges(day, channel);
				if (open.isEmpty()) {
					continue;
				}
				TimeRange range = open.get(0);
				int minutes = Math.min(
						(channel == Channel.COUNTER) ? CampaignPlanner.VISIT_MINUTES : CampaignPlanner.CALL_MINUTES,
						range.minutes());
				window = new TimeRange(range.start(), range.start().plusMinutes(minutes));
			}
			else if (!site.availability().isWorkingDay(day)) {
				continue;
			}
			DrawnSlot slot = new DrawnSlot(site.siteId(), channel, day, window, false, false, null, null, List.of());
			Optional<PlannedAuditor> chosen = auditors.stream()
				.filter((auditor) -> AssignmentRules.violations(auditor, slot, ledger, rotationDays).isEmpty())
				.min(Comparator.comparingInt((PlannedAuditor auditor) -> ledger.load(auditor.auditorId()))
					.thenComparing(PlannedAuditor::auditorId));
			if (chosen.isPresent()) {
				return Optional.of(slot.withAssignment(chosen.get().auditorId(), null, List.of()));
			}
		}
		return Optional.empty();
	}

}
