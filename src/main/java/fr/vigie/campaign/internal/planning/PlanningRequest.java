package fr.vigie.campaign.internal.planning;

import java.util.List;

/** Everything a draw depends on. The seed makes the randomness reproducible. */
public record PlanningRequest(long seed, DateRange period, PlanningRules rules, List<PlannedSite> sites,
		List<PlannedAuditor> auditors, List<PastAssignment> history) {

	public PlanningRequest {
		sites = List.copyOf(sites);
		auditors = List.copyOf(auditors);
		history = List.copyOf(history);
	}

}
