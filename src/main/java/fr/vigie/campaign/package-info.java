/**
 * Mystery-test campaigns: waves, the seeded draw of test slots, auditor assignment,
 * publication to auditors, and the scheduled work around them (reminders, overdue
 * escalation, wave lifecycle, report delivery) run by Quartz. MongoDB holds the schedule;
 * Quartz only wakes the sweeps up. Upcoming slots are visible to quality managers and to
 * the assigned auditor only.
 */
package fr.vigie.campaign;
