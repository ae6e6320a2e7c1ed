package fr.vigie.identity.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Locks a username for a while after repeated failed logins. State lives in MongoDB so
 * that every Vigie instance behind a load balancer applies the same lock; counters change
 * with atomic single-document updates.
 */
@Component
class LoginThrottle {

	private final MongoTemplate mongo;

	private final SecurityProperties properties;

	private final Clock clock;

	LoginThrottle(MongoTemplate mongo, SecurityProperties properties, Clock clock) {
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	boolean isLocked(String username) {
		LoginFailures failures = this.mongo.findById(username, LoginFailures.class);
		return failures != null && failures.lockedUntil() != null
				&& failures.lockedUntil().isAfter(this.clock.instant());
	}

	void recordFailure(String username) {
		Query byUser = Query.query(Criteria.where("_id").is(username));
		LoginFailures failures = this.mongo.findAndModify(byUser,
				new Update().inc("count", 1).set("lastFailureAt", this.clock.instant()),
				FindAndModifyOptions.options().upsert(true).returnNew(true), LoginFailures.class);
		if (failures != null && failures.count() >= this.properties.maxLoginFailures()) {
			Instant until = this.clock.instant().plus(this.properties.loginLockDuration());
			this.mongo.updateFirst(byUser, new Update().set("count", 0).set("lockedUntil", until), LoginFailures.class);
		}
	}

	void recordSuccess(String username) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(username)), LoginFailures.class);
	}

	@Document("login_failures")
	record LoginFailures(@Id String username, int count, Instant lastFailureAt, Instant lockedUntil) {

	}

}
