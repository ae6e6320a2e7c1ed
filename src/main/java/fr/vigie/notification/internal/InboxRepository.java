package fr.vigie.notification.internal;

import java.time.Instant;
import java.util.List;

import fr.vigie.notification.InboxMessage;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;
import org.springframework.data.mongodb.repository.Update;

public interface InboxRepository extends MongoRepository<InboxMessage, String> {

	List<InboxMessage> findTop100ByRecipientOrderByCreatedAtDesc(String recipient);

	long countByRecipientAndReadAtIsNull(String recipient);

	/** Only the recipient can mark his own message read. */
	@Query("{ '_id': ?0, 'recipient': ?1, 'readAt': null }")
	@Update("{ '$set': { 'readAt': ?2 } }")
	long markRead(String id, String recipient, Instant readAt);

	@Query("{ '_id': ?0 }")
	@Update("{ '$set': { 'emailed': true } }")
	long markEmailed(String id);

}
