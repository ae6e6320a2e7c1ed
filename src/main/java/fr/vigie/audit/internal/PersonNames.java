package fr.vigie.audit.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags free text that seems to name a person, because a mystery test evaluates a
 * service, never an agent. Deliberately simple and explainable: it looks for a title ("M.
 * Dupont", "Madame Leroy"), a naming verb ("s'appelle Karim"), a job title followed by a
 * capitalised word ("l'agente Sophie") or a common first name followed by a capitalised
 * word ("Sophie Martin"). It warns; it never blocks.
 */
public final class PersonNames {

	private static final String NAME = "\\p{Lu}[\\p{L}'’-]+";

	private static final List<Pattern> RULES = List.of(Pattern.compile(
			"(?<![\\p{L}])(?:M\\.|Mr\\.?|Mme\\.?|Mlle\\.?|Monsieur|Madame|Mademoiselle|Dr\\.?|Docteure?)\\s+" + NAME),
			Pattern.compile("(?iu)(?:s['’]appelle|se nomme|nommée?|prénommée?|appelée?|dénommée?)\\s+(?-i)" + NAME),
			Pattern.compile("(?iu)(?<![\\p{L}])(?:agente?|conseill(?:er|ère)|guicheti(?:er|ère)|hôtesse|standardiste|"
					+ "employée?|secrétaire|collègue|accueillante?)\\s+(?-i)" + NAME),
			Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", firstNames()) + ")\\s+" + NAME));

	private PersonNames() {
	}

	/** The passages that look like a person's name, in order, without repeats. */
	public static List<String> suspiciousPassages(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Set<String> found = new LinkedHashSet<>();
		for (Pattern rule : RULES) {
			Matcher matcher = rule.matcher(text);
			while (matcher.find()) {
				found.add(matcher.group().strip());
			}
		}
		return new ArrayList<>(found);
	}

	private static List<String> firstNames() {
		return List.of("Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Christine", "Sophie", "Sandrine",
				"Céline", "Julie", "Camille", "Laura", "Léa", "Manon", "Chloé", "Emma", "Sarah", "Aurélie", "Stéphanie",
				"Valérie", "Véronique", "Martine", "Françoise", "Monique", "Nicole", "Fatima", "Amina", "Jean",
				"Pierre", "Michel", "Philippe", "Alain", "Nicolas", "Patrick", "Christophe", "Stéphane", "Laurent",
				"Frédéric", "Julien", "David", "Thomas", "Sébastien", "Olivier", "Éric", "Eric", "François", "Daniel",
				"Bernard", "Thierry", "Vincent", "Antoine", "Maxime", "Alexandre", "Kevin", "Lucas", "Hugo", "Mohamed",
				"Karim", "Mehdi", "Rachid", "Yann", "Jérôme", "Guillaume");
	}

}
