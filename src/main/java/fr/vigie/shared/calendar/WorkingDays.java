package fr.vigie.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days (jours ouvrés): Monday to Friday, public holidays excluded. This is the
 * unit of the reply delays in the referentials ("réponse sous 5 jours ouvrés").
 */
public final class WorkingDays {

	private final HolidayCalendar calendar;

	public WorkingDays(HolidayCalendar calendar) {
		this.calendar = Objects.requireNonNull(calendar, "calendar");
	}

	public static WorkingDays france() {
		return new WorkingDays(HolidayCalendar.FRANCE);
	}

	public HolidayCalendar calendar() {
		return this.calendar;
	}

	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !FrenchHolidays.isHoliday(date, this.calendar);
	}

	/**
	 * Working days elapsed from {@code start} to {@code end}: those after {@code start}
	 * up to and including {@code end}. A letter received on Friday 2 May 2025 and
	 * answered on Tuesday 6 May took 2 working days; answered the same day, 0. Negative
	 * when {@code end} is before {@code start}.
	 */
	public int workingDaysBetween(LocalDate start, LocalDate end) {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (end.isBefore(start)) {
			return -workingDaysBetween(end, start);
		}
		int count = 0;
		for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The {@code n}-th working day after {@code date} ({@code date} itself when {@code n}
	 * is 0; counting backwards when negative), so that
	 * {@code workingDaysBetween(date, addWorkingDays(date, n)) == n} for any
	 * {@code n >= 0}. A deadline of 5 working days for a request received on {@code date}
	 * is {@code addWorkingDays(date, 5)}.
	 */
	public LocalDate addWorkingDays(LocalDate date, int n) {
		Objects.requireNonNull(date, "date");
		int step = (n >= 0) ? 1 : -1;
		int remaining = Math.abs(n);
		LocalDate day = date;
		while (remaining > 0) {
			day = day.plusDays(step);
			if (isWorkingDay(day)) {
				remaining--;
			}
		}
		return day;
	}

}
