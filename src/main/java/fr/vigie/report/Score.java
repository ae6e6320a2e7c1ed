package fr.vigie.report;

/**
 * A mark out of 10 with the number of tests behind it and the bounds of its 95 %
 * confidence interval (Wilson interval of the conformity rate, scaled to /10), as the
 * scoring module computes them. Reports never show a mark without its sample size.
 */
public record Score(double mark, int tests, double lower, double upper) {

	public Score {
		if (!inRange(mark) || !inRange(lower) || !inRange(upper)) {
			throw new IllegalArgumentException("marks are out of 10: " + mark + " [" + lower + ", " + upper + "]");
		}
		if (lower > upper) {
			throw new IllegalArgumentException("lower bound above upper bound: " + lower + " > " + upper);
		}
		if (tests < 1) {
			throw new IllegalArgumentException("a score needs at least one test: " + tests);
		}
	}

	private static boolean inRange(double value) {
		return !Double.isNaN(value) && value >= 0 && value <= 10;
	}

}
