package fr.vigie.shared.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Serves every UI text from the {@code messages} bundles; French first, English second.
 */
@Component
class MessageBundleI18NProvider implements I18NProvider {

	private static final Logger log = LoggerFactory.getLogger(MessageBundleI18NProvider.class);

	@Override
	public List<Locale> getProvidedLocales() {
		return Languages.SUPPORTED;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		Locale effective = Languages.supportedOrDefault(locale);
		try {
			String pattern = ResourceBundle.getBundle(Languages.BUNDLE, effective, Languages.NO_FALLBACK)
				.getString(key);
			// Always through MessageFormat, so quotes are written the same way ('') in
			// every message.
			return new MessageFormat(pattern, effective).format(params);
		}
		catch (MissingResourceException ex) {
			log.warn("Missing message key '{}' for {}", key, effective);
			return "!" + key + "!";
		}
	}

}
