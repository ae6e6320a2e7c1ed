package fr.vigie.report;

import fr.vigie.scoring.Verdict;
import java.time.Instant;
import java.util.List;

import fr.vigie.report.SiteReportModel.ChannelCount;

/**
 * The results poster of a site for its reception area, as Services Publics+ asks services
 * to publish their results: a few key indicators in plain language, in large type.
 *
 * @param overall the overall mark, or null when nothing was tested in the period
 * @param indicators key indicators, most important first (three to five fit a page)
 * @param improvements what the service commits to improve, in plain words
 * @param testsPerChannel how many tests the figures rest on
 */
public record PosterModel(String organisationName, String siteName, ReportPeriod period, String referentialName,
		Instant generatedAt, Verdict verdict, Score overall, double threshold, List<KeyIndicator> indicators,
		List<String> improvements, List<ChannelCount> testsPerChannel) {

	public PosterModel {
		SiteReportModel.require(organisationName, "organisationName");
		SiteReportModel.require(siteName, "siteName");
		SiteReportModel.require(referentialName, "referentialName");
		if (period == null || generatedAt == null || verdict == null) {
			throw new IllegalArgumentException("period, generatedAt and verdict are required");
		}
		if ((overall == null) != (verdict == Verdict.NO_DATA)) {
			throw new IllegalArgumentException("a poster has no mark exactly when its verdict is NO_DATA");
		}
		indicators = List.copyOf((indicators == null) ? List.of() : indicators);
		improvements = List.copyOf((improvements == null) ? List.of() : improvements);
		testsPerChannel = List.copyOf((testsPerChannel == null) ? List.of() : testsPerChannel);
	}

	/**
	 * A figure and what it means, e.g. value "87 %" and label "des appels ont reçu une
	 * réponse d'un agent".
	 */
	public record KeyIndicator(String value, String label) {

		public KeyIndicator {
			SiteReportModel.require(value, "value");
			SiteReportModel.require(label, "label");
		}

	}

}
