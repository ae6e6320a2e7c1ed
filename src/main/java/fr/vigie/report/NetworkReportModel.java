package fr.vigie.report;

import fr.vigie.scoring.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a network report shows for the sites of a director's scope (or the whole network):
 * ranking, distribution of marks, best and worst items, sites below the threshold and the
 * trend over waves. Plain data, already computed; no component can hold a person's name.
 *
 * @param scopeLabel what the report covers, as printed (e.g. "Territoire Nord, 4 sites")
 * @param generatedAt the instant the figures were frozen; the PDF creation date
 * @param overall the network's mark over all its tests, or null without any test
 * @param ranking every site of the scope, ranked sites first (best first)
 * @param distribution number of sites per band of marks, lowest band first
 * @param bestItems criteria with the highest conformity
 * @param worstItems criteria with the lowest conformity
 * @param trend the network over the previous waves and this one, oldest first
 */
public record NetworkReportModel(String organisationName, String scopeLabel, ReportPeriod period,
		String referentialName, String referentialVersion, Instant generatedAt, double threshold, double excellence,
		Score overall, List<RankedSite> ranking, List<MarkBucket> distribution, List<ItemResult> bestItems,
		List<ItemResult> worstItems, List<NetworkTrendPoint> trend) {

	public NetworkReportModel {
		SiteReportModel.require(organisationName, "organisationName");
		SiteReportModel.require(scopeLabel, "scopeLabel");
		SiteReportModel.require(referentialName, "referentialName");
		SiteReportModel.require(referentialVersion, "referentialVersion");
		if (period == null || generatedAt == null) {
			throw new IllegalArgumentException("period and generatedAt are required");
		}
		SiteReportModel.checkThresholds(threshold, excellence);
		ranking = List.copyOf((ranking == null) ? List.of() : ranking);
		distribution = List.copyOf((distribution == null) ? List.of() : distribution);
		bestItems = List.copyOf((bestItems == null) ? List.of() : bestItems);
		worstItems = List.copyOf((worstItems == null) ? List.of() : worstItems);
		trend = List.copyOf((trend == null) ? List.of() : trend);
	}

	public boolean hasData() {
		return this.overall != null;
	}

	/** Sites judged below the pass threshold, in ranking order. */
	public List<RankedSite> sitesBelowThreshold() {
		return this.ranking.stream().filter((site) -> site.verdict() == Verdict.NOT_MET).toList();
	}

	/** Sites judged at or above the pass threshold. */
	public long sitesMeetingThreshold() {
		return this.ranking.stream()
			.filter((site) -> site.verdict() == Verdict.MET || site.verdict() == Verdict.EXCELLENT)
			.count();
	}

	/**
	 * @param rank position among ranked sites (1 = best), or null when the site has no
	 * score in the period
	 */
	public record RankedSite(Integer rank, String siteId, String siteName, Score score, Verdict verdict) {

		public RankedSite {
			SiteReportModel.require(siteId, "siteId");
			SiteReportModel.require(siteName, "siteName");
			if (verdict == null) {
				throw new IllegalArgumentException("verdict is required");
			}
			if ((score == null) != (verdict == Verdict.NO_DATA)) {
				throw new IllegalArgumentException("a site has no score exactly when its verdict is NO_DATA");
			}
		}

	}

	/** Sites whose mark lies in [from, to) (the last band includes 10). */
	public record MarkBucket(double from, double to, int sites) {

		public MarkBucket {
			if (from < 0 || to > 10 || from >= to || sites < 0) {
				throw new IllegalArgumentException("invalid band [" + from + ", " + to + "): " + sites);
			}
		}

	}

	/**
	 * A criterion of the referential across the network.
	 *
	 * @param conformityPercent share of compliant answers, in %
	 * @param tests number of tests that assessed it
	 */
	public record ItemResult(String engagementCode, String criterion, double conformityPercent, int tests) {

		public ItemResult {
			SiteReportModel.require(criterion, "criterion");
			if (conformityPercent < 0 || conformityPercent > 100 || tests < 1) {
				throw new IllegalArgumentException("invalid item result: " + conformityPercent + " % on " + tests);
			}
		}

	}

	/**
	 * @param score the network's mark in that wave, or null when nothing was tested
	 * @param shareMetPercent share of judged sites at or above the threshold, in %
	 */
	public record NetworkTrendPoint(String label, LocalDate date, Score score, double shareMetPercent) {

		public NetworkTrendPoint {
			SiteReportModel.require(label, "label");
			if (date == null || shareMetPercent < 0 || shareMetPercent > 100) {
				throw new IllegalArgumentException("invalid trend point " + label);
			}
		}

	}

}
