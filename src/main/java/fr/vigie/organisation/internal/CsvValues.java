package fr.vigie.organisation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import fr.vigie.organisation.GeoPoint;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;

/** Parsing of the value types shared by the site and auditor CSV formats. */
final class CsvValues {

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private CsvValues() {
	}

	/** Items separated by "|" (or ","), blanks dropped. */
	static List<String> items(String value) {
		return Arrays.stream(value.split("[|,]")).map(String::strip).filter((item) -> !item.isEmpty()).toList();
	}

	static Set<Channel> channels(String value) {
		Set<Channel> channels = new LinkedHashSet<>();
		for (String item : items(value)) {
			channels.add(Channel.fromCode(item.toLowerCase(Locale.ROOT))
				.orElseThrow(() -> new UserFacingException("import.channel.unknown", item, channelCodes())));
		}
		return channels;
	}

	static String channelCodes() {
		return Arrays.stream(Channel.values()).map(Channel::code).collect(Collectors.joining(", "));
	}

	static String joinChannels(java.util.Collection<Channel> channels) {
		return channels.stream().sorted().map(Channel::code).collect(Collectors.joining("|"));
	}

	/** ISO dates (2026-07-14), or the French way (14/07/2026). */
	static LocalDate date(String value) {
		try {
			return value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new UserFacingException("import.date.invalid", value);
		}
	}

	static double number(String value) {
		try {
			return Double.parseDouble(value.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new UserFacingException("import.number.invalid", value);
		}
	}

	/** Both coordinates or none. */
	static GeoPoint position(String latitude, String longitude) {
		if (latitude.isEmpty() && longitude.isEmpty()) {
			return null;
		}
		if (latitude.isEmpty() || longitude.isEmpty()) {
			throw new UserFacingException("import.position.incomplete");
		}
		return new GeoPoint(number(latitude), number(longitude));
	}

	static String coordinate(double value) {
		return String.format(Locale.ROOT, "%.6f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
	}

	static boolean yesNo(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "oui", "o", "yes", "y", "true", "1", "vrai" -> true;
			case "non", "n", "no", "false", "0", "faux" -> false;
			default -> throw new UserFacingException("import.boolean.invalid", value);
		};
	}

	static List<String> asList(String... values) {
		return new ArrayList<>(List.of(values));
	}

}
