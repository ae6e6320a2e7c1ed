package fr.vigie.referential;

import java.util.Locale;

/**
 * A referential text in French (the official wording) with its English translation. Both
 * are required: referential files are validated for it, and edits refuse a missing one.
 */
public record LocalizedText(String fr, String en) {

	public LocalizedText {
		if (fr == null || fr.isBlank() || en == null || en.isBlank()) {
			throw new IllegalArgumentException("both French and English texts are required: " + fr + " / " + en);
		}
		fr = fr.strip();
		en = en.strip();
	}

	/** The text in the given language; French for anything but English. */
	public String in(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? this.en : this.fr;
	}

}
