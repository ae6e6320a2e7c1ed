package fr.vigie.campaign.internal.planning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import fr.vigie.shared.Channel;

/** Test calendar: open Monday–Friday 08:30–12:00 and 13:30–17:00, peak 08:30–10:00. */
record WeekdayHours(Set<LocalDate> holidays) implements SiteAvailability {

	static final TimeRange MORNING = new TimeRange(LocalTime.of(8, 30), LocalTime.of(12, 0));

	static final TimeRange AFTERNOON = new TimeRange(LocalTime.of(13, 30), LocalTime.of(17, 0));

	static final TimeRange PEAK = new TimeRange(LocalTime.of(8, 30), LocalTime.of(10, 0));

	@Override
	public List<TimeRange> openRanges(LocalDate date, Channel channel) {
		return isWorkingDay(date) ? List.of(MORNING, AFTERNOON) : List.of();
	}

	@Override
	public List<TimeRange> peakRanges(LocalDate date, Channel channel) {
		return isWorkingDay(date) ? List.of(PEAK) : List.of();
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		return date.getDayOfWeek().getValue() <= 5 && !this.holidays.contains(date);
	}

}
