package fr.vigie.referential;

import java.util.Objects;

/**
 * Identifier of one referential version: the referential URN and its version number, e.g.
 * {@code urn:vigie:sp-plus-2023@1}. Audits store it to pin the exact checklist they used.
 */
public record ReferentialVersionId(String value) {

	public ReferentialVersionId {
		Objects.requireNonNull(value, "value");
	}

	public static ReferentialVersionId of(String urn, int version) {
		return new ReferentialVersionId(urn + "@" + version);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
