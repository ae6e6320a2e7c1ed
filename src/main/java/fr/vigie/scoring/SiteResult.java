package fr.vigie.scoring;

/**
 * A site's score over a query, as ranked in the league table.
 *
 * @param rank 1 for the best mark; null when the site has no scored test
 * @param mark null when the site has no scored test
 */
public record SiteResult(Integer rank, String siteId, String siteName, Mark mark, Verdict verdict,
		LabelEstimate label) {

}
