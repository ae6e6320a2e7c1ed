package fr.vigie.scoring;

/**
 * The figures a verdict is judged against, out of 10.
 *
 * @param pass the pass threshold ("seuil d'exigence")
 * @param excellence the lower bound of the excellence band
 * @param minimumSample below this number of tests a score is "insufficient sample"
 * @param bronze lowest mark for the bronze label estimate
 * @param argent lowest mark for the argent label estimate
 * @param or lowest mark for the or label estimate
 */
public record Thresholds(double pass, double excellence, int minimumSample, double bronze, double argent, double or) {

	public static final Thresholds DEFAULT = new Thresholds(7, 9, 5, 7, 8, 9);

	public Thresholds {
		if (pass < 0 || pass > excellence || excellence > 10) {
			throw new IllegalArgumentException(
					"thresholds must satisfy 0 <= pass <= excellence <= 10: " + pass + ", " + excellence);
		}
		if (bronze < 0 || bronze > argent || argent > or || or > 10) {
			throw new IllegalArgumentException("label thresholds must satisfy 0 <= bronze <= argent <= or <= 10: "
					+ bronze + ", " + argent + ", " + or);
		}
		if (minimumSample < 1) {
			throw new IllegalArgumentException("minimumSample must be at least 1: " + minimumSample);
		}
	}

}
