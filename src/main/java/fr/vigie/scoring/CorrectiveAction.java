package fr.vigie.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a site commits to do about some findings: a title, the unit in charge (printed in
 * reports) and the user who follows it up (reminded before the due date), a status, and
 * when closed the closure evidence and, if asked, a re-test whose result is shown next to
 * the score before the action.
 */
@Document("corrective_actions")
@CompoundIndex(name = "status_due", def = "{'status': 1, 'dueOn': 1}")
public class CorrectiveAction {

	@Id
	private final String id;

	private final String reference;

	private final String siteId;

	private String title;

	private String ownerUnit;

	private String ownerUsername;

	private LocalDate dueOn;

	private ActionStatus status;

	private List<String> findingIds;

	private final Instant createdAt;

	private final String createdBy;

	private LocalDate closedOn;

	private String closedBy;

	private String closureNote;

	private String closureFileId;

	private String closureFileName;

	private Channel retestChannel;

	private String retestSlotId;

	private LocalDate retestDate;

	private List<String> beforeAuditIds;

	private String afterAuditId;

	private Instant reminderSentAt;

	private Instant overdueNotifiedAt;

	private Instant escalatedAt;

	@Version
	private Long version;

	@PersistenceCreator
	CorrectiveAction(String id, String reference, String siteId, String title, String ownerUnit, String ownerUsername,
			LocalDate dueOn, ActionStatus status, List<String> findingIds, Instant createdAt, String createdBy,
			LocalDate closedOn, String closedBy, String closureNote, String closureFileId, String closureFileName,
			Channel retestChannel, String retestSlotId, LocalDate retestDate, List<String> beforeAuditIds,
			String afterAuditId, Instant reminderSentAt, Instant overdueNotifiedAt, Instant escalatedAt, Long version) {
		this.id = id;
		this.reference = reference;
		this.siteId = siteId;
		this.title = title;
		this.ownerUnit = ownerUnit;
		this.ownerUsername = ownerUsername;
		this.dueOn = dueOn;
		this.status = status;
		this.findingIds = (findingIds == null) ? List.of() : List.copyOf(findingIds);
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.closedOn = closedOn;
		this.closedBy = closedBy;
		this.closureNote = closureNote;
		this.closureFileId = closureFileId;
		this.closureFileName = closureFileName;
		this.retestChannel = retestChannel;
		this.retestSlotId = retestSlotId;
		this.retestDate = retestDate;
		this.beforeAuditIds = (beforeAuditIds == null) ? List.of() : List.copyOf(beforeAuditIds);
		this.afterAuditId = afterAuditId;
		this.reminderSentAt = reminderSentAt;
		this.overdueNotifiedAt = overdueNotifiedAt;
		this.escalatedAt = escalatedAt;
		this.version = version;
	}

	/**
	 * Opens an action on findings of one site; they must not belong to another action.
	 */
	public static CorrectiveAction open(String id, String reference, ActionPlan plan, List<Finding> findings,
			String user, Instant now) {
		if (findings.isEmpty()) {
			throw new UserFacingException("scoring.action.noFinding");
		}
		String siteId = findings.get(0).siteId();
		if (findings.stream().anyMatch((finding) -> !finding.siteId().equals(siteId))) {
			throw new UserFacingException("scoring.action.oneSite");
		}
		CorrectiveAction action = new CorrectiveAction(id, reference, siteId, null, null, null, null, ActionStatus.OPEN,
				findings.stream().map(Finding::id).toList(), now, user, null, null, null, null, null, null, null, null,
				findings.stream().map(Finding::auditId).distinct().toList(), null, null, null, null, null);
		action.plan(plan);
		findings.forEach((finding) -> finding.attachTo(id));
		return action;
	}

	/**
	 * Changes title, unit, follower and due date; a new due date gets fresh reminders.
	 */
	public void plan(ActionPlan plan) {
		requireActive();
		plan.validate();
		if (this.dueOn != null && !this.dueOn.equals(plan.dueOn())) {
			this.reminderSentAt = null;
			this.overdueNotifiedAt = null;
			this.escalatedAt = null;
		}
		this.title = plan.title().strip();
		this.ownerUnit = plan.ownerUnit().strip();
		this.ownerUsername = plan.ownerUsername();
		this.dueOn = plan.dueOn();
	}

	public void start() {
		requireActive();
		this.status = ActionStatus.IN_PROGRESS;
	}

	public void cancel() {
		requireActive();
		this.status = ActionStatus.CANCELLED;
	}

	/** Closes the action with its evidence: a note, and optionally a stored file. */
	public void close(String note, String fileId, String fileName, String user, LocalDate today) {
		requireActive();
		if (note == null || note.isBlank()) {
			throw new UserFacingException("scoring.action.closureNoteRequired");
		}
		this.status = ActionStatus.CLOSED;
		this.closureNote = note.strip();
		this.closureFileId = fileId;
		this.closureFileName = fileName;
		this.closedBy = user;
		this.closedOn = today;
	}

	/** A re-test was scheduled for this action. */
	public void retestScheduled(Channel channel, String slotId, LocalDate date) {
		this.retestChannel = channel;
		this.retestSlotId = slotId;
		this.retestDate = date;
	}

	/** The re-test was validated: its score is the "after" result. */
	public void retested(String auditId) {
		this.afterAuditId = auditId;
	}

	private void requireActive() {
		if (this.status != null && !this.status.active()) {
			throw new UserFacingException("scoring.action.notActive", this.reference);
		}
	}

	/** Still active after its due date. */
	public boolean overdueOn(LocalDate day) {
		return this.status.active() && this.dueOn.isBefore(day);
	}

	public String id() {
		return this.id;
	}

	public String reference() {
		return this.reference;
	}

	public String siteId() {
		return this.siteId;
	}

	public String title() {
		return this.title;
	}

	public String ownerUnit() {
		return this.ownerUnit;
	}

	public String ownerUsername() {
		return this.ownerUsername;
	}

	public LocalDate dueOn() {
		return this.dueOn;
	}

	public ActionStatus status() {
		return this.status;
	}

	public List<String> findingIds() {
		return this.findingIds;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public String createdBy() {
		return this.createdBy;
	}

	public LocalDate closedOn() {
		return this.closedOn;
	}

	public String closedBy() {
		return this.closedBy;
	}

	public String closureNote() {
		return this.closureNote;
	}

	public String closureFileId() {
		return this.closureFileId;
	}

	public String closureFileName() {
		return this.closureFileName;
	}

	public Channel retestChannel() {
		return this.retestChannel;
	}

	public String retestSlotId() {
		return this.retestSlotId;
	}

	public LocalDate retestDate() {
		return this.retestDate;
	}

	/** The tests whose findings this action answers: the "before" of a re-test. */
	public List<String> beforeAuditIds() {
		return this.beforeAuditIds;
	}

	public String afterAuditId() {
		return this.afterAuditId;
	}

	public Instant reminderSentAt() {
		return this.reminderSentAt;
	}

	public Instant overdueNotifiedAt() {
		return this.overdueNotifiedAt;
	}

	public Instant escalatedAt() {
		return this.escalatedAt;
	}

	public Long version() {
		return this.version;
	}

}
