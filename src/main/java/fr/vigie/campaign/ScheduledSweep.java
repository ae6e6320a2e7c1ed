package fr.vigie.campaign;

import java.time.Duration;

/**
 * Periodic work another module hands to the campaign scheduler (for instance reminders of
 * corrective actions). Each bean implementing it runs every {@link #interval()} like the
 * campaign's own sweeps: from Quartz, under the system identity, behind a MongoDB lock
 * named after {@link #name()}. As with the campaign's sweeps, the lock is only an
 * optimisation: an implementation must claim each action atomically so that two instances
 * never act twice, and catch up after a restart from its own state.
 */
public interface ScheduledSweep {

	/**
	 * Unique name, used for the Quartz job and the lock (e.g. {@code scoring-actions}).
	 */
	String name();

	Duration interval();

	/** Does what is due now; returns the number of actions taken, for the log. */
	int run();

}
