package fr.vigie.shared.calendar;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which set of public holidays applies to a place. Alsace-Moselle (Bas-Rhin, Haut-Rhin,
 * Moselle) keeps two extra holidays from its local law: Good Friday and 26 December.
 */
public enum HolidayCalendar {

	FRANCE("france"), ALSACE_MOSELLE("alsace_moselle");

	private final String code;

	HolidayCalendar(String code) {
		this.code = code;
	}

	/** Identifier used in CSV files. */
	public String code() {
		return this.code;
	}

	public String messageKey() {
		return "holidayCalendar." + this.code;
	}

	public static Optional<HolidayCalendar> fromCode(String code) {
		return Arrays.stream(values()).filter((calendar) -> calendar.code.equals(code)).findFirst();
	}

}
