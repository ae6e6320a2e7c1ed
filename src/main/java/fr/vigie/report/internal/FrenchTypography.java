package fr.vigie.report.internal;

/**
 * French typographic spacing for printed text: a narrow no-break space (U+202F) before
 * {@code ; : ! ?} and inside « », so that these signs never start a line and look as a
 * French reader expects. Applied to every text a report prints, including texts typed by
 * users with ordinary or missing spaces.
 * <p>
 * A sign gets the space only where it ends a word (followed by a space, the end of the
 * text or a closing sign), so times (10:30), web addresses (https://…?id=3) and ratios
 * are left alone.
 */
public final class FrenchTypography {

	/** U+202F NARROW NO-BREAK SPACE. */
	public static final char NARROW_NBSP = '\u202F';

	private static final String HIGH_PUNCTUATION = ";:!?";

	private FrenchTypography() {
	}

	public static String apply(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 8);
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (HIGH_PUNCTUATION.indexOf(c) >= 0 && endsWord(text, i)) {
				spaceBefore(out, false);
				out.append(c);
			}
			else if (c == '»') {
				spaceBefore(out, true);
				out.append(c);
			}
			else if ((c == '%' || c == '€') && afterNumberAndSpace(out)) {
				spaceBefore(out, false);
				out.append(c);
			}
			else if (c == '«') {
				out.append(c).append(NARROW_NBSP);
				while (i + 1 < length && isSpace(text.charAt(i + 1))) {
					i++;
				}
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Replaces the spaces just written before a sign with one narrow no-break space, or
	 * adds one, unless the sign starts the text or (for a high sign) follows another one
	 * ("?!").
	 */
	private static void spaceBefore(StringBuilder out, boolean closingQuote) {
		int end = out.length();
		int start = end;
		while (start > 0 && isSpace(out.charAt(start - 1))) {
			start--;
		}
		if (start == 0) {
			out.setLength(start);
			return;
		}
		char previous = out.charAt(start - 1);
		out.setLength(start);
		if (previous == '\n' || (!closingQuote && HIGH_PUNCTUATION.indexOf(previous) >= 0)) {
			return;
		}
		out.append(NARROW_NBSP);
	}

	private static boolean afterNumberAndSpace(StringBuilder out) {
		int i = out.length();
		if (i == 0 || !isSpace(out.charAt(i - 1))) {
			return false;
		}
		while (i > 0 && isSpace(out.charAt(i - 1))) {
			i--;
		}
		return i > 0 && Character.isDigit(out.charAt(i - 1));
	}

	private static boolean endsWord(String text, int index) {
		if (index + 1 >= text.length()) {
			return true;
		}
		char next = text.charAt(index + 1);
		return Character.isWhitespace(next) || isSpace(next) || next == '»' || next == ')' || next == '"'
				|| next == '\'' || next == '’' || next == '.' || next == ',' || HIGH_PUNCTUATION.indexOf(next) >= 0;
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\u00A0' || c == NARROW_NBSP || c == '\t';
	}

}
