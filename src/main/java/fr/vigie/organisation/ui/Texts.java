package fr.vigie.organisation.ui;

import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.vigie.identity.Role;
import fr.vigie.organisation.ImportNotice;
import fr.vigie.organisation.ImportProblem;
import fr.vigie.organisation.TimeRange;
import fr.vigie.shared.Channel;
import fr.vigie.shared.ui.Notifications;

/** Formatting shared by the screens of this module, in the user's language. */
final class Texts {

	private Texts() {
	}

	static boolean canEdit(AuthenticationContext authentication) {
		return authentication.hasAnyRole(Role.Names.QUALITY_MANAGER, Role.Names.ADMIN);
	}

	static String channels(Component source, Collection<Channel> channels) {
		return channels.stream()
			.sorted()
			.map((channel) -> source.getTranslation(channel.messageKey()))
			.collect(Collectors.joining(", "));
	}

	/** {@code 08:30–12:00 (affluence), 13:30–17:00}; "closed" when empty. */
	static String ranges(Component source, List<TimeRange> ranges) {
		if (ranges.isEmpty()) {
			return source.getTranslation("hours.closed");
		}
		return ranges.stream()
			.map((range) -> range.start().format(TIME) + "–" + range.end().format(TIME)
					+ (range.peak() ? " (" + source.getTranslation("hours.peak").toLowerCase(locale(source)) + ")"
							: ""))
			.collect(Collectors.joining(", "));
	}

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	static String date(Component source, LocalDate date) {
		return (date == null) ? ""
				: date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(source)));
	}

	static Locale locale(Component source) {
		com.vaadin.flow.component.UI ui = source.getUI().orElse(com.vaadin.flow.component.UI.getCurrent());
		return (ui != null && ui.getLocale() != null) ? ui.getLocale() : Locale.FRENCH;
	}

	static String problem(Component source, ImportProblem problem) {
		return Notifications.text(source, problem.messageKey(), problem.arguments().toArray());
	}

	static String notice(Component source, ImportNotice notice) {
		return Notifications.text(source, notice.messageKey(), notice.arguments().toArray());
	}

	/** Month and day names in the user's language, weeks starting on Monday. */
	static DatePicker localized(DatePicker picker, Component source) {
		Locale locale = locale(source);
		DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
		picker.setLocale(locale);
		picker.setI18n(new DatePicker.DatePickerI18n().setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
			.setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
			.setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
			.setFirstDayOfWeek(1)
			.setDateFormats(locale.getLanguage().equals("fr") ? "dd/MM/yyyy" : "yyyy-MM-dd", "yyyy-MM-dd", "dd/MM/yyyy")
			.setToday(source.getTranslation("datePicker.today"))
			.setCancel(source.getTranslation("action.cancel")));
		return picker;
	}

}
