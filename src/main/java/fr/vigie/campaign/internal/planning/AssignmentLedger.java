package fr.vigie.campaign.internal.planning;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each auditor already has: tests per ISO week, dates per site (rotation) and time
 * windows per day (no double booking). Fed with past assignments, then with each
 * assignment the planner makes.
 */
public final class AssignmentLedger {

	/** Time to travel between two visits on the same day. */
	static final int TRAVEL_MINUTES = 30;

	private final Map<String, Integer> testsPerWeek = new HashMap<>();

	private final Map<String, List<LocalDate>> datesPerSite = new HashMap<>();

	private final Map<String, List<TimeRange>> windowsPerDay = new HashMap<>();

	private final Map<String, Integer> load = new HashMap<>();

	public void recordPast(PastAssignment past) {
		this.datesPerSite.computeIfAbsent(past.auditorId() + '|' + past.siteId(), (key) -> new ArrayList<>())
			.add(past.date());
	}

	public void record(String auditorId, DrawnSlot slot) {
		this.testsPerWeek.merge(weekKey(auditorId, slot.date()), 1, Integer::sum);
		this.datesPerSite.computeIfAbsent(auditorId + '|' + slot.siteId(), (key) -> new ArrayList<>()).add(slot.date());
		if (slot.window() != null) {
			this.windowsPerDay.computeIfAbsent(auditorId + '|' + slot.date(), (key) -> new ArrayList<>())
				.add(slot.window());
		}
		this.load.merge(auditorId, 1, Integer::sum);
	}

	int testsInWeek(String auditorId, LocalDate date) {
		return this.testsPerWeek.getOrDefault(weekKey(auditorId, date), 0);
	}

	boolean testedWithin(String auditorId, String siteId, LocalDate date, int days) {
		List<LocalDate> dates = this.datesPerSite.get(auditorId + '|' + siteId);
		if (dates == null || days == 0) {
			return false;
		}
		return dates.stream().anyMatch((other) -> Math.abs(other.toEpochDay() - date.toEpochDay()) < days);
	}

	boolean busyDuring(String auditorId, LocalDate date, TimeRange window) {
		List<TimeRange> windows = this.windowsPerDay.get(auditorId + '|' + date);
		if (windows == null || window == null) {
			return false;
		}
		TimeRange padded = pad(window);
		return windows.stream().anyMatch(padded::overlaps);
	}

	int load(String auditorId) {
		return this.load.getOrDefault(auditorId, 0);
	}

	private static TimeRange pad(TimeRange window) {
		var start = window.start().minusMinutes(TRAVEL_MINUTES);
		var end = window.end().plusMinutes(TRAVEL_MINUTES);
		if (start.isAfter(window.start())) {
			start = java.time.LocalTime.MIN;
		}
		if (end.isBefore(window.end())) {
			end = java.time.LocalTime.MAX;
		}
		return new TimeRange(start, end);
	}

	private static String weekKey(String auditorId, LocalDate date) {
		return auditorId + '|' + date.get(IsoFields.WEEK_BASED_YEAR) + '-'
				+ date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

}
