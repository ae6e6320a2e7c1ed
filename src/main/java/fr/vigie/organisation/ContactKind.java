package fr.vigie.organisation;

import java.util.List;

import fr.vigie.shared.Channel;

/** How a channel is reached: the kind of contact point a site publishes for it. */
public enum ContactKind {

	PHONE_NUMBER, EMAIL_ADDRESS, WEB_FORM_URL, POSTAL_ADDRESS, WEBSITE_URL;

	/**
	 * Contact kinds that make sense for a channel; the first is the usual one. A counter
	 * may give a visit address when it differs from the site's address.
	 */
	public static List<ContactKind> allowedFor(Channel channel) {
		return switch (channel) {
			case COUNTER, LETTER -> List.of(POSTAL_ADDRESS);
			case PHONE -> List.of(PHONE_NUMBER);
			case EMAIL -> List.of(EMAIL_ADDRESS, WEB_FORM_URL);
			case WEBSITE, CHAT, SOCIAL_MEDIA -> List.of(WEBSITE_URL);
		};
	}

	public String messageKey() {
		return "contactKind." + name();
	}

}
