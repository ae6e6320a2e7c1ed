package fr.vigie.organisation;

import java.util.Objects;

import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;

/**
 * A channel a site offers, with its contact point (optional: a counter is reached at the
 * site's address) and its usual hours (empty when not published).
 */
public record ChannelOffer(Channel channel, ContactPoint contact, WeeklyHours hours) {

	public ChannelOffer {
		Objects.requireNonNull(channel, "channel");
		if (contact != null && !contact.isAllowedFor(channel)) {
			throw new UserFacingException("contact.kindNotAllowed",
					UserFacingException.label(contact.kind().messageKey()),
					UserFacingException.label(channel.messageKey()));
		}
		hours = (hours != null) ? hours : WeeklyHours.empty();
	}

	ChannelOffer withContact(ContactPoint newContact) {
		return new ChannelOffer(this.channel, newContact, this.hours);
	}

	ChannelOffer withHours(WeeklyHours newHours) {
		return new ChannelOffer(this.channel, this.contact, newHours);
	}

}
