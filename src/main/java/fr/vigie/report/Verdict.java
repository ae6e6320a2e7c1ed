package fr.vigie.report;

/**
 * Where a score stands against the referential's pass threshold ("seuil d'exigence") and
 * excellence band, or why it cannot be judged.
 */
public enum Verdict {

	/** At or above the excellence band. */
	EXCELLENT,
	/** At or above the pass threshold. */
	MET,
	/** Below the pass threshold, or a blocking item failed. */
	NOT_MET,
	/** Too few tests to judge (below the referential's minimum sample). */
	INSUFFICIENT_SAMPLE,
	/** No validated test in the period. */
	NO_DATA;

	public boolean judged() {
		return this == EXCELLENT || this == MET || this == NOT_MET;
	}

}
