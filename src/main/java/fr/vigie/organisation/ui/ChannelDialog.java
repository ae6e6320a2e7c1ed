package fr.vigie.organisation.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.vigie.organisation.ChannelOffer;
import fr.vigie.organisation.ContactKind;
import fr.vigie.organisation.ContactPoint;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.Site;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;

/**
 * Adds a channel to a site or changes its contact point. The phone number, e-mail or
 * address is checked and put in its usual form; the counter's contact may stay empty
 * (users come to the site's address).
 */
class ChannelDialog extends Dialog {

	private final Select<Channel> channel = new Select<>();

	private final Select<ContactKind> kind = new Select<>();

	private final TextField contact = new TextField();

	ChannelDialog(OrganisationManagement organisation, Site site, Channel existing, Consumer<Site> saved) {
		setHeaderTitle(getTranslation((existing == null) ? "channels.add" : "channels.editContact"));
		this.channel.setLabel(getTranslation("site.channel"));
		this.channel.setItemLabelGenerator((value) -> (value != null) ? getTranslation(value.messageKey()) : "");
		List<Channel> choices = (existing != null) ? List.of(existing)
				: Arrays.stream(Channel.values()).filter((value) -> !site.offers(value)).toList();
		this.channel.setItems(choices);
		this.channel.setReadOnly(existing != null);
		this.kind.setLabel(getTranslation("contact.kind"));
		this.kind.setItemLabelGenerator((value) -> (value != null) ? getTranslation(value.messageKey()) : "");
		this.contact.setLabel(getTranslation("contact.value"));
		this.contact.setClearButtonVisible(true);
		this.channel.addValueChangeListener((event) -> {
			if (event.getValue() != null) {
				List<ContactKind> kinds = ContactKind.allowedFor(event.getValue());
				this.kind.setItems(kinds);
				this.kind.setValue(kinds.get(0));
				this.kind.setReadOnly(kinds.size() == 1);
			}
		});
		this.kind.addValueChangeListener((event) -> {
			if (event.getValue() != null) {
				this.contact.setHelperText(getTranslation("contact.help." + event.getValue().name()));
			}
		});
		if (!choices.isEmpty()) {
			this.channel.setValue(choices.get(0));
		}
		if (existing != null) {
			site.channel(existing).map(ChannelOffer::contact).ifPresent((value) -> {
				this.kind.setValue(value.kind());
				this.contact.setValue(value.value());
			});
		}
		add(new FormLayout(this.channel, this.kind, this.contact));
		Button save = new Button(getTranslation("action.save"), (click) -> {
			try {
				if (this.channel.getValue() == null) {
					throw new UserFacingException("channels.noneLeft");
				}
				ContactPoint point = this.contact.getValue().isBlank() ? null
						: new ContactPoint(this.kind.getValue(), this.contact.getValue());
				Site updated = organisation.offerChannel(site.id(), this.channel.getValue(), point, site.version());
				Notifications.success(this, "channels.saved");
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
