package fr.vigie.shared.i18n;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The languages Vigie speaks. French is the default whatever the browser says. */
public final class Languages {

	public static final Locale FRENCH = Locale.FRENCH;

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<Locale> SUPPORTED = List.of(FRENCH, ENGLISH);

	static final String BUNDLE = "messages";

	/**
	 * Keeps {@code messages.properties} (French) as the fallback instead of the JVM
	 * locale.
	 */
	static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private Languages() {
	}

	public static Locale supportedOrDefault(Locale locale) {
		if (locale != null) {
			for (Locale supported : SUPPORTED) {
				if (supported.getLanguage().equals(locale.getLanguage())) {
					return supported;
				}
			}
		}
		return FRENCH;
	}

}
