package fr.vigie.organisation;

import java.time.LocalDate;

import fr.vigie.shared.UserFacingException;

/**
 * A site an auditor must not test, why, and until when ({@code until} included; no end
 * date means for good).
 */
public record Exclusion(SiteId site, ExclusionReason reason, LocalDate until) {

	public Exclusion {
		if (site == null) {
			throw new UserFacingException("exclusion.site.required");
		}
		if (reason == null) {
			throw new UserFacingException("exclusion.reason.required");
		}
	}

	public boolean activeOn(LocalDate date) {
		return this.until == null || !date.isAfter(this.until);
	}

}
