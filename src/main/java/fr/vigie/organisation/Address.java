package fr.vigie.organisation;

import fr.vigie.shared.UserFacingException;

/** A French postal address. */
public record Address(String street, String postalCode, String city) {

	public Address {
		if (city == null || city.isBlank()) {
			throw new UserFacingException("address.city.required");
		}
		city = city.trim();
		street = (street == null || street.isBlank()) ? null : street.trim();
		postalCode = (postalCode == null || postalCode.isBlank()) ? null : postalCode.trim();
		if (postalCode != null && !postalCode.matches("\\d{5}")) {
			throw new UserFacingException("address.postalCode.invalid", postalCode);
		}
	}

	public String oneLine() {
		return String.join(", ", (street == null) ? "" : street, ((postalCode == null) ? "" : postalCode + " ") + city)
			.replaceFirst("^, ", "");
	}

}
