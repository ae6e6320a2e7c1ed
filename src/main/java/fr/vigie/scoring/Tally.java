package fr.vigie.scoring;

/**
 * The aggregatable part of a score: the sum of the weighted conformity rates of the tests
 * (each between 0 and 1), how many tests they are, and how many of them failed a blocking
 * item. Tallies add up, so any grouping (engagement, channel, site, wave, period,
 * network) is a sum of per-test tallies; stored scores are summed the same way by MongoDB
 * aggregation pipelines.
 *
 * @param rateSum sum of the tests' conformity rates
 * @param tests number of scored tests
 * @param blockingFailures number of tests in which a blocking item failed
 */
public record Tally(double rateSum, int tests, int blockingFailures) {

	public static final Tally EMPTY = new Tally(0, 0, 0);

	public Tally {
		if (tests < 0 || blockingFailures < 0 || blockingFailures > tests || rateSum < -1e-9
				|| rateSum > tests + 1e-9) {
			throw new IllegalArgumentException("invalid tally " + rateSum + " / " + tests + ", " + blockingFailures);
		}
	}

	/** One test with the given conformity rate. */
	public static Tally ofTest(double rate, boolean blockingFailed) {
		return new Tally(rate, 1, blockingFailed ? 1 : 0);
	}

	public Tally plus(Tally other) {
		return new Tally(this.rateSum + other.rateSum, this.tests + other.tests,
				this.blockingFailures + other.blockingFailures);
	}

	public boolean isEmpty() {
		return this.tests == 0;
	}

	public boolean blockingFailed() {
		return this.blockingFailures > 0;
	}

	/** Mean conformity rate of the tests, between 0 and 1; NaN without tests. */
	public double rate() {
		return (this.tests == 0) ? Double.NaN : Math.min(1, Math.max(0, this.rateSum / this.tests));
	}

	/** The mark with its Wilson interval, or null without tests. */
	public Mark mark() {
		return this.isEmpty() ? null : Mark.of(rate(), this.tests, blockingFailed());
	}

}
