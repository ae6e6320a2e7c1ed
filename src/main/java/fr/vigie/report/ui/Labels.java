package fr.vigie.report.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fr.vigie.report.ReportPeriod;
import fr.vigie.shared.UserFacingException;

/** Texts shared by the report screens, in the user's language. */
final class Labels {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private Labels() {
	}

	static String period(Component view, ReportPeriod period) {
		return period(period, locale(), view::getTranslation);
	}

	/** The period's label in {@code locale}, outside any view. */
	static String period(ReportPeriod period, Locale locale, Translator translator) {
		return switch (period.kind()) {
			case MONTH -> DateTimeFormatter.ofPattern("MMMM yyyy", locale)
				.format(LocalDate.of(period.year(), period.number(), 1));
			case QUARTER -> translator.translate("report.period.QUARTER", period.year(), period.number());
			case YEAR -> translator.translate("report.period.YEAR", period.year());
		};
	}

	/** A message lookup in one language. */
	@FunctionalInterface
	interface Translator {

		String translate(String key, Object... arguments);

	}

	/** The label of a stored period code, or the code itself if it cannot be read. */
	static String period(Component view, String code) {
		try {
			return period(view, ReportPeriod.parse(code));
		}
		catch (UserFacingException ex) {
			return code;
		}
	}

	static String dateTime(Component view, Instant instant) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale())
			.withZone(PARIS)
			.format(instant);
	}

	/**
	 * The current user's language (the session's UI, even before the view is attached).
	 */
	private static Locale locale() {
		UI ui = UI.getCurrent();
		return (ui != null) ? ui.getLocale() : Locale.FRANCE;
	}

	static String kilobytes(long bytes) {
		return Long.toString(Math.max(1, Math.round(bytes / 1024.0)));
	}

}
