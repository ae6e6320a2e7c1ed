package fr.vigie.organisation;

import org.springframework.util.Assert;

/** A French postal address. */
public record Address(String street, String postalCode, String city) {

	public Address {
		Assert.hasText(city, "city must not be empty");
		if (postalCode != null && !postalCode.isBlank() && !postalCode.matches("\\d{5}")) {
			throw new IllegalArgumentException("postal code must have 5 digits: " + postalCode);
		}
	}

	public String oneLine() {
		return String.join(", ", (street == null) ? "" : street, ((postalCode == null) ? "" : postalCode + " ") + city)
			.replaceFirst("^, ", "");
	}

}
