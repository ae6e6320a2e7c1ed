package fr.vigie.organisation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Kinds of public-service sites that quality programmes audit. */
public enum SiteKind {

	MAIRIE, MAIRIE_ANNEXE, CCAS, MAISON_METROPOLE, FRANCE_SERVICES, PREFECTURE, SOUS_PREFECTURE, MEDIATHEQUE, AGENCE,
	AUTRE;

	public String messageKey() {
		return "siteKind." + name();
	}

	/** Identifier used in CSV files: {@code mairie_annexe}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a code the way people type it: case, accents, spaces and hyphens do not
	 * matter ("Mairie annexe", "sous-préfecture").
	 */
	public static Optional<SiteKind> fromCode(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String code = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\s-]+", "_");
		return Arrays.stream(values()).filter((kind) -> kind.code().equals(code)).findFirst();
	}

}
