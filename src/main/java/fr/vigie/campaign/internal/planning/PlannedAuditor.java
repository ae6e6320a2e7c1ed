package fr.vigie.campaign.internal.planning;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import fr.vigie.organisation.GeoPoint;
import fr.vigie.shared.Channel;

/**
 * An auditor as the planner sees him.
 *
 * @param available whether he works on a date (weekdays, periods off)
 * @param maxTestsPerWeek capacity per ISO week
 * @param excludedSiteIds sites where he must not test (lives there, is known there…)
 */
public record PlannedAuditor(String auditorId, GeoPoint home, Set<Channel> channels, Predicate<LocalDate> available,
		int maxTestsPerWeek, Set<String> excludedSiteIds) {

	public PlannedAuditor {
		channels = Set.copyOf(channels);
		excludedSiteIds = Set.copyOf(excludedSiteIds);
	}

}
