package fr.vigie.campaign.internal.planning;

import java.util.Set;

import fr.vigie.organisation.GeoPoint;
import fr.vigie.shared.Channel;

/** A site to test, with the channels it offers and its calendar. */
public record PlannedSite(String siteId, GeoPoint position, Set<Channel> channels, SiteAvailability availability) {

	public PlannedSite {
		channels = Set.copyOf(channels);
	}

}
