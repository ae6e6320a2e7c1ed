package fr.vigie.report.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.vigie.report.ReportPeriod;
import fr.vigie.report.Score;
import fr.vigie.shared.Channel;

/**
 * French formatting of what reports print: marks with a decimal comma, percentages and
 * units after a narrow no-break space, dates in words, Paris time.
 */
final class Formats {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Locale FRENCH = Locale.FRANCE;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", FRENCH);

	private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", FRENCH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", FRENCH);

	private static final String[] MONTHS = { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
			"septembre", "octobre", "novembre", "décembre" };

	private Formats() {
	}

	/** {@code 8,2} */
	static String mark(double mark) {
		return String.format(FRENCH, "%.1f", mark);
	}

	/** A threshold or band limit: {@code 7/10}, {@code 8,5/10}. */
	static String limit(double mark) {
		return mark(mark).replace(",0", "") + "/10";
	}

	/** {@code 7,6 – 8,7} */
	static String interval(Score score) {
		return mark(score.lower()) + " – " + mark(score.upper());
	}

	/** {@code 92 %} with a narrow no-break space. */
	static String percent(double percent) {
		return Math.round(percent) + "\u202F%";
	}

	static String count(int value) {
		String digits = Integer.toString(Math.abs(value));
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				out.append('\u202F');
			}
			out.append(digits.charAt(i));
		}
		return (value < 0 ? "-" : "") + out;
	}

	/** {@code 7 juillet 2026} */
	static String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "—";
	}

	static String shortDate(LocalDate date) {
		return (date != null) ? SHORT_DATE.format(date) : "—";
	}

	/** {@code 7 juillet 2026 à 09h00} (Paris time). */
	static String dateTime(Instant instant) {
		var local = instant.atZone(PARIS);
		return DATE.format(local) + " à " + TIME.format(local);
	}

	/** {@code 2e trimestre 2026}, {@code mai 2026}, {@code année 2026}. */
	static String period(ReportPeriod period) {
		return switch (period.kind()) {
			case MONTH -> MONTHS[period.number() - 1] + " " + period.year();
			case QUARTER -> ((period.number() == 1) ? "1er" : period.number() + "e") + " trimestre " + period.year();
			case YEAR -> "année " + period.year();
		};
	}

	/** {@code du 1er avril au 30 juin 2026} (periods never cross a year). */
	static String periodSpan(ReportPeriod period) {
		return "du " + dayOfMonth(period.start()) + " au " + date(period.end());
	}

	private static String dayOfMonth(LocalDate date) {
		String day = (date.getDayOfMonth() == 1) ? "1er" : Integer.toString(date.getDayOfMonth());
		return day + " " + MONTHS[date.getMonthValue() - 1];
	}

	static String channel(Channel channel) {
		return switch (channel) {
			case COUNTER -> "Accueil physique";
			case PHONE -> "Téléphone";
			case LETTER -> "Courrier";
			case EMAIL -> "Courriel / formulaire";
			case WEBSITE -> "Site internet";
			case CHAT -> "Chat";
			case SOCIAL_MEDIA -> "Réseaux sociaux";
		};
	}

}
