package fr.vigie.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ways a user reaches a public service, as named by every referential. The code is
 * the identifier used in referential files and CSV imports.
 */
public enum Channel {

	COUNTER("accueil_physique"), PHONE("telephone"), LETTER("courrier"), EMAIL("courriel"), WEBSITE("site_internet"),
	CHAT("chat"), SOCIAL_MEDIA("reseaux_sociaux");

	private final String code;

	Channel(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public String messageKey() {
		return "channel." + this.code;
	}

	public static Optional<Channel> fromCode(String code) {
		return Arrays.stream(values()).filter((channel) -> channel.code.equals(code)).findFirst();
	}

}
