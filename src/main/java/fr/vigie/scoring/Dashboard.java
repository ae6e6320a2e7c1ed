package fr.vigie.scoring;

import java.util.List;

/**
 * The directors' dashboard over a query, within the caller's scope: every figure the
 * screen, its charts and its exports show.
 *
 * @param overall the scope's mark over all its tests; null without any
 * @param sites every site of the scope, ranked (see
 * {@link ScoringManagement#siteResults})
 * @param trend the last quarters up to the query's end
 * @param items every assessed item, best first
 */
public record Dashboard(ScoreQuery query, Thresholds thresholds, Mark overall, List<SiteResult> sites,
		List<ChannelResult> channels, List<EngagementResult> engagements, List<WaveResult> trend, Heatmap heatmap,
		List<ItemConformity> items) {

	/** Number of sites per verdict, in the order of {@link Verdict}. */
	public int sitesWith(Verdict verdict) {
		return (int) this.sites.stream().filter((site) -> site.verdict() == verdict).count();
	}

	/**
	 * Sites with a mark in each band of one point, [0, 1) to [9, 10] (the last band
	 * includes 10).
	 */
	public int[] distribution() {
		int[] bands = new int[10];
		for (SiteResult site : this.sites) {
			if (site.mark() != null) {
				bands[Math.min(9, (int) Math.floor(site.mark().value()))]++;
			}
		}
		return bands;
	}

	public List<ItemConformity> bestItems(int count) {
		return this.items.subList(0, Math.min(count, this.items.size()));
	}

	/** The lowest conformities, worst first. */
	public List<ItemConformity> worstItems(int count) {
		List<ItemConformity> worst = new java.util.ArrayList<>(
				this.items.subList(Math.max(0, this.items.size() - count), this.items.size()));
		java.util.Collections.reverse(worst);
		return worst;
	}

}
