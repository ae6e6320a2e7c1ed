package fr.vigie.campaign;

import java.time.LocalDate;

/** How often a campaign repeats its wave. */
public enum Recurrence {

	NONE(0), MONTHLY(1), QUARTERLY(3), SEMIANNUAL(6), YEARLY(12);

	private final int months;

	Recurrence(int months) {
		this.months = months;
	}

	/** Start of the wave following the one that starts on {@code start}. */
	public LocalDate next(LocalDate start) {
		return (this.months == 0) ? null : start.plusMonths(this.months);
	}

	public String messageKey() {
		return "recurrence." + name();
	}

}
