package fr.vigie.organisation;

import java.time.LocalDate;

import fr.vigie.shared.UserFacingException;

/** Days an auditor cannot test (holidays, training…), both ends included. */
public record PeriodOff(LocalDate from, LocalDate to, String reason) {

	public PeriodOff {
		if (from == null || to == null) {
			throw new UserFacingException("periodOff.dates.required");
		}
		if (to.isBefore(from)) {
			throw new UserFacingException("periodOff.endBeforeStart", from, to);
		}
		reason = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (reason != null && reason.length() > Closure.MAX_REASON) {
			throw new UserFacingException("text.tooLong", Closure.MAX_REASON);
		}
	}

	public boolean covers(LocalDate date) {
		return !date.isBefore(this.from) && !date.isAfter(this.to);
	}

}
