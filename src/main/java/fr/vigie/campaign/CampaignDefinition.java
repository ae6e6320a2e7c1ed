package fr.vigie.campaign;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;

/**
 * What a quality manager sets when planning a campaign. Validated as a whole so that the
 * form can show every problem with the field concerned.
 *
 * @param quotas tests per site and channel in each wave
 * @param blackouts dates (inclusive ranges) when no test may happen
 */
public record CampaignDefinition(String name, String referentialVersionId, SiteSelection selection,
		Map<Channel, Integer> quotas, LocalDate start, LocalDate end, Recurrence recurrence, double peakShare,
		double outsideHoursShare, int rotationDays, List<Blackout> blackouts) {

	public static final int MAX_QUOTA = 50;

	public CampaignDefinition {
		quotas = (quotas == null || quotas.isEmpty()) ? Map.of() : Map.copyOf(new EnumMap<>(quotas));
		blackouts = (blackouts == null) ? List.of() : List.copyOf(blackouts);
	}

	/** Throws the first problem found, naming the field. */
	public void validate() {
		if (this.name == null || this.name.isBlank()) {
			throw new UserFacingException("campaign.error.name");
		}
		if (this.referentialVersionId == null || this.referentialVersionId.isBlank()) {
			throw new UserFacingException("campaign.error.referential");
		}
		if (this.selection == null || this.selection.isEmpty()) {
			throw new UserFacingException("campaign.error.sites");
		}
		if (this.quotas.values().stream().noneMatch((quota) -> quota > 0)) {
			throw new UserFacingException("campaign.error.quotas");
		}
		this.quotas.forEach((channel, quota) -> {
			if (quota < 0 || quota > MAX_QUOTA) {
				throw new UserFacingException("campaign.error.quotaRange", channel.code(), MAX_QUOTA);
			}
		});
		if (this.start == null || this.end == null || this.end.isBefore(this.start)) {
			throw new UserFacingException("campaign.error.period");
		}
		if (this.recurrence == null) {
			throw new UserFacingException("campaign.error.recurrence");
		}
		if (this.peakShare < 0 || this.peakShare > 1 || this.outsideHoursShare < 0 || this.outsideHoursShare > 1
				|| this.peakShare + this.outsideHoursShare > 1) {
			throw new UserFacingException("campaign.error.shares");
		}
		if (this.rotationDays < 0 || this.rotationDays > 730) {
			throw new UserFacingException("campaign.error.rotation");
		}
		for (Blackout blackout : this.blackouts) {
			if (blackout.from() == null || blackout.to() == null || blackout.to().isBefore(blackout.from())) {
				throw new UserFacingException("campaign.error.blackout");
			}
		}
	}

	/**
	 * Dates when no test may be scheduled, with the reason shown to the quality manager.
	 */
	public record Blackout(LocalDate from, LocalDate to, String reason) {

	}

}
