package fr.vigie.campaign.internal;

import java.time.Duration;
import java.util.function.ToIntFunction;

import fr.vigie.campaign.CampaignProperties;

/** The periodic sweeps, how often they run and what they call. */
enum Sweep {

	REMINDERS(CampaignScheduling::sendDueReminders, null), OVERDUE(CampaignScheduling::detectOverdue, null),
	DIGEST(CampaignScheduling::sendDailyDigests, Duration.ofMinutes(15)),
	WAVES(CampaignScheduling::advanceWaves, Duration.ofHours(1)),
	REPORT_DELIVERY((scheduling) -> scheduling.triggerReportDelivery() ? 1 : 0, Duration.ofHours(1));

	private final ToIntFunction<CampaignScheduling> work;

	private final Duration fixedInterval;

	Sweep(ToIntFunction<CampaignScheduling> work, Duration fixedInterval) {
		this.work = work;
		this.fixedInterval = fixedInterval;
	}

	int run(CampaignScheduling scheduling) {
		return this.work.applyAsInt(scheduling);
	}

	/** Reminders and overdue checks follow {@code vigie.campaign.sweep-interval}. */
	Duration interval(CampaignProperties properties) {
		return (this.fixedInterval != null) ? this.fixedInterval : properties.sweepInterval();
	}

	String lockName() {
		return "campaign-sweep-" + name().toLowerCase(java.util.Locale.ROOT);
	}

}
