package fr.vigie.organisation;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import fr.vigie.shared.UserFacingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeeklyHoursTests {

	private static TimeRange range(String text) {
		return TimeRange.parse(text);
	}

	@Test
	void readsSeveralRangesPerDayWithLunchBreaksAndPeakHours() {
		WeeklyHours hours = WeeklyHours.parse("Mo-Fr 08:30-12:00*, 13:30-17:00; Sa 09:00-12:00");
		assertThat(hours.on(DayOfWeek.WEDNESDAY)).containsExactly(
				new TimeRange(LocalTime.of(8, 30), LocalTime.of(12, 0), true),
				new TimeRange(LocalTime.of(13, 30), LocalTime.of(17, 0), false));
		assertThat(hours.on(DayOfWeek.SATURDAY)).containsExactly(range("09:00-12:00"));
		assertThat(hours.on(DayOfWeek.SUNDAY)).isEmpty();
	}

	@Test
	void readsFrenchDaysFrenchTimesAndWeeksThatWrapAround() {
		WeeklyHours hours = WeeklyHours.parse("lu,me 8h30-12h; sa-lu 13:00-14:00");
		assertThat(hours.on(DayOfWeek.MONDAY)).containsExactly(range("08:30-12:00"), range("13:00-14:00"));
		assertThat(hours.on(DayOfWeek.WEDNESDAY)).containsExactly(range("08:30-12:00"));
		assertThat(hours.on(DayOfWeek.SUNDAY)).containsExactly(range("13:00-14:00"));
		assertThat(hours.on(DayOfWeek.TUESDAY)).isEmpty();
	}

	@Test
	void formatsConsecutiveIdenticalDaysTogetherAndReadsItsOwnOutput() {
		WeeklyHours hours = WeeklyHours
			.parse("Mo 08:30-10:00*,10:00-12:00; Tu-Fr 08:30-12:00,13:30-17:00; " + "Sa 09:00-12:00*");
		String text = hours.format();
		assertThat(text).isEqualTo("Mo 08:30-10:00*,10:00-12:00; Tu-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00*");
		assertThat(WeeklyHours.parse(text)).isEqualTo(hours);
		assertThat(WeeklyHours.empty().format()).isEmpty();
	}

	@Test
	void refusesARangeEndingBeforeItStartsNamingTheDay() {
		assertThatThrownBy(() -> WeeklyHours.parse("Mo-Fr 12:00-08:00"))
			.isInstanceOfSatisfying(UserFacingException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("hours.endBeforeStart.day");
				assertThat(ex.arguments()).containsExactly(UserFacingException.label("day.MONDAY"), "12:00", "08:00");
			});
		assertThatThrownBy(() -> TimeRange.on(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(9, 0), false))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("hours.endBeforeStart.day"));
	}

	@Test
	void refusesOverlappingRangesNamingBoth() {
		assertThatThrownBy(() -> WeeklyHours.parse("Mo 08:00-12:00; Mo-Tu 11:30-14:00"))
			.isInstanceOfSatisfying(UserFacingException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("hours.overlap.day");
				assertThat(ex.arguments()).containsExactly(UserFacingException.label("day.MONDAY"), "08:00-12:00",
						"11:30-14:00");
			});
		assertThatThrownBy(() -> WeeklyHours
			.of(Map.of(DayOfWeek.THURSDAY, List.of(range("14:00-17:00"), range("09:00-12:00"), range("16:00-18:00")))))
			.isInstanceOfSatisfying(UserFacingException.class, (ex) -> assertThat(ex.arguments())
				.containsExactly(UserFacingException.label("day.THURSDAY"), "14:00-17:00", "16:00-18:00"));
	}

	@Test
	void rangesThatTouchDoNotOverlap() {
		WeeklyHours hours = WeeklyHours.parse("Mo 08:00-10:00*,10:00-12:00");
		assertThat(hours.on(DayOfWeek.MONDAY)).hasSize(2);
	}

	@Test
	void refusesUnknownDaysAndGarbledRanges() {
		assertThatThrownBy(() -> WeeklyHours.parse("Lundi 08:00-12:00")).isInstanceOfSatisfying(
				UserFacingException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("hours.unknownDay"));
		assertThatThrownBy(() -> WeeklyHours.parse("Mo 08:00 à 12:00")).isInstanceOfSatisfying(
				UserFacingException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("hours.syntax"));
		assertThatThrownBy(() -> WeeklyHours.parse("Mo 25:00-26:00")).isInstanceOfSatisfying(UserFacingException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("hours.syntax"));
		assertThatThrownBy(() -> WeeklyHours.parse("Mo-Fr")).isInstanceOfSatisfying(UserFacingException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("hours.syntax"));
	}

	@Test
	void aRangeContainsItsStartButNotItsEnd() {
		TimeRange morning = range("08:30-12:00");
		assertThat(morning.contains(LocalTime.of(8, 30))).isTrue();
		assertThat(morning.contains(LocalTime.of(11, 59))).isTrue();
		assertThat(morning.contains(LocalTime.of(12, 0))).isFalse();
	}

}
