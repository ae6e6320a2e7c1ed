package fr.vigie.shared.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import fr.vigie.shared.calendar.PublicHoliday.Name;

/**
 * French public holidays for any Gregorian year, computed rather than listed so that no
 * table ever runs out: eight fixed dates plus Easter Monday, Ascension (Easter + 39 days)
 * and Whit Monday (Easter + 50 days). Whit Monday stays a public holiday even where it is
 * the "journée de solidarité": whether staff work that day is a local choice.
 */
public final class FrenchHolidays {

	/**
	 * First year of the Gregorian calendar in France; Easter is computed from then on.
	 */
	public static final int FIRST_YEAR = 1583;

	private static final Map<Key, List<PublicHoliday>> CACHE = new ConcurrentHashMap<>();

	private FrenchHolidays() {
	}

	/** The holidays of {@code year} under {@code calendar}, in date order. */
	public static List<PublicHoliday> of(int year, HolidayCalendar calendar) {
		if (year < FIRST_YEAR) {
			throw new IllegalArgumentException("Holidays are computed from " + FIRST_YEAR + ", not for " + year);
		}
		return CACHE.computeIfAbsent(new Key(year, calendar), (key) -> compute(key.year(), key.calendar()));
	}

	/** The holiday falling on {@code date}, if any. */
	public static Optional<PublicHoliday> on(LocalDate date, HolidayCalendar calendar) {
		return of(date.getYear(), calendar).stream().filter((holiday) -> holiday.date().equals(date)).findFirst();
	}

	public static boolean isHoliday(LocalDate date, HolidayCalendar calendar) {
		return on(date, calendar).isPresent();
	}

	/**
	 * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm
	 * (Meeus/Jones/Butcher).
	 */
	public static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}

	private static List<PublicHoliday> compute(int year, HolidayCalendar calendar) {
		LocalDate easter = easterSunday(year);
		List<PublicHoliday> holidays = new ArrayList<>(
				List.of(new PublicHoliday(LocalDate.of(year, Month.JANUARY, 1), Name.NEW_YEAR),
						new PublicHoliday(easter.plusDays(1), Name.EASTER_MONDAY),
						new PublicHoliday(LocalDate.of(year, Month.MAY, 1), Name.LABOUR_DAY),
						new PublicHoliday(LocalDate.of(year, Month.MAY, 8), Name.VICTORY_1945),
						new PublicHoliday(easter.plusDays(39), Name.ASCENSION),
						new PublicHoliday(easter.plusDays(50), Name.WHIT_MONDAY),
						new PublicHoliday(LocalDate.of(year, Month.JULY, 14), Name.BASTILLE_DAY),
						new PublicHoliday(LocalDate.of(year, Month.AUGUST, 15), Name.ASSUMPTION),
						new PublicHoliday(LocalDate.of(year, Month.NOVEMBER, 1), Name.ALL_SAINTS),
						new PublicHoliday(LocalDate.of(year, Month.NOVEMBER, 11), Name.ARMISTICE_1918),
						new PublicHoliday(LocalDate.of(year, Month.DECEMBER, 25), Name.CHRISTMAS)));
		if (calendar == HolidayCalendar.ALSACE_MOSELLE) {
			holidays.add(new PublicHoliday(easter.minusDays(2), Name.GOOD_FRIDAY));
			holidays.add(new PublicHoliday(LocalDate.of(year, Month.DECEMBER, 26), Name.SAINT_STEPHEN));
		}
		// Ascension can fall on 1 or 8 May (e.g. 2008): both holidays are kept, a day
		// off is a day off once.
		holidays.sort(Comparator.comparing(PublicHoliday::date).thenComparing(PublicHoliday::name));
		return List.copyOf(holidays);
	}

	private record Key(int year, HolidayCalendar calendar) {

	}

}
