package fr.vigie.scoring;

import java.time.LocalDate;

/**
 * One wave (a calendar quarter) of a trend.
 *
 * @param quarter code, e.g. {@code 2026-Q1}
 * @param mark the mark over the wave's tests; null when nothing was tested
 * @param judgedSites sites with enough tests in the wave to be judged
 * @param passedSites judged sites at or above the pass threshold
 */
public record WaveResult(String quarter, LocalDate from, LocalDate to, Mark mark, int judgedSites, int passedSites) {

	/** Share of judged sites that passed, in %; 0 when none was judged. */
	public double passedPercent() {
		return (this.judgedSites == 0) ? 0 : Mark.round(100.0 * this.passedSites / this.judgedSites);
	}

	/** 95 % Wilson interval of that share, in %; null when no site was judged. */
	public double[] passedInterval() {
		if (this.judgedSites == 0) {
			return null;
		}
		double[] interval = ScoringRules.wilson((double) this.passedSites / this.judgedSites, this.judgedSites);
		return new double[] { Mark.round(interval[0] * 100), Mark.round(interval[1] * 100) };
	}

	/** As printed: "T1 2026". */
	public String label() {
		return "T" + this.quarter.substring(6) + " " + this.quarter.substring(0, 4);
	}

}
