package fr.vigie.referential.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import fr.vigie.referential.LoadProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each file under {@code src/test/resources/referentials/broken} has one defect; the
 * validation must name the file, the line, the field and the reason.
 */
class BrokenReferentialFilesTests {

	private static final Path BROKEN = Path.of("src/test/resources/referentials/broken");

	@ParameterizedTest(name = "{0}: line {1}, {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					bad-urn.yaml                  | 27 | nodes[2].urn                        | referential.problem.invalidUrn
					unknown-parent.yaml           | 16 | nodes[1].parent_urn                 | referential.problem.unknownParent
					cycle.yaml                    | 12 | nodes[0].parent_urn                 | referential.problem.cycle
					duplicate-urn.yaml            | 27 | nodes[2].urn                        | referential.problem.duplicateUrn
					bad-target.yaml               | 24 | nodes[1].measure.target.comparator  | referential.problem.enum
					target-out-of-range.yaml      | 24 | nodes[1].measure.target.value       | referential.problem.targetOutOfRange
					unknown-channel.yaml          | 21 | nodes[1].channels[1]                | referential.problem.channelUnknown
					missing-translation.yaml      | 14 | nodes[0].name                       | referential.problem.translationMissing
					blank-translation.yaml        | 32 | nodes[2].name.en                    | referential.problem.translationMissing
					wrong-depth.yaml              | 29 | nodes[2].depth                      | referential.problem.wrongDepth
					parent-after-child.yaml       | 12 | nodes[0].parent_urn                 | referential.problem.parentAfterChild
					item-with-children.yaml       | 28 | nodes[2].parent_urn                 | referential.problem.itemWithChildren
					zero-weight.yaml              | 25 | nodes[1].weight                     | referential.problem.weightNotPositive
					yaml-syntax.yaml              | 22 |                                     | referential.problem.yamlSyntax
					duplicate-key.yaml            | 27 | nodes[1].weight                     | referential.problem.duplicateKey
					unknown-field.yaml            | 39 | nodes[2].colour                     | referential.problem.unknownField
					missing-required.yaml         |  1 |                                     | referential.problem.required
					scale-all-compliant.yaml      | 35 | nodes[2].scale                      | referential.problem.scaleNeedsBothLevels
					group-with-item-field.yaml    | 15 | nodes[0].weight                     | referential.problem.itemFieldOnGroup
					unsure-without-annotation.yaml| 27 | nodes[1].confidence                 | referential.problem.annotationRequired
					bad-date.yaml                 |  6 | publication_date                    | referential.problem.invalidDate
					""")
	void brokenFileIsRefusedWithFileLineFieldAndReason(String file, int line, String path, String messageKey)
			throws IOException {
		ReferentialParser.Result result = ReferentialParser.parse(file, Files.readAllBytes(BROKEN.resolve(file)));
		assertThat(result.valid()).isFalse();
		assertThat(result.header()).isNull();
		LoadProblem first = result.problems().get(0);
		assertThat(first.file()).isEqualTo(file);
		assertThat(first.line()).isEqualTo(line);
		assertThat(first.column()).isPositive();
		assertThat(first.path()).isEqualTo((path == null) ? "" : path);
		assertThat(first.messageKey()).isEqualTo(messageKey);
		for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
			assertThat(render(first, locale)).as("%s in %s", messageKey, locale).isNotBlank().doesNotContain("{0}");
		}
	}

	@Test
	void everyBrokenFileIsCoveredByAnExpectation() throws IOException {
		try (var files = Files.list(BROKEN)) {
			assertThat(files.count()).isEqualTo(21);
		}
	}

	@Test
	void reasonsReadNaturallyInFrenchAndEnglish() throws IOException {
		LoadProblem unknownParent = ReferentialParser
			.parse("unknown-parent.yaml", Files.readAllBytes(BROKEN.resolve("unknown-parent.yaml")))
			.problems()
			.get(0);
		assertThat(render(unknownParent, Locale.FRENCH))
			.isEqualTo("Le parent urn:vigie:test-minimal:e9 n'existe pas dans ce fichier.");
		assertThat(render(unknownParent, Locale.ENGLISH))
			.isEqualTo("Parent urn:vigie:test-minimal:e9 does not exist in this file.");
		LoadProblem duplicate = ReferentialParser
			.parse("duplicate-urn.yaml", Files.readAllBytes(BROKEN.resolve("duplicate-urn.yaml")))
			.problems()
			.get(0);
		assertThat(render(duplicate, Locale.FRENCH))
			.isEqualTo("L'URN urn:vigie:test-minimal:e1.1 est déjà utilisée ligne 15.");
		assertThat(duplicate.location()).isEqualTo("duplicate-urn.yaml:27:10 nodes[2].urn");
	}

	@Test
	void reportsEveryCycleMemberAndEveryMisplacedChild() throws IOException {
		List<LoadProblem> cycle = ReferentialParser
			.parse("cycle.yaml", Files.readAllBytes(BROKEN.resolve("cycle.yaml")))
			.problems();
		assertThat(cycle).extracting(LoadProblem::line).containsExactly(12, 16);
		assertThat(cycle.get(0).arguments().get(0))
			.isEqualTo("urn:vigie:test-minimal:g1 → urn:vigie:test-minimal:g2 → urn:vigie:test-minimal:g1");
	}

	@Test
	void refusesAFileThatIsNotUtf8OrNotAMapping() {
		assertThat(
				ReferentialParser.parse("latin1.yaml", new byte[] { 'u', 'r', 'n', ':', ' ', (byte) 0xE9 }).problems())
			.extracting(LoadProblem::messageKey)
			.containsExactly("referential.problem.notUtf8");
		assertThat(ReferentialParser.parse("list.yaml", "- a\n- b\n".getBytes()).problems())
			.extracting(LoadProblem::messageKey)
			.containsExactly("referential.problem.notAMapping");
	}

	private static String render(LoadProblem problem, Locale locale) {
		ResourceBundle bundle = ResourceBundle.getBundle("messages", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(problem.messageKey()), locale).format(problem.messageArguments());
	}

}
