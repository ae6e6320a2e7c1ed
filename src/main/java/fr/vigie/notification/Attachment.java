package fr.vigie.notification;

import org.springframework.util.Assert;

/**
 * A file sent with the e-mail of a {@link Notice} (never stored in the inbox: the inbox
 * keeps the notice's link instead).
 *
 * @param fileName name shown to the recipient
 * @param contentType MIME type, e.g. {@code application/pdf}
 * @param content the bytes
 */
public record Attachment(String fileName, String contentType, byte[] content) {

	public Attachment {
		Assert.hasText(fileName, "fileName");
		Assert.hasText(contentType, "contentType");
		Assert.notNull(content, "content");
	}

	public int size() {
		return this.content.length;
	}

}
