package fr.vigie.campaign.internal.planning;

import java.time.LocalTime;

/** A half-open interval of the day, [start, end). */
public record TimeRange(LocalTime start, LocalTime end) {

	public TimeRange {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("end " + end + " must be after start " + start);
		}
	}

	public int minutes() {
		return (this.end.toSecondOfDay() - this.start.toSecondOfDay()) / 60;
	}

	public boolean contains(TimeRange other) {
		return !other.start.isBefore(this.start) && !other.end.isAfter(this.end);
	}

	public boolean overlaps(TimeRange other) {
		return this.start.isBefore(other.end) && other.start.isBefore(this.end);
	}

	/** The part of this range inside {@code other}, or null. */
	public TimeRange intersect(TimeRange other) {
		LocalTime from = this.start.isAfter(other.start) ? this.start : other.start;
		LocalTime to = this.end.isBefore(other.end) ? this.end : other.end;
		return to.isAfter(from) ? new TimeRange(from, to) : null;
	}

}
