package fr.vigie.organisation;

import java.util.Arrays;
import java.util.Optional;

/** Why an auditor must not test a site: a tester must never be recognised. */
public enum ExclusionReason {

	LIVES_THERE("habite"), KNOWN_THERE("connu"), TESTED_RECENTLY("teste_recemment");

	private final String code;

	ExclusionReason(String code) {
		this.code = code;
	}

	/** Identifier used in CSV files. */
	public String code() {
		return this.code;
	}

	public String messageKey() {
		return "exclusionReason." + name();
	}

	public static Optional<ExclusionReason> fromCode(String code) {
		return Arrays.stream(values()).filter((reason) -> reason.code.equals(code)).findFirst();
	}

}
