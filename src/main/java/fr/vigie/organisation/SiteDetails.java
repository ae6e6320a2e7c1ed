package fr.vigie.organisation;

import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.calendar.HolidayCalendar;

/**
 * What describes a site apart from its channels and calendar entries.
 *
 * @param name its public name
 * @param kind mairie, France Services…
 * @param directionId the direction or territory it belongs to, if any
 * @param address where it is
 * @param position its coordinates, if known (used to send the nearest auditor)
 * @param holidays which public holidays it observes
 */
public record SiteDetails(String name, SiteKind kind, String directionId, Address address, GeoPoint position,
		HolidayCalendar holidays) {

	static final int MAX_NAME = 150;

	public SiteDetails {
		if (name == null || name.isBlank()) {
			throw new UserFacingException("site.name.required");
		}
		name = name.strip();
		if (name.length() > MAX_NAME) {
			throw new UserFacingException("text.tooLong", MAX_NAME);
		}
		if (kind == null) {
			throw new UserFacingException("site.kind.required");
		}
		if (address == null) {
			throw new UserFacingException("address.city.required");
		}
		directionId = (directionId == null || directionId.isBlank()) ? null : directionId;
		holidays = (holidays != null) ? holidays : HolidayCalendar.FRANCE;
	}

}
