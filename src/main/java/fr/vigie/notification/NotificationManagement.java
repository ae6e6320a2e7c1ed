package fr.vigie.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import fr.vigie.identity.UserAccount;
import fr.vigie.identity.UserManagement;
import fr.vigie.notification.internal.InboxRepository;
import fr.vigie.notification.internal.MailDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Delivers notices once: the inbox entry is inserted under the notice's dedup key before
 * any e-mail goes out, so two instances or a retry after a crash cannot notify twice.
 */
@Service
public class NotificationManagement {

	private static final Logger log = LoggerFactory.getLogger(NotificationManagement.class);

	private final InboxRepository inbox;

	private final MailDelivery mail;

	private final UserManagement users;

	private final Clock clock;

	NotificationManagement(InboxRepository inbox, MailDelivery mail, UserManagement users, Clock clock) {
		this.inbox = inbox;
		this.mail = mail;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * Stores the notice in the recipient's inbox and e-mails it, with its attachments,
	 * when he has an address. The inbox keeps the link, never the attachments.
	 * @return {@code false} when this notice was already delivered (nothing is sent
	 * again)
	 */
	@PreAuthorize("hasAnyRole('SYSTEM', 'QUALITY_MANAGER', 'ADMIN')")
	public boolean notify(Notice notice) {
		InboxMessage message = new InboxMessage(notice.dedupKey(), notice.recipient(), notice.subjectKey(),
				notice.bodyKey(), notice.arguments(), notice.link(), this.clock.instant(), null, false);
		try {
			this.inbox.insert(message);
		}
		catch (DuplicateKeyException alreadyDelivered) {
			return false;
		}
		this.users.findByUsername(notice.recipient())
			.filter(UserAccount::enabled)
			.map(UserAccount::email)
			.ifPresentOrElse((address) -> {
				if (this.mail.send(address, notice, Locale.FRENCH)) {
					this.inbox.markEmailed(message.id());
				}
			}, () -> log.debug("No e-mail address for {}; notice {} is in-app only", notice.recipient(),
					notice.dedupKey()));
		return true;
	}

	@PreAuthorize("isAuthenticated()")
	public List<InboxMessage> myInbox() {
		return this.inbox.findTop100ByRecipientOrderByCreatedAtDesc(currentUsername());
	}

	@PreAuthorize("isAuthenticated()")
	public long myUnreadCount() {
		return this.inbox.countByRecipientAndReadAtIsNull(currentUsername());
	}

	@PreAuthorize("isAuthenticated()")
	public void markRead(String messageId) {
		this.inbox.markRead(messageId, currentUsername(), this.clock.instant());
	}

	private static String currentUsername() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

}
