package fr.vigie.audit.internal;

import java.util.List;

import fr.vigie.audit.AuditStatus;
import fr.vigie.audit.AuditTest;
import fr.vigie.audit.ReviewEntry;
import fr.vigie.shared.store.Pages;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Tests of one status a page at a time, read as {@link ReviewEntry} projections: only the
 * fields the lists show leave the store, never the checklists.
 */
@Component
public class ReviewLists {

	private final MongoOperations mongo;

	ReviewLists(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** Rows {@code offset} to {@code offset + limit} of the tests in {@code status}. */
	public List<ReviewEntry> page(AuditStatus status, Sort order, int offset, int limit) {
		Query query = Pages.page(withStatus(status), offset, limit, order);
		return this.mongo.query(AuditTest.class).as(ReviewEntry.class).matching(query).all();
	}

	public long count(AuditStatus status) {
		return this.mongo.count(withStatus(status), AuditTest.class);
	}

	private static Query withStatus(AuditStatus status) {
		return Query.query(Criteria.where("status").is(status));
	}

}
