package fr.vigie.campaign;

import java.util.Set;

import fr.vigie.organisation.SiteKind;

/**
 * Which sites a campaign tests: every site of the given directions or kinds, plus listed
 * sites. Empty sets mean "no filter" for directions and kinds.
 */
public record SiteSelection(Set<String> directionIds, Set<SiteKind> kinds, Set<String> siteIds) {

	public SiteSelection {
		directionIds = Set.copyOf(directionIds);
		kinds = Set.copyOf(kinds);
		siteIds = Set.copyOf(siteIds);
	}

	public boolean isEmpty() {
		return this.directionIds.isEmpty() && this.kinds.isEmpty() && this.siteIds.isEmpty();
	}

}
