package fr.vigie.scoring.internal;

import java.util.List;
import java.util.Set;

import fr.vigie.scoring.Finding;
import fr.vigie.scoring.FindingFilter;
import fr.vigie.shared.store.Pages;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The findings no action answers yet, a page at a time: a national network holds tens of
 * thousands.
 */
@Component
public class FindingPages {

	/** Stored fields the list may be sorted by. */
	public static final Set<String> SORTABLE = Set.of("reference", "observedOn");

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "observedOn");

	private final MongoOperations mongo;

	FindingPages(MongoOperations mongo) {
		this.mongo = mongo;
	}

	public List<Finding> unassigned(FindingFilter filter, int offset, int limit, Sort sort) {
		return this.mongo.find(Pages.page(unassigned(filter), offset, limit, sort, SORTABLE, NEWEST_FIRST),
				Finding.class);
	}

	public long countUnassigned(FindingFilter filter) {
		return this.mongo.count(unassigned(filter), Finding.class);
	}

	private static Query unassigned(FindingFilter filter) {
		Criteria criteria = Criteria.where("actionId").is(null).and("withdrawn").is(false);
		if (filter.siteId() != null) {
			criteria = criteria.and("siteId").is(filter.siteId());
		}
		if (filter.grade() != null) {
			criteria = criteria.and("grade").is(filter.grade());
		}
		return Query.query(criteria);
	}

}
