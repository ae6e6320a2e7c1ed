package fr.vigie.organisation.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.vigie.organisation.ChannelOffer;
import fr.vigie.organisation.ExceptionalHours;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.TimeRange;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;

/** Sets the hours of one date (or closes it), for one channel or all of them. */
class ExceptionalHoursDialog extends Dialog {

	ExceptionalHoursDialog(OrganisationManagement organisation, Site site, Consumer<Site> saved) {
		setHeaderTitle(getTranslation("exceptional.add"));
		DatePicker date = Texts.localized(new DatePicker(getTranslation("exceptional.date")), this);
		date.setRequiredIndicatorVisible(true);
		Select<Channel> channel = new Select<>();
		channel.setLabel(getTranslation("site.channel"));
		channel.setItems(site.channels().stream().map(ChannelOffer::channel).toList());
		channel.setItemLabelGenerator((value) -> (value != null) ? getTranslation(value.messageKey()) : "");
		channel.setEmptySelectionAllowed(true);
		channel.setEmptySelectionCaption(getTranslation("exceptional.allChannels"));
		Checkbox closed = new Checkbox(getTranslation("exceptional.closedAllDay"));
		RangesEditor ranges = new RangesEditor(null, getTranslation("exceptional.date"),
				List.of(TimeRange.parse("09:00-12:00")));
		closed.addValueChangeListener((event) -> ranges.setVisible(!event.getValue()));
		TextField reason = new TextField(getTranslation("exceptional.reason"));
		reason.setRequiredIndicatorVisible(true);
		reason.setPlaceholder(getTranslation("exceptional.reason.placeholder"));
		add(new FormLayout(date, channel, reason, closed), new Paragraph(getTranslation("exceptional.help")), ranges);
		Button save = new Button(getTranslation("action.save"), (click) -> {
			try {
				List<TimeRange> chosen = closed.getValue() ? List.of() : ranges.ranges();
				if (!closed.getValue() && chosen.isEmpty()) {
					throw new UserFacingException("exceptional.noRange");
				}
				ExceptionalHours hours = new ExceptionalHours(date.getValue(), channel.getValue(), chosen,
						reason.getValue());
				Site updated = organisation.setExceptionalHours(site.id(), hours, site.version());
				Notifications.success(this, "exceptional.saved");
				saved.accept(updated);
				close();
			}
			catch (UserFacingException ex) {
				Notifications.error(this, ex);
			}
		});
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), (click) -> close()), save);
	}

}
