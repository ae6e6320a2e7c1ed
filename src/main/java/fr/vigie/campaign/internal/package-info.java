/**
 * Persistence of campaigns and slots, the sweeps run by Quartz (reminders, digest,
 * overdue, wave lifecycle, report delivery), the Quartz/ShedLock adapter and the
 * iCalendar feed.
 */
package fr.vigie.campaign.internal;
