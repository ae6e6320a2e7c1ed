package fr.vigie.audit;

import java.time.Instant;
import java.time.LocalDate;

import fr.vigie.campaign.TestSlot;
import fr.vigie.shared.Channel;

/**
 * A test as the review lists show it: what was tested, when and by whom, without its
 * checklist (a queue of thousands of tests must not carry thousands of checklists).
 *
 * @param id the test (and its slot)
 * @param siteId the tested site
 * @param channel the tested channel
 * @param plannedDate the day it was planned
 * @param startedAt when the auditor started it, if he did
 * @param auditorCode who tested
 * @param submittedAt when it was last submitted
 * @param validatedAt when it was validated, if it was
 */
public record ReviewEntry(String id, String siteId, Channel channel, LocalDate plannedDate, Instant startedAt,
		String auditorCode, Instant submittedAt, Instant validatedAt) {

	/** The day of the test: when it was started, else when it was planned. */
	public LocalDate testedOn() {
		return testedOn(this.startedAt, this.plannedDate);
	}

	static LocalDate testedOn(Instant startedAt, LocalDate plannedDate) {
		return (startedAt != null) ? LocalDate.ofInstant(startedAt, TestSlot.PARIS) : plannedDate;
	}

}
