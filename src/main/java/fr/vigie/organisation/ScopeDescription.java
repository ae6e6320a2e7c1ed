package fr.vigie.organisation;

import java.util.List;

/**
 * What the signed-in user sees of the network, in names, for the screens to say it.
 *
 * @param everything quality managers and administrators see the whole network
 * @param organisations names of the organisations in his scope
 * @param directions names of the directions in his scope
 * @param sites names of the single sites in his scope
 */
public record ScopeDescription(boolean everything, List<String> organisations, List<String> directions,
		List<String> sites) {

	public boolean isEmpty() {
		return !this.everything && this.organisations.isEmpty() && this.directions.isEmpty() && this.sites.isEmpty();
	}

}
