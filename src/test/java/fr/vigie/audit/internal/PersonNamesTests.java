package fr.vigie.audit.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTests {

	@Test
	void flagsATitleFollowedByAName() {
		assertThat(PersonNames.suspiciousPassages("Accueil par M. Dupont, très aimable.")).containsExactly("M. Dupont");
		assertThat(PersonNames.suspiciousPassages("Madame Leroy m'a répondu")).containsExactly("Madame Leroy");
	}

	@Test
	void flagsNamingVerbsJobTitlesAndCommonFirstNames() {
		assertThat(PersonNames.suspiciousPassages("L'agent s'appelle Karim")).containsExactly("s'appelle Karim");
		assertThat(PersonNames.suspiciousPassages("l'agente Sophie a été patiente")).containsExactly("agente Sophie");
		assertThat(PersonNames.suspiciousPassages("reçu par Julie Moreau au guichet")).containsExactly("Julie Moreau");
	}

	@Test
	void leavesDescriptionsOfAServiceAlone() {
		assertThat(PersonNames.suspiciousPassages(
				"Attente de 12 minutes. L'agent d'accueil a orienté vers le service État civil. Affichage Marianne présent."))
			.isEmpty();
		assertThat(PersonNames.suspiciousPassages("Mairie de Villeurbanne, guichet 3, Monsieur")).isEmpty();
		assertThat(PersonNames.suspiciousPassages(null)).isEmpty();
	}

}
