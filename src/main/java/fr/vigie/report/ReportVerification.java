package fr.vigie.report;

/**
 * What the register says about an uploaded file.
 *
 * @param outcome the verdict
 * @param sha256 the uploaded file's fingerprint (null when it was not read)
 * @param report the matching register entry: the report itself when authentic, the
 * original when the file is an altered copy, otherwise null
 */
public record ReportVerification(Outcome outcome, String sha256, IssuedReport report) {

	public boolean authentic() {
		return this.outcome == Outcome.AUTHENTIC;
	}

	public enum Outcome {

		/** The fingerprint is registered: an authentic, unchanged Vigie report. */
		AUTHENTIC,
		/**
		 * The file carries the identifier of a registered report but its bytes differ: it
		 * was modified after issue.
		 */
		ALTERED,
		/** A PDF that claims to come from Vigie, but no such report was issued here. */
		UNKNOWN,
		/** A PDF that was not produced by Vigie. */
		NOT_VIGIE,
		/** Not a PDF file at all. */
		NOT_PDF;

		public String messageKey() {
			return "report.verify.outcome." + name();
		}

	}

}
