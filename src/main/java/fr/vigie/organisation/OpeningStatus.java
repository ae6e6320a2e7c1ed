package fr.vigie.organisation;

/**
 * Whether a channel of a site is open at a given moment, and why not when it is closed.
 *
 * @param open users are served at that moment
 * @param reason why it is open or closed
 * @param peak the moment falls in a published peak range
 * @param detail the closure reason, the exceptional-hours reason or the holiday's message
 * key; empty otherwise
 */
public record OpeningStatus(boolean open, Reason reason, boolean peak, String detail) {

	static OpeningStatus openNow(boolean peak, String detail) {
		return new OpeningStatus(true, Reason.OPEN, peak, detail);
	}

	static OpeningStatus closed(Reason reason, String detail) {
		return new OpeningStatus(false, reason, false, detail);
	}

	public enum Reason {

		/** Within the usual or the exceptional hours. */
		OPEN,
		/** The site does not offer this channel. */
		NOT_OFFERED,
		/** A closure covers the date. */
		CLOSURE,
		/** A public holiday of the site's calendar, with no exceptional hours set. */
		PUBLIC_HOLIDAY,
		/** Exceptional hours replace the usual ones that day, and exclude this moment. */
		EXCEPTIONAL_HOURS,
		/** Outside the usual hours. */
		OUTSIDE_HOURS,
		/**
		 * No hours are published for this channel (e-mail, letter, or not yet entered).
		 */
		HOURS_NOT_SET;

		public String messageKey() {
			return "openingStatus." + name();
		}

	}

}
