package fr.vigie.organisation;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.vigie.shared.UserFacingException;

/**
 * An opening range within a day, from {@code start} (included) to {@code end} (excluded),
 * to the minute. {@code peak} marks the busy hours a site publishes ("heures
 * d'affluence"), which mystery tests either aim at or avoid.
 */
public record TimeRange(LocalTime start, LocalTime end, boolean peak) {

	static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	/** {@code 08:30-12:00}, {@code 8h30-12h}, {@code 13:30-17:00*} ("*" = peak). */
	private static final Pattern TEXT = Pattern.compile(
			"(\\d{1,2})(?:[:h](\\d{2})?)?\\s*-\\s*(\\d{1,2})(?:[:h](\\d{2})?)?\\s*(\\*)?", Pattern.CASE_INSENSITIVE);

	public TimeRange {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		start = start.truncatedTo(ChronoUnit.MINUTES);
		end = end.truncatedTo(ChronoUnit.MINUTES);
		if (!end.isAfter(start)) {
			throw new UserFacingException("hours.endBeforeStart", start.format(HH_MM), end.format(HH_MM));
		}
	}

	/** Same as the constructor, with the day named in the refusal message. */
	public static TimeRange on(DayOfWeek day, LocalTime start, LocalTime end, boolean peak) {
		if (start == null || end == null) {
			throw new UserFacingException("hours.incomplete", dayLabel(day));
		}
		if (!end.truncatedTo(ChronoUnit.MINUTES).isAfter(start.truncatedTo(ChronoUnit.MINUTES))) {
			throw new UserFacingException("hours.endBeforeStart.day", dayLabel(day), start.format(HH_MM),
					end.format(HH_MM));
		}
		return new TimeRange(start, end, peak);
	}

	public static TimeRange parse(String text) {
		Matcher matcher = TEXT.matcher((text == null) ? "" : text.strip());
		if (!matcher.matches()) {
			throw new UserFacingException("hours.syntax", (text == null) ? "" : text.strip());
		}
		LocalTime start = time(matcher.group(1), matcher.group(2), text);
		LocalTime end = time(matcher.group(3), matcher.group(4), text);
		return new TimeRange(start, end, matcher.group(5) != null);
	}

	private static LocalTime time(String hours, String minutes, String text) {
		int h = Integer.parseInt(hours);
		int m = (minutes != null) ? Integer.parseInt(minutes) : 0;
		if (h > 23 || m > 59) {
			throw new UserFacingException("hours.syntax", text.strip());
		}
		return LocalTime.of(h, m);
	}

	public boolean contains(LocalTime time) {
		return !time.isBefore(this.start) && time.isBefore(this.end);
	}

	public boolean overlaps(TimeRange other) {
		return this.start.isBefore(other.end) && other.start.isBefore(this.end);
	}

	/** {@code 08:30-12:00}, with a trailing {@code *} for peak hours. */
	public String format() {
		return this.start.format(HH_MM) + "-" + this.end.format(HH_MM) + (this.peak ? "*" : "");
	}

	static UserFacingException.Label dayLabel(DayOfWeek day) {
		return UserFacingException.label("day." + day.name());
	}

}
