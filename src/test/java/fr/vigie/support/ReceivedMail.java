package fr.vigie.support;

import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** What the in-process SMTP server received, read back. */
public final class ReceivedMail {

	private ReceivedMail() {
	}

	/** Subjects of the messages sent to {@code address}, in arrival order. */
	public static List<String> subjectsTo(GreenMailExtension smtp, String address) throws MessagingException {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
				subjects.add(message.getSubject());
			}
		}
		return subjects;
	}

}
