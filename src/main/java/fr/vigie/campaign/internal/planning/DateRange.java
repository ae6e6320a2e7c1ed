package fr.vigie.campaign.internal.planning;

import java.time.LocalDate;

/** Inclusive range of dates. */
public record DateRange(LocalDate from, LocalDate to) {

	public DateRange {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("range ends " + to + " before it starts " + from);
		}
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(this.from) && !date.isAfter(this.to);
	}

}
