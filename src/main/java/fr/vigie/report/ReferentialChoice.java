package fr.vigie.report;

/**
 * A referential version a report can be issued against.
 *
 * @param id stable identifier of the version (e.g. {@code sp-plus:2023})
 * @param name referential name as printed (e.g. "Services Publics+")
 * @param version version label as printed (e.g. "2023")
 */
public record ReferentialChoice(String id, String name, String version) {

	public String label() {
		return this.name + " " + this.version;
	}

}
