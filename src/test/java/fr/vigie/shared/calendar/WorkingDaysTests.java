package fr.vigie.shared.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTests {

	private final WorkingDays france = WorkingDays.france();

	private final WorkingDays alsace = new WorkingDays(HolidayCalendar.ALSACE_MOSELLE);

	@Test
	void weekendsAndHolidaysAreNotWorkingDays() {
		assertThat(this.france.isWorkingDay(LocalDate.of(2026, 5, 13))).as("Wednesday").isTrue();
		assertThat(this.france.isWorkingDay(LocalDate.of(2026, 5, 14))).as("Ascension").isFalse();
		assertThat(this.france.isWorkingDay(LocalDate.of(2026, 5, 16))).as("Saturday").isFalse();
		assertThat(this.france.isWorkingDay(LocalDate.of(2026, 5, 17))).as("Sunday").isFalse();
	}

	@Test
	void countsWorkingDaysAfterTheStartUpToTheEnd() {
		// Received Friday 2 May 2025, answered Tuesday 6 May: Monday and Tuesday.
		assertThat(this.france.workingDaysBetween(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 6))).isEqualTo(2);
		assertThat(this.france.workingDaysBetween(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 2))).isZero();
		// May 2026: 21 weekdays, four of them holidays (1, 8, 14 and 25 May).
		assertThat(this.france.workingDaysBetween(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31))).isEqualTo(17);
		assertThat(this.france.workingDaysBetween(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 4, 30))).isEqualTo(-17);
	}

	@Test
	void addsWorkingDaysSkippingTheMayHolidays() {
		// From Wednesday 30 April 2025: 1 and 8 May (Thursdays) are holidays.
		assertThat(this.france.addWorkingDays(LocalDate.of(2025, 4, 30), 5)).isEqualTo(LocalDate.of(2025, 5, 9));
		assertThat(this.france.addWorkingDays(LocalDate.of(2025, 4, 30), 0)).isEqualTo(LocalDate.of(2025, 4, 30));
		// Back from Tuesday 26 May 2026 over Whit Monday.
		assertThat(this.france.addWorkingDays(LocalDate.of(2026, 5, 26), -1)).isEqualTo(LocalDate.of(2026, 5, 22));
	}

	@Test
	void alsaceMoselleSkipsGoodFriday() {
		LocalDate maundyThursday = LocalDate.of(2026, 4, 2);
		assertThat(this.france.addWorkingDays(maundyThursday, 1)).isEqualTo(LocalDate.of(2026, 4, 3));
		assertThat(this.alsace.addWorkingDays(maundyThursday, 1)).isEqualTo(LocalDate.of(2026, 4, 7));
		// 26 December 2025 is a Friday.
		assertThat(this.france.workingDaysBetween(LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 31))).isEqualTo(4);
		assertThat(this.alsace.workingDaysBetween(LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 31))).isEqualTo(3);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 5, 15, 22, 250 })
	void addingThenCountingGivesBackTheSameNumber(int days) {
		LocalDate start = LocalDate.of(2026, 12, 23);
		assertThat(this.france.workingDaysBetween(start, this.france.addWorkingDays(start, days))).isEqualTo(days);
	}

}
