package fr.vigie.report.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchTypographyTests {

	private static final String N = "\u202F";

	@Test
	void putsANarrowNoBreakSpaceBeforeHighPunctuationReplacingOrdinarySpaces() {
		assertThat(FrenchTypography.apply("Note : 8 ; bien ! Vraiment ?"))
			.isEqualTo("Note" + N + ": 8" + N + "; bien" + N + "! Vraiment" + N + "?");
		assertThat(FrenchTypography.apply("Oui\u00A0!")).isEqualTo("Oui" + N + "!");
	}

	@Test
	void addsTheSpaceWhenTheAuthorForgotIt() {
		assertThat(FrenchTypography.apply("Attention: fermé!")).isEqualTo("Attention" + N + ": fermé" + N + "!");
	}

	@Test
	void spacesTheInsideOfFrenchQuotes() {
		assertThat(FrenchTypography.apply("« Bonjour »")).isEqualTo("«" + N + "Bonjour" + N + "»");
		assertThat(FrenchTypography.apply("«Bonjour»")).isEqualTo("«" + N + "Bonjour" + N + "»");
		assertThat(FrenchTypography.apply("« Vraiment ? »")).isEqualTo("«" + N + "Vraiment" + N + "?" + N + "»");
	}

	@Test
	void leavesTimesAddressesAndRepeatedSignsAlone() {
		assertThat(FrenchTypography.apply("Ouvert à 10:30")).isEqualTo("Ouvert à 10:30");
		assertThat(FrenchTypography.apply("https://example.org/page?id=3")).isEqualTo("https://example.org/page?id=3");
		assertThat(FrenchTypography.apply("Quoi ?!")).isEqualTo("Quoi" + N + "?!");
		assertThat(FrenchTypography.apply("? au début")).isEqualTo("? au début");
	}

	@Test
	void keepsPercentAndEuroSignsWithTheirNumber() {
		assertThat(FrenchTypography.apply("92 % pour 12 €")).isEqualTo("92" + N + "% pour 12" + N + "€");
		assertThat(FrenchTypography.apply("taux en %")).isEqualTo("taux en %");
	}

	@Test
	void isIdempotent() {
		String once = FrenchTypography.apply("« Déjà vu ? » Oui : deux fois !");
		assertThat(FrenchTypography.apply(once)).isEqualTo(once);
	}

	@Test
	void acceptsNullAndEmptyText() {
		assertThat(FrenchTypography.apply(null)).isNull();
		assertThat(FrenchTypography.apply("")).isEmpty();
	}

}
