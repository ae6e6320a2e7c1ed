package fr.vigie.notification.internal;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import fr.vigie.notification.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends notices through SMTP when {@code spring.mail.host} is configured; without it
 * Vigie keeps working with the in-app inbox only.
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
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(address);
		message.setSubject("[Vigie] " + this.messages.getTranslation(notice.subjectKey(), locale, arguments));
		String body = this.messages.getTranslation(notice.bodyKey(), locale, arguments);
		if (notice.link() != null) {
			body += "\n\n" + this.baseUrl + notice.link();
		}
		message.setText(body + "\n\n-- \n" + this.messages.getTranslation("mail.footer", locale));
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
