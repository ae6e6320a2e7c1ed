package fr.vigie.report;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A director's or quality manager's subscription to the monthly e-mail delivery of his
 * reports, which he manages himself on the reports screen. Which sites are covered is not
 * stored: it is his scope at delivery time.
 *
 * @param username the subscriber
 * @param active whether he wants the delivery at all
 * @param kinds the documents he wants: the network report of his scope, and for every
 * site of his scope its compliance report and posters
 * @param changedAt last change
 * @param version optimistic lock (null until first saved)
 */
@Document("report_subscriptions")
public record DeliverySubscription(@Id String username, boolean active, Set<ReportKind> kinds, Instant changedAt,
		@Version Long version) {

	public DeliverySubscription {
		kinds = (kinds == null || kinds.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
	}

	/**
	 * What a user who never subscribed sees: nothing sent, the network report proposed.
	 */
	public static DeliverySubscription none(String username) {
		return new DeliverySubscription(username, false, Set.of(ReportKind.NETWORK), null, null);
	}

}
