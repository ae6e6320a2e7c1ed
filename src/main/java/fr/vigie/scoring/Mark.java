package fr.vigie.scoring;

/**
 * A score as shown: a mark out of 10 (one decimal), the number of tests behind it, and
 * the 95 % Wilson interval of the conformity rate scaled to /10. Never shown without its
 * number of tests.
 *
 * @param value the mark out of 10, rounded to one decimal
 * @param percent the conformity rate in %, rounded to one decimal
 * @param tests the number of scored tests
 * @param lower lower bound of the interval, out of 10
 * @param upper upper bound of the interval, out of 10
 * @param blockingFailed a blocking item failed in at least one of the tests
 */
public record Mark(double value, double percent, int tests, double lower, double upper, boolean blockingFailed) {

	public Mark {
		if (tests < 1) {
			throw new IllegalArgumentException("a mark needs at least one test");
		}
	}

	static Mark of(double rate, int tests, boolean blockingFailed) {
		double[] interval = ScoringRules.wilson(rate, tests);
		return new Mark(round(rate * 10), round(rate * 100), tests, round(interval[0] * 10), round(interval[1] * 10),
				blockingFailed);
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
