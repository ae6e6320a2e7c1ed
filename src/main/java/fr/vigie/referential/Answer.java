package fr.vigie.referential;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an auditor may answer to a checklist item. Every item accepts at least
 * {@link #COMPLIANT} and {@link #NON_COMPLIANT}.
 */
public enum Answer {

	COMPLIANT("compliant"), NON_COMPLIANT("non_compliant"), NOT_APPLICABLE("not_applicable"),
	CANNOT_VERIFY("cannot_verify");

	private final String code;

	Answer(String code) {
		this.code = code;
	}

	/** Identifier used in referential files. */
	public String code() {
		return this.code;
	}

	public String messageKey() {
		return "referential.answer." + this.code;
	}

	public static Optional<Answer> fromCode(String code) {
		return Arrays.stream(values()).filter((answer) -> answer.code.equals(code)).findFirst();
	}

}
