package fr.vigie.scoring;

import java.util.List;

/**
 * Everything a site's results page shows for a query: overall score and verdict, label
 * estimate, engagements, channels, the trend over the last waves, the tests behind the
 * figures (history), the findings of the period and the site's corrective actions.
 *
 * @param overall null when no test was scored in the period
 */
public record SiteDetail(String siteId, String siteName, ScoreQuery query, Thresholds thresholds, Mark overall,
		Verdict verdict, LabelEstimate label, List<EngagementResult> engagements, List<ChannelResult> channels,
		List<WaveResult> trend, List<TestRecord> tests, List<Finding> findings, List<ActionView> actions) {

}
