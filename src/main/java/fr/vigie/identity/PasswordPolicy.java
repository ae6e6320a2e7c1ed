package fr.vigie.identity;

import java.util.Locale;

import fr.vigie.shared.UserFacingException;

/**
 * Minimum rules for a password chosen by an administrator: long enough to resist guessing
 * (ANSSI recommends length over complexity) and not derived from the username.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	private PasswordPolicy() {
	}

	public static void check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new UserFacingException("password.tooShort", MIN_LENGTH);
		}
		if (password.isBlank()) {
			throw new UserFacingException("password.blank");
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
			throw new UserFacingException("password.containsUsername");
		}
	}

}
