package fr.vigie.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

import fr.vigie.campaign.TestSlot;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.shared.calendar.WorkingDays;

/**
 * Captures and validates tests the way the checklist and the review screens do (same
 * aggregate methods, answers consistent with each item as in the demo history), without
 * the per-save round trips, for loading a national history in bulk.
 */
public final class BulkCapture {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private BulkCapture() {
	}

	/**
	 * The checklist of {@code slot} with every item answered, each compliant with the
	 * probability {@code level}, captured at 10:00 on the test's day.
	 */
	public static AuditTest captured(TestSlot slot, String referentialVersionId, List<ReferentialNode> items,
			double level, SplittableRandom random) {
		AuditTest test = AuditTest.open(slot, referentialVersionId);
		Instant at = capturedAt(slot.date());
		String auditor = auditorOf(test);
		WorkingDays days = WorkingDays.france();
		for (ReferentialNode node : items) {
			boolean compliant = random.nextDouble() < level;
			test.record(node, DemoCaptureHistory.draft(node, compliant, slot.date(), random), 0, days, auditor, at);
		}
		return test;
	}

	/** Attaches a stored evidence file to an answered item, as the auditor would. */
	public static void attach(AuditTest test, String itemUrn, String evidenceId, int maxPerItem) {
		test.attach(itemUrn, List.of(evidenceId), maxPerItem, auditorOf(test), capturedAt(test.plannedDate()));
	}

	/**
	 * Submits the test an hour after the capture and validates it the next day as
	 * {@code reviewer}; returns the result the validation publishes.
	 */
	public static AuditResult submitAndValidate(AuditTest test, List<ReferentialNode> items, String reviewer) {
		Instant at = capturedAt(test.plannedDate());
		test.submit(items, auditorOf(test), at.plusSeconds(3600));
		return test.validate(items, reviewer, at.plusSeconds(86_400));
	}

	private static Instant capturedAt(LocalDate day) {
		return day.atTime(LocalTime.of(10, 0)).atZone(PARIS).toInstant();
	}

	private static String auditorOf(AuditTest test) {
		return (test.auditorUsername() != null) ? test.auditorUsername() : test.auditorCode();
	}

}
