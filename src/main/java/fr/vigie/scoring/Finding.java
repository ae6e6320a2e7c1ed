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
 * A non-compliant item of a validated test. Its id is the test's id and the item's URN,
 * so a corrected revision of the test updates it in place (keeping the grade a quality
 * manager chose and the action it belongs to).
 */
@Document("findings")
@CompoundIndex(name = "unassigned_newest", def = "{'actionId': 1, 'withdrawn': 1, 'observedOn': -1}")
public class Finding {

	@Id
	private final String id;

	private final String reference;

	private final String auditId;

	private final String siteId;

	private final Channel channel;

	private final String referentialVersionId;

	private final String itemUrn;

	private String itemRef;

	private String itemName;

	private String engagementUrn;

	private String engagementRef;

	private String engagementName;

	private boolean blocking;

	private FindingGrade grade;

	private boolean regraded;

	private LocalDate observedOn;

	private String comment;

	private List<String> evidenceIds;

	private String actionId;

	private boolean withdrawn;

	private final Instant createdAt;

	@Version
	private Long version;

	@PersistenceCreator
	Finding(String id, String reference, String auditId, String siteId, Channel channel, String referentialVersionId,
			String itemUrn, String itemRef, String itemName, String engagementUrn, String engagementRef,
			String engagementName, boolean blocking, FindingGrade grade, boolean regraded, LocalDate observedOn,
			String comment, List<String> evidenceIds, String actionId, boolean withdrawn, Instant createdAt,
			Long version) {
		this.id = id;
		this.reference = reference;
		this.auditId = auditId;
		this.siteId = siteId;
		this.channel = channel;
		this.referentialVersionId = referentialVersionId;
		this.itemUrn = itemUrn;
		this.itemRef = itemRef;
		this.itemName = itemName;
		this.engagementUrn = engagementUrn;
		this.engagementRef = engagementRef;
		this.engagementName = engagementName;
		this.blocking = blocking;
		this.grade = grade;
		this.regraded = regraded;
		this.observedOn = observedOn;
		this.comment = (comment == null) ? "" : comment;
		this.evidenceIds = (evidenceIds == null) ? List.of() : List.copyOf(evidenceIds);
		this.actionId = actionId;
		this.withdrawn = withdrawn;
		this.createdAt = createdAt;
		this.version = version;
	}

	/** A new finding, graded by default from the item's blocking flag. */
	public static Finding observed(String reference, String auditId, String siteId, Channel channel,
			String referentialVersionId, Observation observation, Instant now) {
		return new Finding(idOf(auditId, observation.itemUrn()), reference, auditId, siteId, channel,
				referentialVersionId, observation.itemUrn(), observation.itemRef(), observation.itemName(),
				observation.engagementUrn(), observation.engagementRef(), observation.engagementName(),
				observation.blocking(), FindingGrade.defaultFor(observation.blocking()), false,
				observation.observedOn(), observation.comment(), observation.evidenceIds(), null, false, now, null);
	}

	public static String idOf(String auditId, String itemUrn) {
		return auditId + "|" + itemUrn;
	}

	/**
	 * The same item is still non-compliant in a corrected revision: takes the new
	 * observation, keeps a grade chosen by hand and the action.
	 */
	public void reobserved(Observation observation) {
		this.itemRef = observation.itemRef();
		this.itemName = observation.itemName();
		this.engagementUrn = observation.engagementUrn();
		this.engagementRef = observation.engagementRef();
		this.engagementName = observation.engagementName();
		this.blocking = observation.blocking();
		if (!this.regraded) {
			this.grade = FindingGrade.defaultFor(observation.blocking());
		}
		this.observedOn = observation.observedOn();
		this.comment = observation.comment();
		this.evidenceIds = List.copyOf(observation.evidenceIds());
		this.withdrawn = false;
	}

	/**
	 * A corrected revision found the item compliant after all. A finding already in an
	 * action stays there, marked withdrawn, so the action's history does not change
	 * behind its owner's back.
	 */
	public void withdraw() {
		this.withdrawn = true;
	}

	public void regrade(FindingGrade newGrade) {
		if (newGrade == null) {
			throw new UserFacingException("scoring.finding.gradeRequired");
		}
		this.grade = newGrade;
		this.regraded = true;
	}

	void attachTo(String newActionId) {
		if (this.actionId != null && !this.actionId.equals(newActionId)) {
			throw new UserFacingException("scoring.finding.alreadyInAction", this.reference);
		}
		this.actionId = newActionId;
	}

	public String id() {
		return this.id;
	}

	public String reference() {
		return this.reference;
	}

	public String auditId() {
		return this.auditId;
	}

	public String siteId() {
		return this.siteId;
	}

	public Channel channel() {
		return this.channel;
	}

	public String referentialVersionId() {
		return this.referentialVersionId;
	}

	public String itemUrn() {
		return this.itemUrn;
	}

	public String itemRef() {
		return this.itemRef;
	}

	public String itemName() {
		return this.itemName;
	}

	public String engagementUrn() {
		return this.engagementUrn;
	}

	public String engagementRef() {
		return this.engagementRef;
	}

	public String engagementName() {
		return this.engagementName;
	}

	public boolean blocking() {
		return this.blocking;
	}

	public FindingGrade grade() {
		return this.grade;
	}

	public boolean regraded() {
		return this.regraded;
	}

	public LocalDate observedOn() {
		return this.observedOn;
	}

	public String comment() {
		return this.comment;
	}

	public List<String> evidenceIds() {
		return this.evidenceIds;
	}

	public String actionId() {
		return this.actionId;
	}

	public boolean withdrawn() {
		return this.withdrawn;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Long version() {
		return this.version;
	}

	/** What a test says about one non-compliant item. */
	public record Observation(String itemUrn, String itemRef, String itemName, String engagementUrn,
			String engagementRef, String engagementName, boolean blocking, LocalDate observedOn, String comment,
			List<String> evidenceIds) {

	}

}
