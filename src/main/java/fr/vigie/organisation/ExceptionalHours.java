package fr.vigie.organisation;

import java.time.LocalDate;
import java.util.List;

import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;

/**
 * Hours that replace the usual ones on one date (Christmas Eve, an election day…), for
 * one channel or, when {@code channel} is null, for all of them. No range means closed
 * that day.
 */
public record ExceptionalHours(LocalDate date, Channel channel, List<TimeRange> ranges, String reason) {

	public ExceptionalHours {
		if (date == null) {
			throw new UserFacingException("exceptionalHours.date.required");
		}
		ranges = DayHours.sortedWithoutOverlap(ranges, null);
		if (reason == null || reason.isBlank()) {
			throw new UserFacingException("exceptionalHours.reason.required");
		}
		reason = reason.strip();
		if (reason.length() > Closure.MAX_REASON) {
			throw new UserFacingException("text.tooLong", Closure.MAX_REASON);
		}
	}

	public boolean isClosedAllDay() {
		return this.ranges.isEmpty();
	}

	boolean sameSlot(LocalDate otherDate, Channel otherChannel) {
		return this.date.equals(otherDate) && this.channel == otherChannel;
	}

}
