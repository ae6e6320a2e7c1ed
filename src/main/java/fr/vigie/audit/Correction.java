package fr.vigie.audit;

import java.time.Instant;

/**
 * One field changed on a validated test: kept forever, in order, with who did it, when
 * and why.
 */
public record Correction(Instant at, String by, String itemUrn, String field, String oldValue, String newValue,
		String reason) {

}
