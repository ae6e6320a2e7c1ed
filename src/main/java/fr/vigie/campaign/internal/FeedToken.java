package fr.vigie.campaign.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The secret in an auditor's private calendar URL. One per auditor; regenerating it
 * revokes the previous URL at once.
 */
@Document("feed_tokens")
record FeedToken(@Id String username, @Indexed(unique = true) String token, Instant createdAt) {

}
