package fr.vigie.organisation;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;

/**
 * What a quality manager types about an auditor.
 *
 * @param displayName his name, seen only by quality managers
 * @param username the Vigie account he signs in with, if any
 * @param homeTown the town he lives in (his home area)
 * @param homePosition where that is, to send him to nearby sites
 * @param channels the channels he can test
 * @param availableDays the weekdays he can test on
 * @param maxTestsPerWeek how many tests he accepts per week
 * @param active false once he has left the pool (kept for the reports that name his code)
 */
public record AuditorProfile(String displayName, String username, String homeTown, GeoPoint homePosition,
		Set<Channel> channels, Set<DayOfWeek> availableDays, int maxTestsPerWeek, boolean active) {

	public static final int MAX_TESTS_PER_WEEK = 40;

	public AuditorProfile {
		if (displayName == null || displayName.isBlank()) {
			throw new UserFacingException("auditor.displayName.required");
		}
		displayName = displayName.strip();
		if (displayName.length() > SiteDetails.MAX_NAME) {
			throw new UserFacingException("text.tooLong", SiteDetails.MAX_NAME);
		}
		username = (username == null || username.isBlank()) ? null
				: username.strip().toLowerCase(java.util.Locale.ROOT);
		if (homeTown == null || homeTown.isBlank()) {
			throw new UserFacingException("auditor.homeTown.required");
		}
		homeTown = homeTown.strip();
		if (channels == null || channels.isEmpty()) {
			throw new UserFacingException("auditor.channels.required");
		}
		channels = Set.copyOf(channels);
		if (availableDays == null || availableDays.isEmpty()) {
			throw new UserFacingException("auditor.days.required");
		}
		availableDays = Set.copyOf(EnumSet.copyOf(availableDays));
		if (maxTestsPerWeek < 1 || maxTestsPerWeek > MAX_TESTS_PER_WEEK) {
			throw new UserFacingException("auditor.maxTests.range", MAX_TESTS_PER_WEEK);
		}
	}

}
