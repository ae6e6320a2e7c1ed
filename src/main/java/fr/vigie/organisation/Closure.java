package fr.vigie.organisation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;

/**
 * Days a site is closed (summer closure, works, strike…), both ends included. With no
 * channel listed the whole site is closed; otherwise only those channels are (the counter
 * may close for works while the phone line stays open).
 */
public record Closure(LocalDate from, LocalDate to, Set<Channel> channels, String reason) {

	static final int MAX_REASON = 200;

	public Closure {
		if (from == null || to == null) {
			throw new UserFacingException("closure.dates.required");
		}
		if (to.isBefore(from)) {
			throw new UserFacingException("closure.endBeforeStart", from, to);
		}
		if (reason == null || reason.isBlank()) {
			throw new UserFacingException("closure.reason.required");
		}
		reason = reason.strip();
		if (reason.length() > MAX_REASON) {
			throw new UserFacingException("text.tooLong", MAX_REASON);
		}
		channels = (channels != null) ? Set.copyOf(channels) : Set.of();
	}

	public boolean covers(LocalDate date, Channel channel) {
		Objects.requireNonNull(date, "date");
		return !date.isBefore(this.from) && !date.isAfter(this.to)
				&& (this.channels.isEmpty() || this.channels.contains(channel));
	}

	public boolean appliesToAllChannels() {
		return this.channels.isEmpty();
	}

}
