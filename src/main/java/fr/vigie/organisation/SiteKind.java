package fr.vigie.organisation;

/** Kinds of public-service sites that quality programmes audit. */
public enum SiteKind {

	MAIRIE, MAIRIE_ANNEXE, CCAS, MAISON_METROPOLE, FRANCE_SERVICES, PREFECTURE, SOUS_PREFECTURE, MEDIATHEQUE, AGENCE,
	AUTRE;

	public String messageKey() {
		return "siteKind." + name();
	}

}
