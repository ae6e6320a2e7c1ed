package fr.vigie.report;

import fr.vigie.scoring.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import fr.vigie.shared.Channel;

/**
 * Everything a site compliance report shows, already computed (by the scoring module
 * through {@link ReportDataSource}). Plain data: renderers only lay it out.
 * <p>
 * Privacy is structural: a test evaluates a service, never a person, so no component of
 * this model (nor of its parts) can hold an agent's or an auditor's name; auditors appear
 * only as {@link AuditorCode}s.
 *
 * @param organisationName the audited authority
 * @param siteId the site's id in the registry
 * @param siteName the site as printed
 * @param siteAddress one-line address (may be null)
 * @param period the period covered
 * @param referentialName referential as printed (e.g. "Services Publics+")
 * @param referentialVersion referential version as printed (e.g. "2023")
 * @param generatedAt the instant the figures were frozen (latest validated test taken
 * into account); printed as the edition date and used as the PDF creation date, so the
 * same figures always give the same file
 * @param verdict the site's verdict over the period
 * @param overall the overall mark, or null when no test was validated
 * @param threshold the referential's pass threshold out of 10
 * @param excellence the lower bound of the excellence band out of 10
 * @param engagements results per engagement, in the referential's order
 * @param channels results per channel
 * @param trend the site's overall mark over the previous waves and this one, oldest first
 * @param findings non-conformities and observations found in the period
 * @param actions corrective actions answering them
 * @param methodology how the figures were obtained
 */
