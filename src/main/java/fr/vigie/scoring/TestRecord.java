package fr.vigie.scoring;

import java.time.LocalDate;

import fr.vigie.shared.Channel;

/**
 * One scored test as listed in a site's history and a report's methodology. The auditor
 * appears by his code only.
 *
 * @param tally the test as a tally of one; empty when no item could be assessed
 */
public record TestRecord(String auditId, String siteId, Channel channel, LocalDate testedOn, String scenario,
		String auditorCode, int revision, Tally tally) {

	/** The test's mark, or null when no item could be assessed. */
	public Mark mark() {
		return this.tally.mark();
	}

}
