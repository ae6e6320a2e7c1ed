package fr.vigie.campaign;

/**
 * A published test as its checklist needs it.
 *
 * @param slot the test slot (site, channel, date, window, auditor, scenario)
 * @param campaignName the campaign it belongs to
 * @param referentialVersionId the referential version the campaign pinned
 */
public record AssignedTest(TestSlot slot, String campaignName, String referentialVersionId) {

}
