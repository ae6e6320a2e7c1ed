package fr.vigie.scoring;

import java.util.List;

/**
 * One validated test scored against its referential version: its weighted conformity, its
 * score per engagement and the outcome of every assessed item.
 *
 * @param earned sum of the weights of compliant items
 * @param possible sum of the weights of compliant and non-compliant items; 0 when nothing
 * could be assessed, and the test then counts in no score
 * @param blockingFailed a blocking item was non-compliant
 * @param engagements per engagement (the parent node of the items), in referential order
 * @param items every assessed item (compliant or non-compliant), in referential order
 */
public record TestScore(double earned, double possible, boolean blockingFailed, List<EngagementScore> engagements,
		List<ItemOutcome> items) {

	public TestScore {
		engagements = List.copyOf(engagements);
		items = List.copyOf(items);
	}

	public boolean scored() {
		return this.possible > 0;
	}

	/** Weighted conformity rate between 0 and 1; NaN when nothing was assessed. */
	public double rate() {
		return scored() ? this.earned / this.possible : Double.NaN;
	}

	/** This test as a tally of one, or an empty tally when nothing was assessed. */
	public Tally tally() {
		return scored() ? Tally.ofTest(rate(), this.blockingFailed) : Tally.EMPTY;
	}

	public List<ItemOutcome> nonCompliant() {
		return this.items.stream().filter((item) -> !item.compliant()).toList();
	}

	/**
	 * @param urn the engagement node's URN
	 * @param refId its number as printed ("1", "A"), or null
	 * @param name its title in French
	 */
	public record EngagementScore(String urn, String refId, String name, double earned, double possible,
			boolean blockingFailed) {

		public double rate() {
			return (this.possible > 0) ? this.earned / this.possible : Double.NaN;
		}

		public Tally tally() {
			return (this.possible > 0) ? Tally.ofTest(rate(), this.blockingFailed) : Tally.EMPTY;
		}

	}

	/**
	 * @param urn the item's URN
	 * @param refId the item's number as printed, or null
	 * @param name the item's title in French
	 * @param engagementUrn the item's engagement (its parent node)
	 */
	public record ItemOutcome(String urn, String refId, String name, String engagementUrn, double weight,
			boolean blocking, boolean compliant) {

	}

}
