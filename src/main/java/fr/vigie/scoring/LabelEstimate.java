package fr.vigie.scoring;

/**
 * Internal estimate of the Services Publics+ label level a site's mystery-test results
 * point to. The real label is granted after an independent audit and user and agent
 * surveys: this is never more than an "estimation interne".
 */
public enum LabelEstimate {

	/** Not judged (too few tests) or below the bronze threshold. */
	NONE, BRONZE, ARGENT, OR;

	public String messageKey() {
		return "scoring.label." + name();
	}

}
