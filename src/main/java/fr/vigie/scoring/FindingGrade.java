package fr.vigie.scoring;

/**
 * How serious a finding is, graded as certification bodies do. By default a failed
 * blocking item is a major non-conformity and any other failed item a minor one; quality
 * managers may regrade.
 */
public enum FindingGrade {

	MAJOR_NONCONFORMITY, MINOR_NONCONFORMITY, OBSERVATION, IMPROVEMENT_OPPORTUNITY;

	public static FindingGrade defaultFor(boolean blocking) {
		return blocking ? MAJOR_NONCONFORMITY : MINOR_NONCONFORMITY;
	}

	public String messageKey() {
		return "scoring.grade." + name();
	}

}
