package fr.vigie.campaign.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.vigie.campaign.Campaign;
import fr.vigie.campaign.CampaignManagement;
import fr.vigie.campaign.CampaignProperties;
import fr.vigie.campaign.DrawSummary;
import fr.vigie.campaign.Recurrence;
import fr.vigie.campaign.Wave;
import fr.vigie.campaign.WaveStatus;
import fr.vigie.campaign.ReportDeliveryDue;
import fr.vigie.campaign.SlotStatus;
import fr.vigie.campaign.TestSlot;
import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccount;
import fr.vigie.identity.UserManagement;
import fr.vigie.notification.Notice;
import fr.vigie.notification.NotificationManagement;
import fr.vigie.organisation.OrganisationManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The scheduled work of campaigns, as sweeps over the state in MongoDB. Each sweep finds
 * what is due now, claims it atomically and acts only on what it claimed. Quartz merely
 * calls the sweeps; after a restart the next sweep catches up under these rules (the
 * misfire policy):
 * <ul>
 * <li>day-before reminder: sent from {@code day-before-reminder-time} the day before, and
 * late if Vigie was down, as long as the test has not started;</li>
 * <li>last reminder: only inside the lead time before a visit or call, never after its
 * start;</li>
 * <li>daily digest: from {@code digest-time} until {@code digest-latest}, else
 * skipped;</li>
 * <li>overdue detection and escalation: always caught up;</li>
 * <li>monthly report delivery: caught up any time during the month.</li>
 * </ul>
 */
@Service
public class CampaignScheduling {

	private static final Logger log = LoggerFactory.getLogger(CampaignScheduling.class);

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final TestSlotRepository slots;

	private final CampaignRepository campaigns;

	private final SlotClaims claims;

	private final NotificationManagement notifications;

	private final UserManagement users;

	private final OrganisationManagement organisation;

	private final ApplicationEventPublisher events;

	private final CampaignManagement campaignManagement;

	private final CampaignProperties properties;

	private final Clock clock;

	CampaignScheduling(TestSlotRepository slots, CampaignRepository campaigns, SlotClaims claims,
			NotificationManagement notifications, UserManagement users, OrganisationManagement organisation,
			ApplicationEventPublisher events, CampaignManagement campaignManagement, CampaignProperties properties,
			Clock clock) {
		this.slots = slots;
		this.campaigns = campaigns;
		this.claims = claims;
		this.notifications = notifications;
		this.users = users;
		this.organisation = organisation;
		this.events = events;
		this.campaignManagement = campaignManagement;
		this.properties = properties;
		this.clock = clock;
	}

	/** Day-before and last reminders to auditors. Returns the number of notices sent. */
	public int sendDueReminders() {
		ZonedDateTime now = now();
		List<TestSlot> upcoming = this.slots.findByStatusAndDateFromTo(SlotStatus.PUBLISHED, now.toLocalDate(),
				now.toLocalDate().plusDays(1));
		Map<String, String> names = siteNames(upcoming);
		int sent = 0;
		for (TestSlot slot : upcoming) {
			if (slot.auditorUsername() == null || !slot.startsAt().isAfter(now)) {
				continue;
			}
			boolean soonWindow = slot.start() != null
					&& !slot.startsAt().isAfter(now.plus(this.properties.soonReminderLead()));
			boolean dayBeforeWindow = !now.toLocalDate().isBefore(slot.date().minusDays(1))
					&& (slot.date().isEqual(now.toLocalDate())
							|| !now.toLocalTime().isBefore(this.properties.dayBeforeReminderTime()));
			// Inside the last hour only the last reminder goes: the day-before one is
			// claimed
			// silently so that a late catch-up does not send two notices at once.
			if (dayBeforeWindow && claimed(slot, "dayBeforeReminderAt", now) && !soonWindow) {
				sent += notifyAuditor(slot, names, "reminder.dayBefore", "day-before") ? 1 : 0;
			}
			if (soonWindow && claimed(slot, "soonReminderAt", now)) {
				sent += notifyAuditor(slot, names, "reminder.soon", "soon") ? 1 : 0;
			}
		}
		return sent;
	}

