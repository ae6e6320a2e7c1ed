package fr.vigie.shared.store;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Store health for {@code /actuator/health}. Boot's own MongoDB indicator sends
 * {@code hello}, which the embedded server does not know; {@code ping} works on both.
 */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

	private final MongoTemplate mongo;

	StoreHealthIndicator(MongoTemplate mongo) {
		super("Store health check failed");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document answer = this.mongo.getDb().runCommand(new Document("ping", 1));
		if (answer.get("ok") instanceof Number ok && ok.doubleValue() == 1.0) {
			builder.up();
		}
		else {
			builder.down().withDetail("answer", answer.toJson());
		}
	}

}
