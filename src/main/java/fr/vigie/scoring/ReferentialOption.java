package fr.vigie.scoring;

/**
 * A referential version results exist for.
 *
 * @param id the version id ({@code urn:vigie:sp-plus-2023@1})
 * @param name its name as printed
 * @param version its version label as printed
 */
public record ReferentialOption(String id, String name, String version) {

	public String label() {
		return this.name + " – v" + this.version;
	}

}
