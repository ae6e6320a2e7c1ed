package fr.vigie.shared.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundleTests {

	@Test
	void frenchAndEnglishBundlesHaveExactlyTheSameKeys() throws IOException {
		Properties french = load("/messages.properties");
		Properties english = load("/messages_en.properties");
		Set<String> missingInEnglish = new TreeSet<>(french.stringPropertyNames());
		missingInEnglish.removeAll(english.stringPropertyNames());
		Set<String> missingInFrench = new TreeSet<>(english.stringPropertyNames());
		missingInFrench.removeAll(french.stringPropertyNames());
		assertThat(missingInEnglish).as("keys missing in messages_en.properties").isEmpty();
		assertThat(missingInFrench).as("keys missing in messages.properties").isEmpty();
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String bundle : new String[] { "/messages.properties", "/messages_en.properties" }) {
			Properties messages = load(bundle);
			assertThat(messages.stringPropertyNames()).as(bundle)
				.allSatisfy((key) -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void providerSpeaksFrenchByDefaultAndFormatsArguments() {
		MessageBundleI18NProvider provider = new MessageBundleI18NProvider();
		assertThat(provider.getTranslation("nav.logout", Locale.GERMAN)).isEqualTo("Se déconnecter");
		assertThat(provider.getTranslation("nav.logout", Locale.UK)).isEqualTo("Sign out");
		assertThat(provider.getTranslation("user.username.taken", Locale.FRENCH, "alice"))
			.isEqualTo("L'identifiant « alice » est déjà utilisé.");
		assertThat(provider.getTranslation("home.role.ADMIN", Locale.FRENCH)).contains("l'organisation");
		assertThat(provider.getTranslation("no.such.key", Locale.FRENCH)).isEqualTo("!no.such.key!");
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
