package fr.vigie.referential;

import java.util.Arrays;
import java.util.Optional;

/** Whether an auditor must, may or cannot add something (a comment, a photo). */
public enum Requirement {

	NONE("none"), OPTIONAL("optional"), REQUIRED("required");

	private final String code;

	Requirement(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public String messageKey() {
		return "referential.requirement." + this.code;
	}

	public static Optional<Requirement> fromCode(String code) {
		return Arrays.stream(values()).filter((value) -> value.code.equals(code)).findFirst();
	}

}
