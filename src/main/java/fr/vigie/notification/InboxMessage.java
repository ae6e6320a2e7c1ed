package fr.vigie.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A notice as stored for the in-app inbox. Its id is the notice's dedup key, so that a
 * second delivery of the same notice is refused by the database itself.
 */
@Document("inbox")
public record InboxMessage(@Id String id, @Indexed String recipient, String subjectKey, String bodyKey,
		List<String> arguments, String link, Instant createdAt, Instant readAt, boolean emailed) {

	public boolean unread() {
		return this.readAt == null;
	}

}
