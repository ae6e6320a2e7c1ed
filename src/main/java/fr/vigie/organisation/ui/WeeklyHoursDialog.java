package fr.vigie.organisation.ui;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.TimeRange;
import fr.vigie.organisation.WeeklyHours;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;

/**
 * Edits the usual hours of one channel, day by day. Impossible hours (end before start,
 * overlapping ranges) are refused with the day and the ranges named, and nothing typed is
 * lost.
 */
class WeeklyHoursDialog extends Dialog {

	private final Map<DayOfWeek, RangesEditor> days = new EnumMap<>(DayOfWeek.class);

	private final Paragraph error = new Paragraph();

	WeeklyHoursDialog(OrganisationManagement organisation, Site site, Channel channel, Consumer<Site> saved) {
		setHeaderTitle(getTranslation("hours.edit.title", getTranslation(channel.messageKey()), site.name()));
		addClassName("hours-dialog");
		WeeklyHours current = site.channel(channel).map((offer) -> offer.hours()).orElse(WeeklyHours.empty());
		this.error.addClassName("form-error");
		this.error.getElement().setAttribute("role", "alert");
		this.error.setVisible(false);
		add(new Paragraph(getTranslation("hours.edit.help")), this.error);
		for (DayOfWeek day : DayOfWeek.values()) {
			String dayName = getTranslation("day." + day.name());
			RangesEditor editor = new RangesEditor(day, dayName, current.on(day));
			this.days.put(day, editor);
			Div section = new Div(new H3(dayName), editor);
			section.addClassName("day-hours");
			if (day == DayOfWeek.MONDAY) {
				Button copy = new Button(getTranslation("hours.copyMonday"), (click) -> copyMonday());
				copy.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
				section.add(copy);
			}
			add(section);
		}
		Button save = new Button(getTranslation("action.save"), (click) -> {
			try {
				Site updated = organisation.setOpeningHours(site.id(), channel, hours(), site.version());
				Notifications.success(this, "hours.saved");
				saved.accept(updated);
				close();
			}
			catch (UserFacingException ex) {
				// Shown in the dialog (role=alert, so announced) rather than in a toast
				// that would
				// cover the dialog and vanish before the user has found the day to fix.
				this.error.setText(Notifications.text(this, ex.messageKey(), ex.arguments()));
				this.error.setVisible(true);
			}
		});
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), (click) -> close()), save);
	}

	private WeeklyHours hours() {
		Map<DayOfWeek, List<TimeRange>> ranges = new EnumMap<>(DayOfWeek.class);
		this.days.forEach((day, editor) -> ranges.put(day, editor.ranges()));
		return WeeklyHours.of(ranges);
	}

	private void copyMonday() {
		try {
			List<TimeRange> monday = this.days.get(DayOfWeek.MONDAY).ranges();
			for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
					DayOfWeek.FRIDAY)) {
				this.days.get(day).setRanges(monday);
			}
		}
		catch (UserFacingException ex) {
			Notifications.error(this, ex);
		}
	}

}
