package fr.vigie.shared.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A public holiday on a given date. */
public record PublicHoliday(LocalDate date, Name name) {

	public PublicHoliday {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(name, "name");
	}

	public String messageKey() {
		return this.name.messageKey();
	}

	/**
	 * The holidays of the Code du travail (art. L3133-1) and the Alsace-Moselle extras.
	 */
	public enum Name {

		NEW_YEAR, GOOD_FRIDAY, EASTER_MONDAY, LABOUR_DAY, VICTORY_1945, ASCENSION, WHIT_MONDAY, BASTILLE_DAY,
		ASSUMPTION, ALL_SAINTS, ARMISTICE_1918, CHRISTMAS, SAINT_STEPHEN;

		public String messageKey() {
			return "holiday." + name();
		}

	}

}
