package fr.vigie.campaign.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import fr.vigie.campaign.SlotStatus;
import fr.vigie.campaign.TestSlot;
import fr.vigie.campaign.internal.planning.PastAssignment;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Earlier assignments (all campaigns) that the rotation rule must see. */
@Component
public class SlotHistory {

	private final MongoTemplate mongo;

	SlotHistory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Assigned, non-cancelled slots between the dates, except those of the wave being
	 * drawn (they are about to be replaced).
	 */
	public List<PastAssignment> around(LocalDate from, LocalDate to, String campaignId, int wave) {
		Query query = Query.query(Criteria.where("date")
			.gte(from)
			.lte(to)
			.and("auditorId")
			.ne(null)
			.and("status")
			.in(EnumSet.of(SlotStatus.PUBLISHED, SlotStatus.OVERDUE, SlotStatus.DONE)));
		return this.mongo.find(query, TestSlot.class)
			.stream()
			.filter((slot) -> !(slot.campaignId().equals(campaignId) && slot.wave() == wave))
			.map((slot) -> new PastAssignment(slot.auditorId(), slot.siteId(), slot.date()))
			.toList();
	}

}
