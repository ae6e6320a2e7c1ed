package fr.vigie.audit;

import java.util.List;

import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.ReferentialVersion;

/**
 * A test's checklist as the capture and review screens show it: the test, where it takes
 * place, and the items of its channel grouped by engagement, in referential order.
 *
 * @param test the stored checklist
 * @param siteName the tested site
 * @param address the site's address (visits), may be null
 * @param contact the channel's contact point (number to call, address to write to)
 * @param timeWindow the visit or call window as printed ("09:30–10:30"), or null
 * @param campaignName the campaign
 * @param referential the pinned referential version
 * @param sections engagements with their items for this channel
 */
public record Checklist(AuditTest test, String siteName, String address, String contact, String timeWindow,
		String campaignName, ReferentialVersion referential, List<Section> sections) {

	/** All items, in order. */
	public List<ReferentialNode> items() {
		return this.sections.stream().flatMap((section) -> section.items().stream()).toList();
	}

	/** An engagement (or a group, for items directly under one) and its items. */
	public record Section(ReferentialNode engagement, List<ReferentialNode> items) {

	}

}
