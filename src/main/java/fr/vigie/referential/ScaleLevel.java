package fr.vigie.referential;

import java.util.Objects;

/**
 * One level of a graded answer, e.g. "no answer / acceptable answer / precise answer".
 * Levels are listed from worst to best; {@code compliant} says which ones satisfy the
 * item.
 */
public record ScaleLevel(String code, LocalizedText name, boolean compliant) {

	public ScaleLevel {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
	}

}
