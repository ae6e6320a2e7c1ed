package fr.vigie.referential;

/**
 * Whether a referential file holds the whole official text or only what is publicly known
 * (Qualivilles' text is sold by AFNOR).
 */
public enum Completeness {

	COMPLETE("complete"), PARTIAL("partial");

	private final String code;

	Completeness(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public String messageKey() {
		return "referential.completeness." + this.code;
	}

	public static Completeness fromCode(String code) {
		return "partial".equals(code) ? PARTIAL : COMPLETE;
	}

}
