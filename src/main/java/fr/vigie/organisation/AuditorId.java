package fr.vigie.organisation;

import java.util.Locale;

import fr.vigie.shared.UserFacingException;

/**
 * The code of an {@link Auditor} ("ENQ-007"): reports and test sheets name auditors by
 * this code only, never by their name, and CSV imports use it as the stable key.
 */
public record AuditorId(String value) {

	private static final String PATTERN = "[A-Z0-9][A-Z0-9_-]{1,19}";

	public AuditorId {
		String normalized = (value == null) ? "" : value.strip().toUpperCase(Locale.ROOT);
		if (!normalized.matches(PATTERN)) {
			throw new UserFacingException("auditor.code.invalid", (value == null) ? "" : value);
		}
		value = normalized;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
