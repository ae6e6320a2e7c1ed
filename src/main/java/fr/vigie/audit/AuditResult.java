package fr.vigie.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import fr.vigie.shared.Channel;

/**
 * A validated mystery test as scoring and reports need it: where, when, against which
 * referential version, and the final answer to every item of the test's channel.
 *
 * @param auditId the test's id (the id of the campaign's test slot)
 * @param campaignId the campaign the test belongs to
 * @param wave the wave number within the campaign
 * @param siteId the tested site
 * @param channel the tested channel
 * @param referentialVersionId the referential version the campaign pinned
 * @param testedOn the day the test took place
 * @param scenario the scenario played, as printed (never a person's name)
 * @param auditorCode the auditor's code (e.g. ENQ-004), never his name
 * @param validatedAt when the quality manager validated it (first validation)
 * @param revision 1 at validation, increased by every later correction
 * @param items one result per item of the channel's checklist, in referential order
 */
public record AuditResult(String auditId, String campaignId, int wave, String siteId, Channel channel,
		String referentialVersionId, LocalDate testedOn, String scenario, String auditorCode, Instant validatedAt,
		int revision, List<ItemResult> items) {

	public AuditResult {
		Objects.requireNonNull(auditId, "auditId");
		Objects.requireNonNull(siteId, "siteId");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(referentialVersionId, "referentialVersionId");
		Objects.requireNonNull(testedOn, "testedOn");
		Objects.requireNonNull(validatedAt, "validatedAt");
		items = List.copyOf(items);
	}

}
