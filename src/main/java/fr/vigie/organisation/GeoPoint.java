package fr.vigie.organisation;

import fr.vigie.shared.UserFacingException;

/** WGS 84 position of a site, used to send the nearest auditor to a visit. */
public record GeoPoint(double latitude, double longitude) {

	private static final double EARTH_RADIUS_KM = 6371.0;

	public GeoPoint {
		if (Double.isNaN(latitude) || Double.isNaN(longitude) || latitude < -90 || latitude > 90 || longitude < -180
				|| longitude > 180) {
			throw new UserFacingException("geo.outOfRange", String.valueOf(latitude), String.valueOf(longitude));
		}
	}

	/** Great-circle distance (haversine). */
	public double distanceKm(GeoPoint other) {
		double dLat = Math.toRadians(other.latitude - this.latitude);
		double dLon = Math.toRadians(other.longitude - this.longitude);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(this.latitude))
				* Math.cos(Math.toRadians(other.latitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
	}

}
