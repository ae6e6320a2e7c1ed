package fr.vigie.referential;

/**
 * Life cycle of a referential version: drafts are edited, published ones never change.
 */
public enum ReferentialStatus {

	DRAFT, PUBLISHED;

	public String messageKey() {
		return "referential.status." + name();
	}

}