public record SiteReportModel(String organisationName, String siteId, String siteName, String siteAddress,
		ReportPeriod period, String referentialName, String referentialVersion, Instant generatedAt, Verdict verdict,
		Score overall, double threshold, double excellence, List<EngagementResult> engagements,
		List<ChannelResult> channels, List<TrendPoint> trend, List<Finding> findings, List<CorrectiveAction> actions,
		Methodology methodology) {

	public SiteReportModel {
		require(organisationName, "organisationName");
		require(siteId, "siteId");
		require(siteName, "siteName");
		require(referentialName, "referentialName");
		require(referentialVersion, "referentialVersion");
		if (period == null || generatedAt == null || verdict == null || methodology == null) {
			throw new IllegalArgumentException("period, generatedAt, verdict and methodology are required");
		}
		if ((overall == null) != (verdict == Verdict.NO_DATA)) {
			throw new IllegalArgumentException("a site has no overall mark exactly when its verdict is NO_DATA");
		}
		checkThresholds(threshold, excellence);
		engagements = List.copyOf((engagements == null) ? List.of() : engagements);
		channels = List.copyOf((channels == null) ? List.of() : channels);
		trend = List.copyOf((trend == null) ? List.of() : trend);
		findings = List.copyOf((findings == null) ? List.of() : findings);
		actions = List.copyOf((actions == null) ? List.of() : actions);
	}

	/**
	 * A report for a site without any validated test in the period: it says so, and still
	 * shows where the figures would come from.
	 */
	public static SiteReportModel noData(String organisationName, String siteId, String siteName, String siteAddress,
			ReportPeriod period, String referentialName, String referentialVersion, Instant generatedAt,
			double threshold, double excellence, List<TrendPoint> trend, int minimumSample) {
		return new SiteReportModel(organisationName, siteId, siteName, siteAddress, period, referentialName,
				referentialVersion, generatedAt, Verdict.NO_DATA, null, threshold, excellence, List.of(), List.of(),
				trend, List.of(), List.of(), Methodology.none(minimumSample));
	}

	public boolean hasData() {
		return this.overall != null;
	}

	public int testCount() {
		return (this.overall != null) ? this.overall.tests() : 0;
	}

	static void require(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be empty");
		}
	}

	static void checkThresholds(double threshold, double excellence) {
		if (threshold < 0 || threshold > 10 || excellence < threshold || excellence > 10) {
			throw new IllegalArgumentException(
					"thresholds must satisfy 0 <= threshold <= excellence <= 10: " + threshold + ", " + excellence);
		}
	}

	/**
	 * @param code the engagement's number or code in the referential (e.g. "1")
	 * @param title the engagement's title
	 * @param score null when no test covered it
	 * @param blockingItemFailed a blocking item failed, which fails the engagement
	 * whatever its mark
	 */
	public record EngagementResult(String code, String title, Score score, Verdict verdict,
			boolean blockingItemFailed) {

		public EngagementResult {
			require(code, "code");
			require(title, "title");
			if (verdict == null) {
				throw new IllegalArgumentException("verdict is required");
			}
		}

	}

	public record ChannelResult(Channel channel, Score score, Verdict verdict) {

		public ChannelResult {
			if (channel == null || verdict == null) {
				throw new IllegalArgumentException("channel and verdict are required");
			}
		}

	}

	/**
	 * The overall mark of one wave.
	 *
	 * @param label the wave as printed on the chart (e.g. "T3 2025")
	 * @param date the wave's end date, to order points
	 * @param score null when the site was not tested in that wave
	 */
	public record TrendPoint(String label, LocalDate date, Score score) {

		public TrendPoint {
			require(label, "label");
			if (date == null) {
				throw new IllegalArgumentException("date is required");
			}
		}

	}

	/**
	 * A non-compliant item of a validated test, graded as certification bodies do.
	 *
	 * @param reference stable reference printed in the report (e.g. "C-012")
	 * @param description what was observed; may be long, it is never cut
	 * @param evidence thumbnails of the evidence attached to the test
	 */
	public record Finding(String reference, FindingGrade grade, String engagementCode, String criterion,
			Channel channel, LocalDate observedOn, String description, List<Evidence> evidence) {

		public Finding {
			require(reference, "reference");
			require(criterion, "criterion");
			if (grade == null || channel == null || observedOn == null) {
				throw new IllegalArgumentException("grade, channel and observedOn are required");
			}
			description = (description == null) ? "" : description;
			evidence = List.copyOf((evidence == null) ? List.of() : evidence);
		}

	}

	public enum FindingGrade {

		MAJOR_NONCONFORMITY, MINOR_NONCONFORMITY, OBSERVATION, IMPROVEMENT_OPPORTUNITY

	}

	/**
	 * A picture attached to a test (a photo of signage, a screenshot of a web page, a
	 * scan of a letter), as JPEG or PNG bytes. Renderers reduce it to a thumbnail.
	 */
	public record Evidence(String caption, byte[] image) {

		public Evidence {
			if (image == null || !(isJpeg(image) || isPng(image))) {
				throw new IllegalArgumentException("evidence must be a JPEG or PNG image");
			}
			caption = (caption == null) ? "" : caption;
			image = image.clone();
		}

		@Override
		public byte[] image() {
			return this.image.clone();
		}

		private static boolean isJpeg(byte[] bytes) {
			return bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
		}

		private static boolean isPng(byte[] bytes) {
			return bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
					&& bytes[3] == 'G';
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Evidence evidence && this.caption.equals(evidence.caption)
					&& Arrays.equals(this.image, evidence.image);
		}

		@Override
		public int hashCode() {
			return 31 * this.caption.hashCode() + Arrays.hashCode(this.image);
		}

		@Override
		public String toString() {
			return "Evidence[" + this.caption + ", " + this.image.length + " bytes]";
		}

	}

	/**
	 * A corrective action. Its owner is a unit or a role ("Service accueil"), never a
	 * person.
	 */
	public record CorrectiveAction(String reference, String title, String ownerUnit, LocalDate dueOn,
			ActionStatus status, LocalDate closedOn, List<String> findingReferences) {

		public CorrectiveAction {
			require(reference, "reference");
			require(title, "title");
			if (status == null) {
				throw new IllegalArgumentException("status is required");
			}
			findingReferences = List.copyOf((findingReferences == null) ? List.of() : findingReferences);
		}

		/** Still open after its due date. */
		public boolean overdueOn(LocalDate day) {
			return this.dueOn != null
					&& (this.status == ActionStatus.PLANNED || this.status == ActionStatus.IN_PROGRESS)
					&& this.dueOn.isBefore(day);
		}

	}

	public enum ActionStatus {

		PLANNED, IN_PROGRESS, DONE, CANCELLED

	}

	/**
	 * How the figures were obtained.
	 *
	 * @param firstTest date of the first validated test (null without tests)
	 * @param lastTest date of the last validated test (null without tests)
	 * @param scenarios the scenarios played by the auditors
	 * @param auditorCodes codes of the auditors who ran the tests, never their names
	 * @param minimumSample below this number of tests a verdict is "insufficient sample"
	 */
	public record Methodology(List<ChannelCount> testsPerChannel, LocalDate firstTest, LocalDate lastTest,
			List<String> scenarios, List<AuditorCode> auditorCodes, int minimumSample) {

		public Methodology {
			testsPerChannel = List.copyOf((testsPerChannel == null) ? List.of() : testsPerChannel);
			scenarios = List.copyOf((scenarios == null) ? List.of() : scenarios);
			auditorCodes = List.copyOf((auditorCodes == null) ? List.of() : auditorCodes);
			if (minimumSample < 1) {
				throw new IllegalArgumentException("minimumSample must be positive: " + minimumSample);
			}
		}

		public static Methodology none(int minimumSample) {
			return new Methodology(List.of(), null, null, List.of(), List.of(), minimumSample);
		}

		public int totalTests() {
			return this.testsPerChannel.stream().mapToInt(ChannelCount::tests).sum();
		}

	}

	public record ChannelCount(Channel channel, int tests) {

		public ChannelCount {
			if (channel == null || tests < 0) {
				throw new IllegalArgumentException("a channel and a non-negative count are required");
			}
		}

	}

}
