package fr.vigie.referential;

import java.util.Arrays;
import java.util.Optional;

/**
 * How sure the authors of a referential file are of a fact: {@code partial} and
 * {@code unsure} mark wordings or targets pieced together from incomplete sources, which
 * quality managers are expected to check and adapt.
 */
public enum Confidence {

	SURE("sure"), PARTIAL("partial"), UNSURE("unsure");

	private final String code;

	Confidence(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public String messageKey() {
		return "referential.confidence." + this.code;
	}

	public static Optional<Confidence> fromCode(String code) {
		return Arrays.stream(values()).filter((value) -> value.code.equals(code)).findFirst();
	}

}
