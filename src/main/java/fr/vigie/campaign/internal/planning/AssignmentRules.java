package fr.vigie.campaign.internal.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules an assignment must respect, shared by the draw and by manual moves so that
 * both apply exactly the same checks. Each broken rule is a message key.
 */
public final class AssignmentRules {

	public static final String SKILL = "campaign.rule.skill";

	public static final String UNAVAILABLE = "campaign.rule.unavailable";

	public static final String CAPACITY = "campaign.rule.capacity";

	public static final String EXCLUDED = "campaign.rule.excluded";

	public static final String ROTATION = "campaign.rule.rotation";

	public static final String OVERLAP = "campaign.rule.overlap";

	/** Rules in the order used to explain why nobody could take a slot. */
	static final List<String> ORDER = List.of(SKILL, UNAVAILABLE, EXCLUDED, CAPACITY, ROTATION, OVERLAP);

	private AssignmentRules() {
	}

	/** The first broken rule in {@link #ORDER}, or null: the draw's fast path. */
	static String firstViolation(PlannedAuditor auditor, DrawnSlot slot, AssignmentLedger ledger, int rotationDays) {
		if (!auditor.channels().contains(slot.channel())) {
			return SKILL;
		}
		if (!auditor.available().test(slot.date())) {
			return UNAVAILABLE;
		}
		if (auditor.excludedSiteIds().contains(slot.siteId())) {
			return EXCLUDED;
		}
		if (ledger.testsInWeek(auditor.auditorId(), slot.date()) >= auditor.maxTestsPerWeek()) {
			return CAPACITY;
		}
		if (ledger.testedWithin(auditor.auditorId(), slot.siteId(), slot.date(), rotationDays)) {
			return ROTATION;
		}
		if (ledger.busyDuring(auditor.auditorId(), slot.date(), slot.window())) {
			return OVERLAP;
		}
		return null;
	}

	public static List<String> violations(PlannedAuditor auditor, DrawnSlot slot, AssignmentLedger ledger,
			int rotationDays) {
		List<String> broken = new ArrayList<>();
		if (!auditor.channels().contains(slot.channel())) {
			broken.add(SKILL);
		}
		if (!auditor.available().test(slot.date())) {
			broken.add(UNAVAILABLE);
		}
		if (auditor.excludedSiteIds().contains(slot.siteId())) {
			broken.add(EXCLUDED);
		}
		if (ledger.testsInWeek(auditor.auditorId(), slot.date()) >= auditor.maxTestsPerWeek()) {
			broken.add(CAPACITY);
		}
		if (ledger.testedWithin(auditor.auditorId(), slot.siteId(), slot.date(), rotationDays)) {
			broken.add(ROTATION);
		}
		if (ledger.busyDuring(auditor.auditorId(), slot.date(), slot.window())) {
			broken.add(OVERLAP);
		}
		return broken;
	}

}
