package fr.vigie.audit;

/**
 * A stored evidence file (photo, scanned letter, e-mail) with the SHA-256 fingerprint
 * computed when it was received.
 */
public record EvidenceFile(String id, String fileName, String contentType, long size, String sha256, byte[] content) {

	public boolean isImage() {
		return this.contentType != null && this.contentType.startsWith("image/");
	}

}
