package fr.vigie.campaign.internal;

import java.util.List;
import java.util.Set;

import fr.vigie.campaign.TestSlot;
import fr.vigie.shared.store.Pages;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The plan of a wave a page at a time: a national wave holds 12,000 tests. */
@Component
public class PlanPages {

	/** Stored fields the plan may be sorted by; a date sorts with its time. */
	public static final Set<String> SORTABLE = Set.of("date", "auditorId");

	private static final Sort BY_TIME = Sort.by("date", "start");

	private final MongoOperations mongo;

	PlanPages(MongoOperations mongo) {
		this.mongo = mongo;
	}

	public List<TestSlot> page(String campaignId, int wave, int offset, int limit, Sort sort) {
		Sort order = Sort.unsorted();
		for (Sort.Order asked : sort) {
			if (!SORTABLE.contains(asked.getProperty())) {
				throw new IllegalArgumentException("The plan cannot be sorted by " + asked.getProperty());
			}
			order = order.and(Sort.by(asked.getDirection(), asked.getProperty()));
			if ("date".equals(asked.getProperty())) {
				order = order.and(Sort.by(asked.getDirection(), "start"));
			}
		}
		Query query = Pages.page(ofWave(campaignId, wave), offset, limit, order, Set.of("date", "start", "auditorId"),
				BY_TIME);
		return this.mongo.find(query, TestSlot.class);
	}

	public long count(String campaignId, int wave) {
		return this.mongo.count(ofWave(campaignId, wave), TestSlot.class);
	}

	private static Query ofWave(String campaignId, int wave) {
		return Query.query(Criteria.where("campaignId").is(campaignId).and("wave").is(wave));
	}

}
