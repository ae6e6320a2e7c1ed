package fr.vigie.report;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One subscriber's monthly delivery. Its id, {@code <month>:<username>}, is claimed
 * (inserted) before anything is rendered or sent, so that a second
 * {@code ReportDeliveryDue} for the same month, from any instance, sends nothing again.
 *
 * @param id {@code 2026-05:directeur}
 * @param month the month the reports cover, {@code 2026-05}
 * @param outcome how the reports went out, or why not
 * @param reportIds fingerprints of the issued reports, in the register
 * @param bytes total size of the PDFs
 * @param problem what went wrong (outcome {@link Outcome#FAILED}), for operators
 */
@Document("report_deliveries")
public record ReportDelivery(@Id String id, @Indexed String username, String month, Instant claimedAt, Outcome outcome,
		List<String> reportIds, long bytes, String problem) {

	public ReportDelivery {
		reportIds = (reportIds != null) ? List.copyOf(reportIds) : List.of();
	}

	public static String id(String month, String username) {
		return month + ":" + username;
	}

	public ReportDelivery finished(Outcome newOutcome, List<String> newReportIds, long newBytes, String newProblem) {
		return new ReportDelivery(this.id, this.username, this.month, this.claimedAt, newOutcome, newReportIds,
				newBytes, newProblem);
	}

	public enum Outcome {

		/** Claimed, not finished (in progress, or interrupted by a crash). */
		CLAIMED,
		/** E-mailed with the PDFs attached. */
		ATTACHED,
		/** E-mailed with one ZIP of the PDFs attached. */
		ZIPPED,
		/** Too large to attach: the e-mail points to the reports page. */
		LINKED,
		/** Nothing in the subscriber's scope (or no such account any more). */
		NOTHING,
		/** Rendering or sending failed; see the problem. */
		FAILED;

		public String messageKey() {
			return "report.delivery.outcome." + name();
		}

	}

}
