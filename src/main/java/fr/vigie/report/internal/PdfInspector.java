package fr.vigie.report.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openpdf.text.pdf.PdfReader;

/**
 * Reads what an uploaded file says about itself: whether it is a PDF, whether it claims
 * to come from Vigie, and the document identifier in its trailer. The identifier is also
 * searched in the raw bytes, so a copy damaged by editing is still recognised.
 */
public final class PdfInspector {

	private static final Pattern TRAILER_ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9A-Fa-f]{32})>");

	private PdfInspector() {
	}

	public static Inspection inspect(byte[] bytes) {
		if (bytes == null || bytes.length < 8
				|| !new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
			return new Inspection(false, false, null);
		}
		String documentId = null;
		Matcher matcher = TRAILER_ID.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
		while (matcher.find()) {
			documentId = matcher.group(1).toLowerCase(Locale.ROOT);
		}
		boolean vigie = false;
		try (PdfReader reader = new PdfReader(bytes)) {
			String creator = reader.getInfo().get("Creator");
			vigie = PdfAWriter.PRODUCER_TAG.equals(creator);
		}
		catch (Exception unreadable) {
			// a damaged file is judged on its raw identifier alone
		}
		return new Inspection(true, vigie, documentId);
	}

	/**
	 * @param pdf starts like a PDF file
	 * @param claimsVigie its information dictionary names Vigie as creator
	 * @param documentId the identifier in its trailer (lower-case hex), or null
	 */
	public record Inspection(boolean pdf, boolean claimsVigie, String documentId) {

	}

}
