package fr.vigie.shared.calendar;

import java.time.LocalDate;
import java.util.List;

import fr.vigie.shared.calendar.PublicHoliday.Name;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FrenchHolidaysTests {

	/** Hand-checked against published calendars, including the earliest and latest. */
	@ParameterizedTest
	@CsvSource({ "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2019, 2019-04-21", "2000, 2000-04-23",
			"2008, 2008-03-23", "2038, 2038-04-25", "2285, 2285-03-22", "1583, 1583-04-10" })
	void computesEasterSunday(int year, LocalDate easter) {
		assertThat(FrenchHolidays.easterSunday(year)).isEqualTo(easter);
	}

	@Test
	void listsTheElevenHolidaysOf2026InDateOrder() {
		assertThat(FrenchHolidays.of(2026, HolidayCalendar.FRANCE)).containsExactly(
				new PublicHoliday(LocalDate.of(2026, 1, 1), Name.NEW_YEAR),
				new PublicHoliday(LocalDate.of(2026, 4, 6), Name.EASTER_MONDAY),
				new PublicHoliday(LocalDate.of(2026, 5, 1), Name.LABOUR_DAY),
				new PublicHoliday(LocalDate.of(2026, 5, 8), Name.VICTORY_1945),
				new PublicHoliday(LocalDate.of(2026, 5, 14), Name.ASCENSION),
				new PublicHoliday(LocalDate.of(2026, 5, 25), Name.WHIT_MONDAY),
				new PublicHoliday(LocalDate.of(2026, 7, 14), Name.BASTILLE_DAY),
				new PublicHoliday(LocalDate.of(2026, 8, 15), Name.ASSUMPTION),
				new PublicHoliday(LocalDate.of(2026, 11, 1), Name.ALL_SAINTS),
				new PublicHoliday(LocalDate.of(2026, 11, 11), Name.ARMISTICE_1918),
				new PublicHoliday(LocalDate.of(2026, 12, 25), Name.CHRISTMAS));
	}

	@ParameterizedTest
	@CsvSource({ "2024, 2024-04-01, 2024-05-09, 2024-05-20", "2025, 2025-04-21, 2025-05-29, 2025-06-09",
			"2027, 2027-03-29, 2027-05-06, 2027-05-17" })
	void placesTheEasterBasedHolidays(int year, LocalDate easterMonday, LocalDate ascension, LocalDate whitMonday) {
		List<PublicHoliday> holidays = FrenchHolidays.of(year, HolidayCalendar.FRANCE);
		assertThat(holidays).contains(new PublicHoliday(easterMonday, Name.EASTER_MONDAY),
				new PublicHoliday(ascension, Name.ASCENSION), new PublicHoliday(whitMonday, Name.WHIT_MONDAY));
	}

	@Test
	void alsaceMoselleAddsGoodFridayAndSaintStephen() {
		List<PublicHoliday> alsace = FrenchHolidays.of(2026, HolidayCalendar.ALSACE_MOSELLE);
		assertThat(alsace).hasSize(13)
			.contains(new PublicHoliday(LocalDate.of(2026, 4, 3), Name.GOOD_FRIDAY),
					new PublicHoliday(LocalDate.of(2026, 12, 26), Name.SAINT_STEPHEN));
		assertThat(FrenchHolidays.isHoliday(LocalDate.of(2025, 4, 18), HolidayCalendar.ALSACE_MOSELLE)).isTrue();
		assertThat(FrenchHolidays.isHoliday(LocalDate.of(2025, 4, 18), HolidayCalendar.FRANCE)).isFalse();
		assertThat(FrenchHolidays.isHoliday(LocalDate.of(2025, 12, 26), HolidayCalendar.FRANCE)).isFalse();
	}

	@Test
	void keepsBothHolidaysWhenAscensionFallsOnLabourDay() {
		assertThat(FrenchHolidays.of(2008, HolidayCalendar.FRANCE)).contains(
				new PublicHoliday(LocalDate.of(2008, 5, 1), Name.LABOUR_DAY),
				new PublicHoliday(LocalDate.of(2008, 5, 1), Name.ASCENSION));
		assertThat(FrenchHolidays.on(LocalDate.of(2008, 5, 1), HolidayCalendar.FRANCE)).isPresent();
	}

	@Test
	void ordinaryDaysAreNotHolidays() {
		assertThat(FrenchHolidays.on(LocalDate.of(2026, 5, 13), HolidayCalendar.FRANCE)).isEmpty();
		assertThat(FrenchHolidays.on(LocalDate.of(2026, 5, 14), HolidayCalendar.FRANCE)).get()
			.extracting(PublicHoliday::name)
			.isEqualTo(Name.ASCENSION);
	}

	@Test
	void refusesYearsBeforeTheGregorianCalendar() {
		assertThatIllegalArgumentException().isThrownBy(() -> FrenchHolidays.of(1500, HolidayCalendar.FRANCE));
	}

}
