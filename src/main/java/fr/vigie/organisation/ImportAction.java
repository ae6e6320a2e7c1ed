package fr.vigie.organisation;

/** What confirming an import would do with one line. */
public enum ImportAction {

	CREATE, UPDATE, UNCHANGED, INVALID;

	public String messageKey() {
		return "importAction." + name();
	}

}
