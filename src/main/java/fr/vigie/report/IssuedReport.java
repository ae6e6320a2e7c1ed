package fr.vigie.report;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An entry of the register of issued reports. Its id is the SHA-256 of the PDF bytes: a
 * file is an authentic, unchanged Vigie report exactly when its fingerprint is
 * registered. Issuing the same bytes again returns the first entry.
 *
 * @param sha256 fingerprint of the PDF (lower-case hex), the register key
 * @param documentId the PDF's file identifier, derived from the report's content; a file
 * carrying a registered identifier with another fingerprint is an altered copy
 * @param subject what the report is about, as shown (site name or scope)
 * @param issuedBy username of the person (or {@code system}) who issued it
 * @param fileId where the PDF bytes are stored (GridFS)
 * @param batchId the batch that produced it, if any
 */
@Document("issued_reports")
@CompoundIndex(name = "site_period", def = "{ 'siteId': 1, 'periodCode': 1 }")
public record IssuedReport(@Id String sha256, @Indexed String documentId, ReportKind kind, String siteId,
		String subject, String periodCode, String referentialId, String referentialLabel, String issuedBy,
		@Indexed Instant issuedAt, String fileName, long size, String fileId, String batchId) {

	/** The first characters of the fingerprint, enough to read it out on the phone. */
	public String shortFingerprint() {
		return this.sha256.substring(0, 16);
	}

}
