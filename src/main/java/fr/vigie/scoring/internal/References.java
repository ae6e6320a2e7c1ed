package fr.vigie.scoring.internal;

import org.bson.Document;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Short references printed in reports and screens ("C-00012" for findings, "A-0003" for
 * actions), from counters incremented atomically in MongoDB so two instances never hand
 * out the same number.
 */
@Component
public class References {

	private final MongoTemplate mongo;

	References(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public String nextFinding() {
		return "C-%05d".formatted(next("finding"));
	}

	public String nextAction() {
		return "A-%04d".formatted(next("action"));
	}

	private long next(String counter) {
		Document updated = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(counter)),
				new Update().inc("value", 1L), FindAndModifyOptions.options().returnNew(true).upsert(true),
				Document.class, "scoring_counters");
		return ((Number) updated.get("value")).longValue();
	}

}
