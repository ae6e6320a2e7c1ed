package fr.vigie.report;

import java.util.regex.Pattern;

/**
 * The pseudonymous code of a mystery auditor (e.g. {@code ENQ-07}). Reports identify
 * auditors only this way: the pattern requires digits and refuses spaces and lower case,
 * so a person's name cannot be slipped in where a code is expected.
 */
public record AuditorCode(String value) {

	private static final Pattern CODE = Pattern.compile("[A-Z]{1,6}-?\\d{1,6}");

	public AuditorCode {
		if (value == null || !CODE.matcher(value).matches()) {
			throw new IllegalArgumentException("not an auditor code (letters, optional dash, digits): " + value);
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
