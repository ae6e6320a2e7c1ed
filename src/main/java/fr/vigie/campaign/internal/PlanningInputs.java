package fr.vigie.campaign.internal;

import java.util.List;
import java.util.Optional;

import fr.vigie.campaign.CampaignDefinition;
import fr.vigie.campaign.internal.planning.PlannedAuditor;
import fr.vigie.campaign.internal.planning.PlannedSite;

/**
 * What a draw needs from the organisation module: the selected sites with their calendars
 * and the auditor pool. Kept behind this port so the planner stays a pure function.
 */
public interface PlanningInputs {

	List<PlannedSite> sites(CampaignDefinition definition);

	Optional<PlannedSite> site(String siteId);

	List<PlannedAuditor> auditors();

	Optional<PlannedAuditor> auditor(String auditorId);

	/** How to show each auditor to a quality manager: code and name. */
	java.util.Map<String, String> auditorLabels();

	/**
	 * Username of the account linked to an auditor, if any (for notices and the feed).
	 */
	Optional<String> usernameOf(String auditorId);

}
