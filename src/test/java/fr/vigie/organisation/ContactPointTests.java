package fr.vigie.organisation;

import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactPointTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "04 72 10 30 30|04 72 10 30 30", "0472103030|04 72 10 30 30", "04.72.10.30.30|04 72 10 30 30",
					"+33 4 72 10 30 30|04 72 10 30 30", "+33 (0)4 72 10 30 30|04 72 10 30 30",
					"0033472103030|04 72 10 30 30", "+262 262 12 34 56|02 62 12 34 56", "3939|3939",
					"09-77-42-00-00|09 77 42 00 00" })
	void acceptsFrenchPhoneNumbersInTheirUsualSpellings(String typed, String stored) {
		assertThat(new ContactPoint(ContactKind.PHONE_NUMBER, typed).value()).isEqualTo(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "04 72 10 30", "00 72 10 30 30 30", "+44 20 7946 0958", "0472103030x", "12",
			"04 72 10 30 30 30", "numéro" })
	void refusesMalformedPhoneNumbers(String typed) {
		assertThatThrownBy(() -> new ContactPoint(ContactKind.PHONE_NUMBER, typed))
			.isInstanceOfSatisfying(UserFacingException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("contact.phone.invalid");
				assertThat(ex.arguments()).containsExactly(typed);
			});
	}

	@Test
	void acceptsEmailAddressesAndLowerCasesTheDomain() {
		assertThat(new ContactPoint(ContactKind.EMAIL_ADDRESS, " Etat.Civil@Valbourg.FR ").value())
			.isEqualTo("Etat.Civil@valbourg.fr");
	}

	@ParameterizedTest
	@ValueSource(strings = { "accueil", "accueil@", "@valbourg.fr", "accueil@valbourg", "ac cueil@valbourg.fr",
			"accueil@@valbourg.fr", "accueil@valbourg..fr", ".accueil@valbourg.fr" })
	void refusesMalformedEmailAddresses(String typed) {
		assertThatThrownBy(() -> new ContactPoint(ContactKind.EMAIL_ADDRESS, typed)).isInstanceOfSatisfying(
				UserFacingException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("contact.email.invalid"));
	}

	@Test
	void acceptsOnlyWebAddresses() {
		assertThat(new ContactPoint(ContactKind.WEBSITE_URL, "https://www.valbourg.fr/contact?x=1").value())
			.isEqualTo("https://www.valbourg.fr/contact?x=1");
		for (String typed : new String[] { "www.valbourg.fr", "ftp://valbourg.fr", "https://localhost",
				"https://valbourg fr" }) {
			assertThatThrownBy(() -> new ContactPoint(ContactKind.WEB_FORM_URL, typed)).as(typed)
				.isInstanceOfSatisfying(UserFacingException.class,
						(ex) -> assertThat(ex.messageKey()).isEqualTo("contact.url.invalid"));
		}
	}

	@Test
	void postalAddressesNeedAPostalCodeAndBecomeOneLine() {
		assertThat(new ContactPoint(ContactKind.POSTAL_ADDRESS, "Mairie\nBP 12\n69001  Valbourg Cedex").value())
			.isEqualTo("Mairie, BP 12, 69001 Valbourg Cedex");
		assertThatThrownBy(() -> new ContactPoint(ContactKind.POSTAL_ADDRESS, "Mairie, Valbourg"))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("contact.postal.invalid"));
	}

	@Test
	void anEmailChannelTakesAnAddressOrAWebForm() {
		assertThat(ContactPoint.parse(Channel.EMAIL, "accueil@valbourg.fr").kind())
			.isEqualTo(ContactKind.EMAIL_ADDRESS);
		assertThat(ContactPoint.parse(Channel.EMAIL, "https://valbourg.fr/contact").kind())
			.isEqualTo(ContactKind.WEB_FORM_URL);
		assertThat(ContactPoint.parse(Channel.PHONE, "0472103030").kind()).isEqualTo(ContactKind.PHONE_NUMBER);
	}

	@Test
	void aChannelRefusesAContactOfTheWrongKind() {
		ContactPoint phone = new ContactPoint(ContactKind.PHONE_NUMBER, "0472103030");
		assertThatThrownBy(() -> new ChannelOffer(Channel.EMAIL, phone, null)).isInstanceOfSatisfying(
				UserFacingException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("contact.kindNotAllowed"));
	}

}
