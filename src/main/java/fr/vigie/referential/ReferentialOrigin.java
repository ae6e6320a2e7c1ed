package fr.vigie.referential;

/** Where a referential version comes from. */
public enum ReferentialOrigin {

	/**
	 * Shipped with Vigie (or dropped in the configured directory) and loaded at start-up.
	 */
	SHIPPED,
	/** Derived in Vigie by a quality manager from another version. */
	LOCAL,
	/** Uploaded as a YAML file by a quality manager. */
	IMPORTED;

	public String messageKey() {
		return "referential.origin." + name();
	}

}
