package fr.vigie.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import fr.vigie.shared.Channel;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One unannounced test: a site, a channel, a date (and a time window for visits and
 * calls), and the auditor who runs it. Reminder and escalation marks are claimed
 * atomically so that a notice is sent once, whatever instance or retry gets there first.
 */
@Document("test_slots")
@CompoundIndex(name = "campaign_wave_time", def = "{'campaignId': 1, 'wave': 1, 'date': 1, 'start': 1}")
@CompoundIndex(name = "auditor_date", def = "{'auditorId': 1, 'date': 1}")
public class TestSlot {

	public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Id
	private final String id;

	private final String campaignId;

	private final int wave;

	@Indexed
	private final String siteId;

	private final Channel channel;

	private LocalDate date;

	private LocalTime start;

	private LocalTime end;

	private final boolean peak;

	private final boolean outsideHours;

	private String auditorId;

	private String auditorUsername;

	private String unassignedReason;

	private List<String> reasonArguments;

	@Indexed
	private SlotStatus status;

	private boolean movedByHand;

	private final String scenario;

	private Instant dayBeforeReminderAt;

	private Instant soonReminderAt;

	private Instant overdueAt;

	private Instant escalatedAt;

	private Instant doneAt;

	@Version
	private Long version;

	@PersistenceCreator
	TestSlot(String id, String campaignId, int wave, String siteId, Channel channel, LocalDate date, LocalTime start,
			LocalTime end, boolean peak, boolean outsideHours, String auditorId, String auditorUsername,
			String unassignedReason, List<String> reasonArguments, SlotStatus status, boolean movedByHand,
			Instant dayBeforeReminderAt, Instant soonReminderAt, Instant overdueAt, Instant escalatedAt, Instant doneAt,
			String scenario, Long version) {
		this.id = id;
		this.campaignId = campaignId;
		this.wave = wave;
		this.siteId = siteId;
		this.channel = channel;
		this.date = date;
		this.start = start;
		this.end = end;
		this.peak = peak;
		this.outsideHours = outsideHours;
		this.auditorId = auditorId;
		this.auditorUsername = auditorUsername;
		this.unassignedReason = unassignedReason;
		this.reasonArguments = (reasonArguments != null) ? List.copyOf(reasonArguments) : List.of();
		this.status = status;
		this.movedByHand = movedByHand;
		this.dayBeforeReminderAt = dayBeforeReminderAt;
		this.soonReminderAt = soonReminderAt;
		this.overdueAt = overdueAt;
		this.escalatedAt = escalatedAt;
		this.doneAt = doneAt;
		this.scenario = scenario;
		this.version = version;
	}

	static TestSlot drafted(String id, String campaignId, int wave, String siteId, Channel channel, LocalDate date,
			LocalTime start, LocalTime end, boolean peak, boolean outsideHours, String auditorId,
			String auditorUsername, String unassignedReason, List<String> reasonArguments, String scenario) {
		return new TestSlot(id, campaignId, wave, siteId, channel, date, start, end, peak, outsideHours, auditorId,
				auditorUsername, unassignedReason, reasonArguments, SlotStatus.DRAFT, false, null, null, null, null,
				null, scenario, null);
	}

	void publish() {
		if (this.status == SlotStatus.DRAFT && this.auditorId != null) {
			this.status = SlotStatus.PUBLISHED;
		}
	}

	void moveTo(LocalDate newDate, LocalTime newStart, LocalTime newEnd, String newAuditorId, String newUsername) {
		this.date = newDate;
		this.start = newStart;
		this.end = newEnd;
		this.auditorId = newAuditorId;
		this.auditorUsername = newUsername;
		this.unassignedReason = (newAuditorId == null) ? "campaign.unassigned.manual" : null;
		this.reasonArguments = List.of();
		this.movedByHand = true;
		// A moved test deserves fresh reminders.
		this.dayBeforeReminderAt = null;
		this.soonReminderAt = null;
	}

	/**
	 * When the test window opens (start of the day for e-mails, letters and websites).
	 */
	public ZonedDateTime startsAt() {
		return ZonedDateTime.of(this.date, (this.start != null) ? this.start : LocalTime.MIN, PARIS);
	}

	/**
	 * When the test should be done at the latest: end of its window, or end of its day.
	 */
	public ZonedDateTime dueAt() {
		return (this.end != null) ? ZonedDateTime.of(this.date, this.end, PARIS)
				: ZonedDateTime.of(this.date.plusDays(1), LocalTime.MIN, PARIS);
	}

	public boolean assigned() {
		return this.auditorId != null;
	}

	public String id() {
		return this.id;
	}

	public String campaignId() {
		return this.campaignId;
	}

	public int wave() {
		return this.wave;
	}

	public String siteId() {
		return this.siteId;
	}

	public Channel channel() {
		return this.channel;
	}

	public LocalDate date() {
		return this.date;
	}

	public LocalTime start() {
		return this.start;
	}

	public LocalTime end() {
		return this.end;
	}

	public boolean peak() {
		return this.peak;
	}

	public boolean outsideHours() {
		return this.outsideHours;
	}

	public String auditorId() {
		return this.auditorId;
	}

	public String auditorUsername() {
		return this.auditorUsername;
	}

	public String unassignedReason() {
		return this.unassignedReason;
	}

	public List<String> reasonArguments() {
		return this.reasonArguments;
	}

	public SlotStatus status() {
		return this.status;
	}

	public boolean movedByHand() {
		return this.movedByHand;
	}

	/** The request the auditor plays (never involves a personal identifier). */
	public String scenario() {
		return this.scenario;
	}

	public Instant doneAt() {
		return this.doneAt;
	}

	public Instant overdueAt() {
		return this.overdueAt;
	}

	public Long version() {
		return this.version;
	}

}
