package fr.vigie.scoring;

/**
 * One checklist item across the tests of a query.
 *
 * @param compliant number of compliant answers
 * @param assessed number of compliant and non-compliant answers
 */
public record ItemConformity(String urn, String refId, String name, String engagementRef, int compliant, int assessed) {

	public double percent() {
		return Mark.round(100.0 * this.compliant / this.assessed);
	}

	/** 95 % Wilson interval of the conformity rate, in %. */
	public double[] interval() {
		double[] interval = ScoringRules.wilson((double) this.compliant / this.assessed, this.assessed);
		return new double[] { Mark.round(interval[0] * 100), Mark.round(interval[1] * 100) };
	}

}
