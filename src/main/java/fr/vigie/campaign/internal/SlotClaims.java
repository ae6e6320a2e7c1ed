package fr.vigie.campaign.internal;

import java.time.Instant;

import fr.vigie.campaign.SlotStatus;
import fr.vigie.campaign.TestSlot;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Atomic "first one wins" updates. Each scheduled action first claims its mark with a
 * conditional single-document update; only the caller whose update matched performs the
 * action. This is what makes reminders and escalations fire once across restarts and
 * instances (ShedLock only avoids wasted work).
 */
@Component
public class SlotClaims {

	private final MongoTemplate mongo;

	SlotClaims(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Sets {@code field} to {@code at} if it is still empty and the slot has
	 * {@code status}.
	 */
	TestSlot claim(String slotId, SlotStatus status, String field, Instant at) {
		Query unclaimed = Query.query(Criteria.where("_id").is(slotId).and("status").is(status).and(field).is(null));
		return this.mongo.findAndModify(unclaimed, new Update().set(field, at).inc("version", 1),
				FindAndModifyOptions.options().returnNew(true), TestSlot.class);
	}

	/** Moves a published slot to overdue, once. */
	TestSlot markOverdue(String slotId, Instant at) {
		Query published = Query.query(Criteria.where("_id").is(slotId).and("status").is(SlotStatus.PUBLISHED));
		return this.mongo.findAndModify(published,
				new Update().set("status", SlotStatus.OVERDUE).set("overdueAt", at).inc("version", 1),
				FindAndModifyOptions.options().returnNew(true), TestSlot.class);
	}

	/**
	 * The auditor submitted his checklist: the test leaves the reminder and overdue
	 * sweeps. Null when the slot was not published or overdue.
	 */
	public TestSlot markDone(String slotId, Instant at) {
		Query open = Query
			.query(Criteria.where("_id").is(slotId).and("status").in(SlotStatus.PUBLISHED, SlotStatus.OVERDUE));
		return this.mongo.findAndModify(open,
				new Update().set("status", SlotStatus.DONE).set("doneAt", at).inc("version", 1),
				FindAndModifyOptions.options().returnNew(true), TestSlot.class);
	}

	/**
	 * Publishes the assigned drafts of a wave in one update: saving each slot (a query on
	 * its id and version) would cost a collection scan per slot on the embedded store,
	 * 12,000 scans for a national wave.
	 */
	public long publish(String campaignId, int wave) {
		Query drafts = Query.query(Criteria.where("campaignId")
			.is(campaignId)
			.and("wave")
			.is(wave)
			.and("status")
			.is(SlotStatus.DRAFT)
			.and("auditorId")
			.ne(null));
		return this.mongo
			.updateMulti(drafts, new Update().set("status", SlotStatus.PUBLISHED).inc("version", 1), TestSlot.class)
			.getModifiedCount();
	}

	/**
	 * A submitted test came back for correction: it is the auditor's again, overdue if it
	 * already was (without a second escalation).
	 */
	public void reopen(TestSlot slot) {
		SlotStatus back = (slot.overdueAt() != null) ? SlotStatus.OVERDUE : SlotStatus.PUBLISHED;
		Query done = Query.query(Criteria.where("_id").is(slot.id()).and("status").is(SlotStatus.DONE));
		this.mongo.updateFirst(done, new Update().set("status", back).unset("doneAt").inc("version", 1),
				TestSlot.class);
	}

	/**
	 * Records that a periodic run (a digest, a monthly delivery) happened; false if it
	 * already had.
	 */
	boolean claimRun(String runKey, Instant at) {
		try {
			this.mongo.insert(new ScheduledRun(runKey, at));
			return true;
		}
		catch (DuplicateKeyException alreadyDone) {
			return false;
		}
	}

	@Document("scheduled_runs")
	record ScheduledRun(@Id String key, Instant at) {

	}

}
