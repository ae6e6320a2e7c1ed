package fr.vigie.campaign;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import fr.vigie.shared.Channel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduling settings of campaigns.
 *
 * @param schedulerEnabled whether this instance runs the sweeps (all instances may: each
 * due action is claimed once in MongoDB)
 * @param sweepInterval how often reminders and overdue checks run
 * @param dayBeforeReminderTime from when, the day before, an auditor is reminded of a
 * test
 * @param soonReminderLead how long before a visit or call the last reminder goes
 * @param digestTime when the daily digest goes out
 * @param digestLatest after this time a digest missed while Vigie was down is no longer
 * sent
 * @param escalationDelay how long a test may stay overdue before quality managers get an
 * escalation
 * @param drawAhead how long before its start the next wave of a recurring campaign is
 * drawn automatically (quality managers then review and publish it)
 * @param reportDeliveryDay day of the month of the scheduled report delivery
 * @param reportDeliveryTime time of the scheduled report delivery
 * @param scenarios requests auditors play, per channel; each drawn test gets one at
 * random (from the draw's seed). Scenarios never need a personal identifier.
 */
@ConfigurationProperties("vigie.campaign")
public record CampaignProperties(@DefaultValue("true") boolean schedulerEnabled,
		@DefaultValue("5m") Duration sweepInterval, @DefaultValue("16:00") LocalTime dayBeforeReminderTime,
		@DefaultValue("60m") Duration soonReminderLead, @DefaultValue("07:00") LocalTime digestTime,
		@DefaultValue("12:00") LocalTime digestLatest, @DefaultValue("48h") Duration escalationDelay,
		@DefaultValue("21d") Duration drawAhead, @DefaultValue("1") int reportDeliveryDay,
		@DefaultValue("06:00") LocalTime reportDeliveryTime, Map<Channel, List<String>> scenarios) {

	public CampaignProperties {
		scenarios = (scenarios == null) ? Map.of() : Map.copyOf(scenarios);
	}

}
