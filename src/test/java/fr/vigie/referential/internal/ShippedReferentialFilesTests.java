package fr.vigie.referential.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import fr.vigie.referential.Completeness;
import fr.vigie.referential.Confidence;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.shared.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file in {@code audits-templates/} goes through the same validation as at start-up
 * and must pass it, with enough items per channel to run a real campaign.
 */
class ShippedReferentialFilesTests {

	static final Path TEMPLATES = Path.of("audits-templates");

	/** The five channels every mystery-test campaign covers. */
	static final List<Channel> CAMPAIGN_CHANNELS = List.of(Channel.COUNTER, Channel.PHONE, Channel.EMAIL,
			Channel.LETTER, Channel.WEBSITE);

	static Stream<Path> shippedFiles() throws IOException {
		return Files.list(TEMPLATES).filter((file) -> file.toString().endsWith(".yaml")).sorted();
	}

	@ParameterizedTest
	@MethodSource("shippedFiles")
	void shippedFileValidatesWithoutAnyProblem(Path file) throws IOException {
		ReferentialParser.Result result = ReferentialParser.parse(file.getFileName().toString(),
				Files.readAllBytes(file));
		assertThat(result.problems()).as(file.toString()).isEmpty();
		assertThat(result.header().urn()).as("referential URN prefixes node URNs")
			.satisfies((urn) -> assertThat(result.nodes())
				.allSatisfy((node) -> assertThat(node.urn()).startsWith(urn + ":")));
	}

	@ParameterizedTest
	@MethodSource("shippedFiles")
	void shippedFileHasAtLeastThreeItemsForEachCampaignChannel(Path file) throws IOException {
		ReferentialParser.Result result = ReferentialParser.parse(file.getFileName().toString(),
				Files.readAllBytes(file));
		for (Channel channel : CAMPAIGN_CHANNELS) {
			long items = result.nodes()
				.stream()
				.filter((node) -> node.assessable() && node.item().appliesTo(channel))
				.count();
			assertThat(items).as(file + " items for " + channel).isGreaterThanOrEqualTo(3);
		}
	}

	@Test
	void shipsTheFiveExpectedReferentialsWithTheirEngagementCounts() throws IOException {
		Map<String, ReferentialParser.Result> byUrn = new HashMap<>();
		for (Path file : shippedFiles().toList()) {
			ReferentialParser.Result result = ReferentialParser.parse(file.getFileName().toString(),
					Files.readAllBytes(file));
			byUrn.put(result.header().urn(), result);
		}
		assertThat(byUrn).containsOnlyKeys("urn:vigie:sp-plus-2023", "urn:vigie:sp-plus-2021",
				"urn:vigie:marianne-2008", "urn:vigie:qualivilles", "urn:vigie:mystery-grid-2023");
		assertThat(engagements(byUrn.get("urn:vigie:sp-plus-2023"))).hasSize(8);
		assertThat(engagements(byUrn.get("urn:vigie:sp-plus-2021"))).hasSize(9);
		assertThat(engagements(byUrn.get("urn:vigie:marianne-2008"))).hasSize(19);
		assertThat(byUrn.get("urn:vigie:qualivilles").header().completeness()).isEqualTo(Completeness.PARTIAL);
	}

	@Test
	void marianneCarriesItsKnownTargets() throws IOException {
		ReferentialParser.Result marianne = ReferentialParser.parse("marianne-2008.yaml",
				Files.readAllBytes(TEMPLATES.resolve("marianne-2008.yaml")));
		List<String> targets = marianne.items()
			.stream()
			.filter((node) -> node.item().target().isPresent())
			.map((node) -> node.item().target().get().display() + " " + node.item().target().get().unit().code())
			.toList();
		assertThat(targets).contains("< 5 rings", "≤ 5 working_days", "≤ 15 working_days");
	}

	@Test
	void mysteryGridItemsMapToExistingServicesPublicsPlus2023Engagements() throws IOException {
		Set<String> spPlus = new HashSet<>();
		ReferentialParser.parse("sp-plus-2023.yaml", Files.readAllBytes(TEMPLATES.resolve("sp-plus-2023.yaml")))
			.nodes()
			.forEach((node) -> spPlus.add(node.urn()));
		ReferentialParser.Result grid = ReferentialParser.parse("mystery-grid-2023.yaml",
				Files.readAllBytes(TEMPLATES.resolve("mystery-grid-2023.yaml")));
		assertThat(grid.items()).allSatisfy((item) -> {
			assertThat(item.mapsTo()).as(item.urn()).isNotEmpty();
			assertThat(spPlus).as(item.urn()).containsAll(item.mapsTo());
		});
	}

	@Test
	void readmeListsEveryUnsureOrPartialFact() throws IOException {
		String readme = Files.readString(TEMPLATES.resolve("README.md"));
		List<String> missing = new ArrayList<>();
		for (Path file : shippedFiles().toList()) {
			for (ReferentialNode node : ReferentialParser.parse(file.getFileName().toString(), Files.readAllBytes(file))
				.nodes()) {
				if (node.confidence() != Confidence.SURE && !readme.contains(node.urn())) {
					missing.add(node.urn());
				}
			}
		}
		assertThat(missing).as("doubtful nodes not listed in audits-templates/README.md").isEmpty();
	}

	@Test
	void schemaListsExactlyTheChannelsVigieKnows() throws IOException {
		JsonNode schema;
		try (InputStream in = getClass().getResourceAsStream(SchemaCheck.SCHEMA_RESOURCE)) {
			schema = JsonMapper.builder().build().readTree(in);
		}
		List<String> codes = new ArrayList<>();
		schema.get("$defs").get("channel").get("enum").forEach((code) -> codes.add(code.asString()));
		assertThat(codes).containsExactlyInAnyOrderElementsOf(Stream.of(Channel.values()).map(Channel::code).toList());
	}

	/**
	 * Engagements are the nodes numbered with a bare integer, as printed in each text.
	 */
	private static List<ReferentialNode> engagements(ReferentialParser.Result result) {
		return result.nodes().stream().filter((node) -> node.refId() != null && node.refId().matches("\\d+")).toList();
	}

}
