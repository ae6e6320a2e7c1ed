package fr.vigie.organisation;

import fr.vigie.shared.UserFacingException;

/**
 * Identifier of a {@link Site}: the external id of the authority's own registry, stable
 * across CSV imports, and used in addresses of screens (hence the restricted characters).
 */
public record SiteId(String value) {

	private static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

	public SiteId {
		if (value == null || !value.trim().matches(PATTERN)) {
			throw new UserFacingException("site.externalId.invalid", (value == null) ? "" : value);
		}
		value = value.trim();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
