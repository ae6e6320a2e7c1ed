package fr.vigie.scoring.internal;

import java.util.List;
import java.util.stream.LongStream;

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

	/**
	 * {@code count} consecutive finding references reserved with one increment, for bulk
	 * loads.
	 */
	public List<String> nextFindings(int count) {
		if (count == 0) {
			return List.of();
		}
		long last = next("finding", count);
		return LongStream.rangeClosed(last - count + 1, last).mapToObj("C-%05d"::formatted).toList();
	}

	public String nextAction() {
		return "A-%04d".formatted(next("action"));
	}

	private long next(String counter) {
		return next(counter, 1);
	}

	private long next(String counter, long by) {
		Document updated = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(counter)),
				new Update().inc("value", by), FindAndModifyOptions.options().returnNew(true).upsert(true),
				Document.class, "scoring_counters");
		return ((Number) updated.get("value")).longValue();
	}

}
