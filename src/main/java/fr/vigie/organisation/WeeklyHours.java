package fr.vigie.organisation;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import fr.vigie.shared.UserFacingException;

/**
 * The usual opening hours of one channel of a site, per weekday; several ranges a day for
 * lunch breaks, some flagged as peak hours. Empty means "not published".
 * <p>
 * Text form (CSV files), the OpenStreetMap {@code opening_hours} subset plus a {@code *}
 * for peak ranges: {@code Mo-Fr 08:30-12:00*,13:30-17:00; Sa 09:00-12:00}. French day
 * abbreviations ({@code lu ma me je ve sa di}) are read too.
 */
public record WeeklyHours(List<DayHours> days) {

	private static final String[] OSM_DAYS = { "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su" };

	private static final String[] FRENCH_DAYS = { "lu", "ma", "me", "je", "ve", "sa", "di" };

	public WeeklyHours {
		Map<DayOfWeek, List<TimeRange>> byDay = new EnumMap<>(DayOfWeek.class);
		for (DayHours day : (days != null) ? days : List.<DayHours>of()) {
			Objects.requireNonNull(day, "day");
			byDay.computeIfAbsent(day.day(), (key) -> new ArrayList<>()).addAll(day.ranges());
		}
		days = byDay.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().isEmpty())
			.map((entry) -> new DayHours(entry.getKey(), entry.getValue()))
			.toList();
	}

	public static WeeklyHours empty() {
		return new WeeklyHours(List.of());
	}

	public static WeeklyHours of(Map<DayOfWeek, List<TimeRange>> ranges) {
		return new WeeklyHours(
				ranges.entrySet().stream().map((entry) -> new DayHours(entry.getKey(), entry.getValue())).toList());
	}

	public boolean isEmpty() {
		return this.days.isEmpty();
	}

	/** The ranges of {@code day}, empty when closed. */
	public List<TimeRange> on(DayOfWeek day) {
		return this.days.stream()
			.filter((hours) -> hours.day() == day)
			.findFirst()
			.map(DayHours::ranges)
			.orElse(List.of());
	}

	/**
	 * Reads the text form.
	 * @throws UserFacingException {@code hours.syntax}, {@code hours.unknownDay},
	 * {@code hours.endBeforeStart.day} or {@code hours.overlap.day}
	 */
	public static WeeklyHours parse(String text) {
		if (text == null || text.isBlank()) {
			return empty();
		}
		Map<DayOfWeek, List<TimeRange>> ranges = new EnumMap<>(DayOfWeek.class);
		for (String rule : text.split(";")) {
			String trimmed = rule.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			int firstDigit = 0;
			while (firstDigit < trimmed.length() && !Character.isDigit(trimmed.charAt(firstDigit))) {
				firstDigit++;
			}
			String daysText = trimmed.substring(0, firstDigit).strip();
			if (daysText.isEmpty() || firstDigit == trimmed.length()) {
				throw new UserFacingException("hours.syntax", trimmed);
			}
			List<DayOfWeek> days = parseDays(daysText);
			for (String token : trimmed.substring(firstDigit).split(",")) {
				TimeRange range = parseRange(token, days.get(0));
				for (DayOfWeek day : days) {
					ranges.computeIfAbsent(day, (key) -> new ArrayList<>()).add(range);
				}
			}
		}
		return of(ranges);
	}

	private static TimeRange parseRange(String token, DayOfWeek day) {
		try {
			return TimeRange.parse(token);
		}
		catch (UserFacingException ex) {
			if (ex.messageKey().equals("hours.endBeforeStart")) {
				Object[] arguments = ex.arguments();
				throw new UserFacingException("hours.endBeforeStart.day", TimeRange.dayLabel(day), arguments[0],
						arguments[1]);
			}
			throw ex;
		}
	}

	/**
	 * Reads days such as {@code Mo-Fr}, {@code lu,me,ve} or {@code Sa-Mo} (wrapping round
	 * the week), in the order written.
	 */
	public static List<DayOfWeek> parseDays(String text) {
		List<DayOfWeek> days = new ArrayList<>();
		for (String part : text.split(",")) {
			String[] bounds = part.split("-", -1);
			if (bounds.length > 2) {
				throw new UserFacingException("hours.syntax", text);
			}
			DayOfWeek from = day(bounds[0], text);
			DayOfWeek to = (bounds.length == 2) ? day(bounds[1], text) : from;
			DayOfWeek day = from;
			while (true) {
				if (!days.contains(day)) {
					days.add(day);
				}
				if (day == to) {
					break;
				}
				day = day.plus(1);
			}
		}
		return days;
	}

	private static DayOfWeek day(String token, String context) {
		String needle = token.strip().toLowerCase(Locale.ROOT);
		for (int i = 0; i < 7; i++) {
			if (OSM_DAYS[i].toLowerCase(Locale.ROOT).equals(needle) || FRENCH_DAYS[i].equals(needle)) {
				return DayOfWeek.of(i + 1);
			}
		}
		throw new UserFacingException("hours.unknownDay", token.strip(), context);
	}

	/** The text form, consecutive days with the same ranges grouped ({@code Mo-Fr}). */
	public String format() {
		List<String> rules = new ArrayList<>();
		DayOfWeek day = DayOfWeek.MONDAY;
		int index = 0;
		while (index < 7) {
			List<TimeRange> ranges = on(day);
			int end = index;
			while (end + 1 < 7 && !ranges.isEmpty() && on(DayOfWeek.of(end + 2)).equals(ranges)) {
				end++;
			}
			if (!ranges.isEmpty()) {
				String days = (end == index) ? OSM_DAYS[index] : OSM_DAYS[index] + "-" + OSM_DAYS[end];
				rules.add(days + " " + ranges.stream().map(TimeRange::format).collect(Collectors.joining(",")));
			}
			index = end + 1;
			day = DayOfWeek.of(Math.min(index + 1, 7));
		}
		return String.join("; ", rules);
	}

}
