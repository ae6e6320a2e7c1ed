package fr.vigie.notification;

import java.util.List;

import org.springframework.util.Assert;

/**
 * Something to tell one user. Texts are message keys with arguments, rendered in French
 * for e-mail and in the reader's language in the inbox.
 *
 * @param recipient username of the person to notify
 * @param subjectKey message key of the one-line subject
 * @param bodyKey message key of the body
 * @param arguments arguments of both messages, already formatted; an argument written
 * {@code #some.key} is itself a message key, translated in the reader's language
 * @param link path inside Vigie to open (may be null)
 * @param dedupKey identifies the notice so that it is never delivered twice, whichever
 * instance or retry sends it (e.g. {@code reminder:day-before:<slot id>})
 * @param attachments files sent with the e-mail only (the inbox keeps the link)
 */
public record Notice(String recipient, String subjectKey, String bodyKey, List<String> arguments, String link,
		String dedupKey, List<Attachment> attachments) {

	public Notice {
		Assert.hasText(recipient, "recipient");
		Assert.hasText(subjectKey, "subjectKey");
		Assert.hasText(bodyKey, "bodyKey");
		Assert.hasText(dedupKey, "dedupKey");
		arguments = List.copyOf(arguments);
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/** A notice without attachments. */
	public Notice(String recipient, String subjectKey, String bodyKey, List<String> arguments, String link,
			String dedupKey) {
		this(recipient, subjectKey, bodyKey, arguments, link, dedupKey, List.of());
	}

	/**
	 * Marks a message key used as an argument, e.g.
	 * {@code Notice.key(channel.messageKey())}.
	 */
	public static String key(String messageKey) {
		return "#" + messageKey;
	}

	/** Arguments with their {@code #key} entries translated by {@code translate}. */
	public static Object[] render(List<String> arguments, java.util.function.UnaryOperator<String> translate) {
		return arguments.stream()
			.map((argument) -> argument.startsWith("#") ? translate.apply(argument.substring(1)) : argument)
			.toArray();
	}

}
