package fr.vigie.organisation;

/**
 * The few fields of a {@link Site} that lists, scores and scopes need: read without the
 * channels, opening hours and closures, which make the whole document ten times heavier
 * (a national registry of 3,000 sites reads in a twentieth of the time).
 *
 * @param id the site's identifier value (see {@link SiteId})
 */
public record SiteHeader(String id, String externalId, String organisationId, String directionId, String name,
		SiteKind kind) {

	public SiteId siteId() {
		return new SiteId(this.id);
	}

}
