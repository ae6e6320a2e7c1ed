package fr.vigie.organisation.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Searching stored names by a part typed by a user, ignoring case and accents, inside the
 * store's query: the store has no accent-folding collation (nor text index), so each
 * letter of the typed part becomes the class of its accented forms, "venis" matching
 * "Vénissieux".
 */
public final class TextMatch {

	private static final Map<Character, String> FORMS = Map.of('a', "aàâäáãå", 'c', "cç", 'e', "eéèêë", 'i', "iîïíì",
			'n', "nñ", 'o', "oôöóòõ", 'u', "uùûüú", 'y', "yÿý");

	private TextMatch() {
	}

	/** Lower case without accents, so "vénissieux" is found by "venissieux". */
	public static String normalize(String text) {
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
	}

	/**
	 * A pattern finding {@code typed} anywhere in a text, whatever the case and accents.
	 */
	public static Pattern containing(String typed) {
		StringBuilder regex = new StringBuilder();
		for (char letter : normalize(typed).toCharArray()) {
			String forms = FORMS.get(letter);
			if (forms != null) {
				// Upper-case forms spelt out: the store's case-insensitive option may
				// cover
				// ASCII only.
				regex.append('[').append(forms).append(forms.toUpperCase(Locale.ROOT)).append(']');
			}
			else if (Character.isLetterOrDigit(letter)) {
				regex.append(letter);
			}
			else {
				regex.append('\\').append(letter);
			}
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