	/** Each auditor's tests of the day, once a day. */
	public int sendDailyDigests() {
		ZonedDateTime now = now();
		LocalTime time = now.toLocalTime();
		if (time.isBefore(this.properties.digestTime()) || !time.isBefore(this.properties.digestLatest())) {
			return 0;
		}
		LocalDate today = now.toLocalDate();
		Map<String, List<TestSlot>> byAuditor = this.slots.findByStatusAndDateFromTo(SlotStatus.PUBLISHED, today, today)
			.stream()
			.filter((slot) -> slot.auditorUsername() != null)
			.sorted(Comparator.comparing(TestSlot::startsAt))
			.collect(Collectors.groupingBy(TestSlot::auditorUsername));
		Map<String, String> names = siteNames(byAuditor.values().stream().flatMap(List::stream).toList());
		int sent = 0;
		for (var entry : byAuditor.entrySet()) {
			if (!this.claims.claimRun("digest:" + entry.getKey() + ":" + today, now.toInstant())) {
				continue;
			}
			String list = entry.getValue()
				.stream()
				.map((slot) -> "• " + describeWhen(slot) + " — " + names.getOrDefault(slot.siteId(), slot.siteId()))
				.collect(Collectors.joining("\n"));
			if (this.notifications.notify(new Notice(entry.getKey(), "digest.subject", "digest.body",
					List.of(Integer.toString(entry.getValue().size()), today.format(DATE), list), "/my-tests",
					"digest:" + entry.getKey() + ":" + today))) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Flags tests not done by the end of their window, then escalates the ones left
	 * overdue.
	 */
	public int detectOverdue() {
		ZonedDateTime now = now();
		List<TestSlot> late = new ArrayList<>();
		for (TestSlot slot : this.slots.findByStatusAndDateLessThanEqual(SlotStatus.PUBLISHED, now.toLocalDate())) {
			if (!slot.dueAt().isAfter(now)) {
				TestSlot marked = this.claims.markOverdue(slot.id(), now.toInstant());
				if (marked != null) {
					late.add(marked);
				}
			}
		}
		List<TestSlot> escalations = new ArrayList<>();
		Instant escalateBefore = now.toInstant().minus(this.properties.escalationDelay());
		for (TestSlot slot : this.slots.findByStatusAndDateLessThanEqual(SlotStatus.OVERDUE, now.toLocalDate())) {
			if (slot.overdueAt() != null && !slot.overdueAt().isAfter(escalateBefore)) {
				TestSlot claimed = this.claims.claim(slot.id(), SlotStatus.OVERDUE, "escalatedAt", now.toInstant());
				if (claimed != null) {
					escalations.add(claimed);
				}
			}
		}
		Map<String, String> names = siteNames(concat(late, escalations));
		List<UserAccount> managers = this.users.findEnabledWithRole(Role.QUALITY_MANAGER);
		int sent = 0;
		for (TestSlot slot : late) {
			for (UserAccount manager : managers) {
				sent += notifyManager(manager, slot, names, "overdue", "overdue") ? 1 : 0;
			}
			if (slot.auditorUsername() != null) {
				sent += notifyAuditor(slot, names, "overdue.auditor", "overdue") ? 1 : 0;
			}
		}
		for (TestSlot slot : escalations) {
			for (UserAccount manager : managers) {
				sent += notifyManager(manager, slot, names, "escalation", "escalation") ? 1 : 0;
			}
		}
		if (!late.isEmpty() || !escalations.isEmpty()) {
			log.info("{} test(s) newly overdue, {} escalated", late.size(), escalations.size());
		}
		return sent;
	}

	/**
	 * Opens and closes waves as their periods start and end, and draws the next wave of a
	 * recurring campaign {@code draw-ahead} before it starts (once its predecessor is
	 * published); quality managers are told to review and publish it.
	 */
	public int advanceWaves() {
		ZonedDateTime now = now();
		int changed = 0;
		// Draws first, as a separate pass: a draw saves its own fresh copy of the
		// campaign.
		for (Campaign campaign : this.campaigns.findAll()) {
			changed += drawNextWaveIfDue(campaign, now);
		}
		for (Campaign campaign : this.campaigns.findAll()) {
			if (campaign.advance(now.toLocalDate(), now.toInstant())) {
				try {
					this.campaigns.save(campaign);
					changed++;
				}
				catch (OptimisticLockingFailureException anotherInstanceWasFirst) {
					// The other instance saved the same transition; nothing is lost.
				}
			}
			// The draw reloads the campaign; its claim keeps two instances from drawing
			// twice.
			changed += drawNextWaveIfDue(campaign, now);
		}
		return changed;
	}

	private int drawNextWaveIfDue(Campaign campaign, ZonedDateTime now) {
		if (campaign.definition().recurrence() == Recurrence.NONE) {
			return 0;
		}
		LocalDate horizon = now.plus(this.properties.drawAhead()).toLocalDate();
		for (Wave wave : campaign.waves()) {
			// The first wave is always drawn by a quality manager; later ones follow it.
			if (wave.status() == WaveStatus.PLANNED && wave.number() > 1) {
				boolean predecessorsPublished = campaign.waves()
					.stream()
					.filter((earlier) -> earlier.number() < wave.number())
					.allMatch((earlier) -> earlier.status().compareTo(WaveStatus.PUBLISHED) >= 0);
				if (!predecessorsPublished || wave.from().isAfter(horizon)
						|| !this.claims.claimRun("auto-draw:" + campaign.id() + ":" + wave.number(), now.toInstant())) {
					return 0;
				}
				DrawSummary summary = this.campaignManagement.draw(campaign.id(), wave.number(), null);
				for (UserAccount manager : this.users.findEnabledWithRole(Role.QUALITY_MANAGER)) {
					this.notifications.notify(new Notice(manager.username(), "autoDraw.subject", "autoDraw.body",
							List.of(Integer.toString(wave.number()), campaign.name(), Integer.toString(summary.slots()),
									Long.toString(summary.unassigned())),
							"/campaigns/" + campaign.id(),
							"auto-draw:" + campaign.id() + ":" + wave.number() + ":" + manager.username()));
				}
				return 1;
			}
		}
		return 0;
	}

	/**
	 * Publishes {@link ReportDeliveryDue} once per month, from the configured day and
	 * time.
	 */
	public boolean triggerReportDelivery() {
		ZonedDateTime now = now();
		ZonedDateTime due = now
			.withDayOfMonth(Math.min(this.properties.reportDeliveryDay(), now.toLocalDate().lengthOfMonth()))
			.with(this.properties.reportDeliveryTime());
		YearMonth period = YearMonth.from(now).minusMonths(1);
		if (now.isBefore(due) || !this.claims.claimRun("report-delivery:" + period, now.toInstant())) {
			return false;
		}
		this.events.publishEvent(new ReportDeliveryDue(period));
		return true;
	}

	private boolean claimed(TestSlot slot, String field, ZonedDateTime now) {
		return this.claims.claim(slot.id(), SlotStatus.PUBLISHED, field, now.toInstant()) != null;
	}

	private boolean notifyAuditor(TestSlot slot, Map<String, String> names, String messagePrefix, String kind) {
		return this.notifications.notify(new Notice(slot.auditorUsername(), messagePrefix + ".subject",
				messagePrefix + ".body", arguments(slot, names), "/my-tests",
				kind + ":" + slot.id() + ":" + slot.auditorUsername() + ":" + slot.date() + slot.start()));
	}

	private boolean notifyManager(UserAccount manager, TestSlot slot, Map<String, String> names, String messagePrefix,
			String kind) {
		return this.notifications.notify(new Notice(manager.username(), messagePrefix + ".subject",
				messagePrefix + ".body", arguments(slot, names), "/campaigns/" + slot.campaignId(),
				kind + ":" + slot.id() + ":" + manager.username()));
	}

	private static List<String> arguments(TestSlot slot, Map<String, String> names) {
		return List.of(names.getOrDefault(slot.siteId(), slot.siteId()), Notice.key(slot.channel().messageKey()),
				describeWhen(slot), (slot.auditorUsername() != null) ? slot.auditorUsername() : "—");
	}

	static String describeWhen(TestSlot slot) {
		String day = slot.date().format(DATE);
		return (slot.start() == null) ? day : day + " " + slot.start().format(TIME) + "–" + slot.end().format(TIME);
	}

	private Map<String, String> siteNames(List<TestSlot> slotList) {
		if (slotList.isEmpty()) {
			return Map.of();
		}
		return this.organisation.siteNames(slotList.stream().map(TestSlot::siteId).distinct().toList());
	}

	private static List<TestSlot> concat(List<TestSlot> a, List<TestSlot> b) {
		List<TestSlot> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private ZonedDateTime now() {
		return ZonedDateTime.now(this.clock).withZoneSameInstant(TestSlot.PARIS);
	}

}
