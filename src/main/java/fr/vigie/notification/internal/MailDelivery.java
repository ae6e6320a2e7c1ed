package fr.vigie.notification.internal;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import fr.vigie.notification.Attachment;
import fr.vigie.notification.Notice;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends notices through SMTP when {@code spring.mail.host} is configured; without it
 * Vigie keeps working with the in-app inbox only. Plain text in UTF-8, as a multipart
 * message when the notice carries attachments.
 */
@Component
public class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final I18NProvider messages;

	private final String from;

	private final String baseUrl;

	MailDelivery(ObjectProvider<JavaMailSender> sender, I18NProvider messages,
			@Value("${vigie.mail.from:vigie@localhost}") String from,
			@Value("${vigie.public-url:http://localhost:8080}") String baseUrl) {
		this.sender = sender;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	public boolean send(String address, Notice notice, Locale locale) {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			return false;
		}
		Object[] arguments = Notice.render(notice.arguments(), (key) -> this.messages.getTranslation(key, locale));
		String body = this.messages.getTranslation(notice.bodyKey(), locale, arguments);
		if (notice.link() != null) {
			body += "\n\n" + this.baseUrl + notice.link();
		}
		MimeMessage message = mailSender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, !notice.attachments().isEmpty(), "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(address);
			helper.setSubject("[Vigie] " + this.messages.getTranslation(notice.subjectKey(), locale, arguments));
			helper.setText(body + "\n\n-- \n" + this.messages.getTranslation("mail.footer", locale));
			for (Attachment attachment : notice.attachments()) {
				helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
		}
		catch (MessagingException ex) {
			log.warn("Could not compose notice {} for {}: {}", notice.dedupKey(), address, ex.getMessage());
			return false;
		}
		try {
			mailSender.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Could not e-mail notice {} to {}: {}", notice.dedupKey(), address, ex.getMessage());
			return false;
		}
	}

}
