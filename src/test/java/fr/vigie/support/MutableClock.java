package fr.vigie.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests move by hand, shared by every application context of a test. */
public final class MutableClock extends Clock {

	public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private volatile Instant now;

	public MutableClock(LocalDateTime parisTime) {
		set(parisTime);
	}

	public void set(LocalDateTime parisTime) {
		this.now = parisTime.atZone(PARIS).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return PARIS;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
