package fr.vigie.organisation;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import fr.vigie.shared.UserFacingException;

/**
 * The ranges of one weekday, in time order and never overlapping (two ranges may touch:
 * 08:00-10:00 then 10:00-12:00 is how a peak hour is cut out of a morning).
 */
public record DayHours(DayOfWeek day, List<TimeRange> ranges) {

	public DayHours {
		Objects.requireNonNull(day, "day");
		ranges = sortedWithoutOverlap(ranges, day);
	}

	static List<TimeRange> sortedWithoutOverlap(List<TimeRange> ranges, DayOfWeek day) {
		List<TimeRange> sorted = new ArrayList<>((ranges != null) ? ranges : List.of());
		sorted.sort(Comparator.comparing(TimeRange::start));
		for (int i = 1; i < sorted.size(); i++) {
			TimeRange previous = sorted.get(i - 1);
			TimeRange current = sorted.get(i);
			if (previous.overlaps(current)) {
				if (day == null) {
					throw new UserFacingException("hours.overlap", previous.format(), current.format());
				}
				throw new UserFacingException("hours.overlap.day", TimeRange.dayLabel(day), previous.format(),
						current.format());
			}
		}
		return List.copyOf(sorted);
	}

}
