package fr.vigie.organisation.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.vigie.organisation.ChannelOffer;
import fr.vigie.organisation.Closure;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.Site;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;

/** Records days a site (or some of its channels) is closed. */
class ClosureDialog extends Dialog {

	ClosureDialog(OrganisationManagement organisation, Site site, Consumer<Site> saved) {
		setHeaderTitle(getTranslation("closures.add"));
		DatePicker from = Texts.localized(new DatePicker(getTranslation("closures.from")), this);
		DatePicker to = Texts.localized(new DatePicker(getTranslation("closures.to")), this);
		from.setRequiredIndicatorVisible(true);
		to.setRequiredIndicatorVisible(true);
		from.addValueChangeListener((event) -> {
			if (to.getValue() == null) {
				to.setValue(event.getValue());
			}
		});
		TextField reason = new TextField(getTranslation("closures.reason"));
		reason.setRequiredIndicatorVisible(true);
		reason.setPlaceholder(getTranslation("closures.reason.placeholder"));
		MultiSelectComboBox<Channel> channels = new MultiSelectComboBox<>(getTranslation("closures.channels"));
		channels.setItems(site.channels().stream().map(ChannelOffer::channel).toList());
		channels.setItemLabelGenerator((channel) -> getTranslation(channel.messageKey()));
		channels.setHelperText(getTranslation("closures.channels.help"));
		add(new FormLayout(from, to, reason, channels));
		Button save = new Button(getTranslation("action.save"), (click) -> {
			try {
				Closure closure = new Closure(from.getValue(), to.getValue(), channels.getValue(), reason.getValue());
				Site updated = organisation.addClosure(site.id(), closure, site.version());
				Notifications.success(this, "closures.saved");
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
