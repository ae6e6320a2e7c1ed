package fr.vigie.report;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A background generation of site compliance reports for many sites, updated as it goes
 * (one atomic update per site), then downloadable as one ZIP.
 *
 * @param siteIds the sites to render, in order
 * @param done sites rendered and registered
 * @param failures sites that could not be rendered, with the reason
 * @param reportIds fingerprints of the reports issued, in the order of {@code siteIds}
 */
@Document("report_batches")
public record ReportBatch(@Id String id, @Indexed String requestedBy, Instant requestedAt, String periodCode,
		String referentialId, List<String> siteIds, int done, List<Failure> failures, List<String> reportIds,
		Status status, Instant startedAt, Instant finishedAt) {

	public ReportBatch {
		siteIds = (siteIds == null) ? List.of() : List.copyOf(siteIds);
		failures = (failures == null) ? List.of() : List.copyOf(failures);
		reportIds = (reportIds == null) ? List.of() : List.copyOf(reportIds);
	}

	public int total() {
		return this.siteIds.size();
	}

	/** Sites handled so far, rendered or failed. */
	public int processed() {
		return this.done + this.failures.size();
	}

	public double progress() {
		return (total() == 0) ? 1.0 : (double) processed() / total();
	}

	public boolean finished() {
		return this.status == Status.COMPLETED || this.status == Status.COMPLETED_WITH_ERRORS
				|| this.status == Status.INTERRUPTED;
	}

	public boolean downloadable() {
		return finished() && this.done > 0;
	}

	public enum Status {

		QUEUED, RUNNING, COMPLETED, COMPLETED_WITH_ERRORS,
		/** The application stopped while the batch ran; what was done is kept. */
		INTERRUPTED;

		public String messageKey() {
			return "report.batch.status." + name();
		}

	}

	/** A site that could not be rendered and why (a message key or a short text). */
	public record Failure(String siteId, String reason) {

	}

}
