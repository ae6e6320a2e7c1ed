package fr.vigie.organisation;

import fr.vigie.shared.calendar.HolidayCalendar;

/**
 * What an auditor needs to reach a site on one channel: where to go, which number to
 * call, where to write; and the holiday calendar that counts the site's working days.
 *
 * @param siteName the site as users know it
 * @param address one-line postal address, may be null
 * @param contact the channel's contact point (number, address, URL), may be null
 * @param holidays the public holidays the site observes
 */
public record TestTarget(String siteName, String address, String contact, HolidayCalendar holidays) {

}
