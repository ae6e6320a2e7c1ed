package fr.vigie.audit;

import fr.vigie.campaign.TestSlot;

/**
 * One of the auditor's tests with the state of its checklist.
 *
 * @param slot the planned test
 * @param siteName the site
 * @param checklist the checklist's status, null while it was never opened
 * @param answered answers saved so far
 */
public record MyTest(TestSlot slot, String siteName, AuditStatus checklist, int answered) {

}
