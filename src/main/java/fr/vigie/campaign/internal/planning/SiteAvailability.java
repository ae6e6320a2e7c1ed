package fr.vigie.campaign.internal.planning;

import java.time.LocalDate;
import java.util.List;

import fr.vigie.shared.Channel;

/**
 * What the planner needs to know of a site's calendar: opening and peak ranges of a
 * channel on a date (empty on public holidays, closures and closed days) and whether the
 * date is a working day for the site (for send dates of e-mails and letters).
 */
public interface SiteAvailability {

	List<TimeRange> openRanges(LocalDate date, Channel channel);

	List<TimeRange> peakRanges(LocalDate date, Channel channel);

	boolean isWorkingDay(LocalDate date);

}
