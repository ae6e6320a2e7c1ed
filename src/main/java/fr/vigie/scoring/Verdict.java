package fr.vigie.scoring;

/**
 * Where a score stands against the referential's pass threshold and excellence band, or
 * why it cannot be judged.
 */
public enum Verdict {

	/** At or above the excellence band, without any failed blocking item. */
	EXCELLENT,
	/** At or above the pass threshold, without any failed blocking item. */
	MET,
	/** Below the pass threshold, or a blocking item failed. */
	NOT_MET,
	/** Fewer tests than the minimum sample: not judged. */
	INSUFFICIENT_SAMPLE,
	/** No scored test. */
	NO_DATA;

	public boolean judged() {
		return this == EXCELLENT || this == MET || this == NOT_MET;
	}

	/** Judged at or above the pass threshold. */
	public boolean passed() {
		return this == EXCELLENT || this == MET;
	}

	public String messageKey() {
		return "scoring.verdict." + name();
	}

}
