package fr.vigie.referential;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a referential file says about itself.
 *
 * @param urn stable identifier of the referential (all its versions share it)
 * @param version integer version, increased for every new version
 * @param refId short code as commonly written ("SP+ 2023")
 * @param name title
 * @param description what the referential covers, may be null
 * @param provider who issues it (DITP, AFNOR, a local authority)
 * @param publicationDate date of the official text, may be null
 * @param source where the content comes from
 * @param licence terms of reuse of the content
 * @param completeness whether the official text is fully encoded
 * @param annotation editorial note, may be null
 */
public record ReferentialHeader(String urn, int version, String refId, LocalizedText name, LocalizedText description,
		String provider, LocalDate publicationDate, LocalizedText source, LocalizedText licence,
		Completeness completeness, LocalizedText annotation) {

	public ReferentialHeader {
		Objects.requireNonNull(urn, "urn");
		Objects.requireNonNull(name, "name");
		if (version < 1) {
			throw new IllegalArgumentException("version starts at 1: " + version);
		}
		completeness = (completeness != null) ? completeness : Completeness.COMPLETE;
	}

	public ReferentialVersionId id() {
		return ReferentialVersionId.of(this.urn, this.version);
	}

	ReferentialHeader asNewReferential(String newUrn, String newRefId, LocalizedText newName, String newProvider) {
		return new ReferentialHeader(newUrn, 1, newRefId, newName, this.description, newProvider, null, this.source,
				this.licence, this.completeness, this.annotation);
	}

	ReferentialHeader nextVersion() {
		return new ReferentialHeader(this.urn, this.version + 1, this.refId, this.name, this.description, this.provider,
				null, this.source, this.licence, this.completeness, this.annotation);
	}

}
