package fr.vigie.report;

/** The documents Vigie issues. */
public enum ReportKind {

	/** Compliance report of one site for a period and a referential version. */
	SITE_COMPLIANCE("rapport-conformite", true),
	/** Report over the sites of a director's scope or the whole network. */
	NETWORK("rapport-reseau", false),
	/** Results poster of one site for its reception area, A4. */
	POSTER_A4("affiche-A4", true),
	/** Results poster of one site for its reception area, A3. */
	POSTER_A3("affiche-A3", true);

	private final String filePrefix;

	private final boolean perSite;

	ReportKind(String filePrefix, boolean perSite) {
		this.filePrefix = filePrefix;
		this.perSite = perSite;
	}

	public boolean perSite() {
		return this.perSite;
	}

	public String filePrefix() {
		return this.filePrefix;
	}

	public String messageKey() {
		return "report.kind." + name();
	}

}
