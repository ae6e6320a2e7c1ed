package fr.vigie.campaign.internal.planning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each auditor already has: tests per ISO week, dates per site (rotation) and time
 * windows per day (no double booking). Fed with past assignments, then with each
 * assignment the planner makes. State is kept per auditor so that a check costs a few map
 * look-ups (a national draw makes millions of them).
 */
public final class AssignmentLedger {

	/** Time to travel between two visits on the same day. */
	static final int TRAVEL_MINUTES = 30;

	private final Map<String, AuditorState> states = new HashMap<>();

	public void recordPast(PastAssignment past) {
		state(past.auditorId()).siteDates.computeIfAbsent(past.siteId(), (key) -> new ArrayList<>()).add(past.date());
	}

	public void record(String auditorId, DrawnSlot slot) {
		AuditorState state = state(auditorId);
		state.testsPerWeek.merge(week(slot.date()), 1, Integer::sum);
		state.siteDates.computeIfAbsent(slot.siteId(), (key) -> new ArrayList<>()).add(slot.date());
		if (slot.window() != null) {
			state.windowsPerDay.computeIfAbsent(slot.date(), (key) -> new ArrayList<>()).add(slot.window());
		}
		state.load++;
	}

	int testsInWeek(String auditorId, LocalDate date) {
		AuditorState state = this.states.get(auditorId);
		return (state == null) ? 0 : state.testsPerWeek.getOrDefault(week(date), 0);
	}

	boolean testedWithin(String auditorId, String siteId, LocalDate date, int days) {
		AuditorState state = this.states.get(auditorId);
		List<LocalDate> dates = (state == null) ? null : state.siteDates.get(siteId);
		if (dates == null || days == 0) {
			return false;
		}
		long day = date.toEpochDay();
		for (LocalDate other : dates) {
			if (Math.abs(other.toEpochDay() - day) < days) {
				return true;
			}
		}
		return false;
	}

	boolean busyDuring(String auditorId, LocalDate date, TimeRange window) {
		AuditorState state = this.states.get(auditorId);
		List<TimeRange> windows = (state == null || window == null) ? null : state.windowsPerDay.get(date);
		if (windows == null) {
			return false;
		}
		TimeRange padded = pad(window);
		for (TimeRange other : windows) {
			if (padded.overlaps(other)) {
				return true;
			}
		}
		return false;
	}

	int load(String auditorId) {
		AuditorState state = this.states.get(auditorId);
		return (state == null) ? 0 : state.load;
	}

	private AuditorState state(String auditorId) {
		return this.states.computeIfAbsent(auditorId, (key) -> new AuditorState());
	}

	private static TimeRange pad(TimeRange window) {
		int start = Math.max(0, window.start().toSecondOfDay() / 60 - TRAVEL_MINUTES);
		int end = Math.min(24 * 60 - 1, window.end().toSecondOfDay() / 60 + TRAVEL_MINUTES);
		return new TimeRange(LocalTime.ofSecondOfDay(start * 60L), LocalTime.ofSecondOfDay(end * 60L));
	}

	private static int week(LocalDate date) {
		return date.get(IsoFields.WEEK_BASED_YEAR) * 100 + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

	private static final class AuditorState {

		private final Map<Integer, Integer> testsPerWeek = new HashMap<>();

		private final Map<String, List<LocalDate>> siteDates = new HashMap<>();

		private final Map<LocalDate, List<TimeRange>> windowsPerDay = new HashMap<>();

		private int load;

	}

}
