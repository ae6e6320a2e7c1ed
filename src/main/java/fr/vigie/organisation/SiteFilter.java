package fr.vigie.organisation;

import fr.vigie.shared.Channel;

/**
 * Criteria of the site list; a null criterion does not filter.
 *
 * @param text part of the name, town or external id, case-insensitive
 * @param kind only sites of this kind
 * @param directionId only sites of this direction
 * @param channel only sites offering this channel
 */
public record SiteFilter(String text, SiteKind kind, String directionId, Channel channel) {

	public static SiteFilter all() {
		return new SiteFilter(null, null, null, null);
	}

}
