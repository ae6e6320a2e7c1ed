package fr.vigie.referential.internal;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import fr.vigie.referential.Answer;
import fr.vigie.referential.CheckItem;
import fr.vigie.referential.Completeness;
import fr.vigie.referential.Confidence;
import fr.vigie.referential.LoadProblem;
import fr.vigie.referential.LocalizedText;
import fr.vigie.referential.Measure;
import fr.vigie.referential.MeasureUnit;
import fr.vigie.referential.ReferentialHeader;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.Requirement;
import fr.vigie.referential.ScaleLevel;
import fr.vigie.referential.Target;
import fr.vigie.referential.TargetComparator;
import fr.vigie.shared.Channel;
import tools.jackson.databind.JsonNode;

/**
 * Reads a referential file: YAML syntax, then the JSON Schema, then the semantic rules,
 * and only when all pass, the domain objects. Used alike by the start-up loader, the
 * upload and the tests over shipped and broken files, so they all give the same messages.
 */
public final class ReferentialParser {

	private ReferentialParser() {
	}

	/**
	 * What reading a file gave: either a header and nodes, or the problems found.
	 *
	 * @param header the referential's header, null when refused
	 * @param nodes the nodes in file order, empty when refused
	 * @param problems why the file is refused, empty when it was read
	 * @param checksum SHA-256 of the bytes read
	 * @param file the file name
	 * @param versionLine line of the {@code version} field, to point at it when the
	 * version already exists
	 */
	public record Result(ReferentialHeader header, List<ReferentialNode> nodes, List<LoadProblem> problems,
			String checksum, String file, int versionLine) {

		public boolean valid() {
			return this.problems.isEmpty();
		}

		public List<ReferentialNode> items() {
			return this.nodes.stream().filter(ReferentialNode::assessable).toList();
		}

		/** A problem about the version number of a file that was read successfully. */
		public LoadProblem versionProblem(String messageKey, Object... arguments) {
			return new LoadProblem(this.file, this.versionLine, 0, "version", messageKey, Located.args(arguments));
		}

	}

	public static Result parse(String file, byte[] content) {
		String checksum = checksum(content);
		List<LoadProblem> problems = new ArrayList<>();
		MarkedYaml yaml = MarkedYaml.parse(file, content, problems);
		if (yaml == null || !problems.isEmpty()) {
			return refused(problems, checksum, file);
		}
		problems.addAll(SchemaCheck.check(file, yaml));
		if (!problems.isEmpty()) {
			return refused(problems, checksum, file);
		}
		problems.addAll(SemanticCheck.check(file, yaml));
		if (!problems.isEmpty()) {
			return refused(problems, checksum, file);
		}
		JsonNode root = yaml.root();
		ReferentialHeader header = header(root);
		List<ReferentialNode> nodes = new ArrayList<>();
		JsonNode list = root.get("nodes");
		for (int i = 0; i < list.size(); i++) {
			try {
				nodes.add(node(list.get(i)));
			}
			catch (IllegalArgumentException ex) {
				// The checks above should have caught it; still name the node rather than
				// fail the whole start-up.
				problems.add(yaml.locate("/nodes/" + i)
					.problem(file, "/nodes/" + i, "referential.problem.invalidNode", ex.getMessage()));
			}
		}
		return problems.isEmpty()
				? new Result(header, List.copyOf(nodes), List.of(), checksum, file, yaml.locate("/version").line())
				: refused(problems, checksum, file);
	}

	private static Result refused(List<LoadProblem> problems, String checksum, String file) {
		List<LoadProblem> sorted = new ArrayList<>(problems);
		sorted.sort(java.util.Comparator.comparingInt(LoadProblem::line).thenComparingInt(LoadProblem::column));
		return new Result(null, List.of(), List.copyOf(sorted), checksum, file, 0);
	}

	public static String checksum(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ReferentialHeader header(JsonNode root) {
		return new ReferentialHeader(root.get("urn").asString(), root.get("version").asInt(),
				optionalString(root, "ref_id"), text(root.get("name")), text(root.get("description")),
				root.get("provider").asString(),
				root.has("publication_date") ? LocalDate.parse(root.get("publication_date").asString()) : null,
				text(root.get("source")), text(root.get("licence")),
				Completeness.fromCode(root.get("completeness").asString()), text(root.get("annotation")));
	}

	private static ReferentialNode node(JsonNode node) {
		List<String> mapsTo = new ArrayList<>();
		node.path("maps_to").forEach((urn) -> mapsTo.add(urn.asString()));
		CheckItem item = node.path("assessable").asBoolean(false) ? item(node) : null;
		return new ReferentialNode(node.get("urn").asString(), optionalString(node, "parent_urn"),
				node.get("depth").asInt(), optionalString(node, "ref_id"), text(node.get("name")),
				text(node.get("description")), text(node.get("guidance")), text(node.get("annotation")),
				Confidence.fromCode(node.path("confidence").asString("sure")).orElse(Confidence.SURE), mapsTo, item);
	}

	private static CheckItem item(JsonNode node) {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		node.get("channels").forEach((code) -> channels.add(Channel.fromCode(code.asString()).orElseThrow()));
		Set<Answer> answers = EnumSet.noneOf(Answer.class);
		node.path("answers").forEach((code) -> answers.add(Answer.fromCode(code.asString()).orElseThrow()));
		Measure measure = null;
		if (node.has("measure")) {
			JsonNode m = node.get("measure");
			MeasureUnit unit = MeasureUnit.fromCode(m.get("unit").asString()).orElseThrow();
			Target target = null;
			if (m.has("target")) {
				JsonNode t = m.get("target");
				target = new Target(TargetComparator.fromCode(t.get("comparator").asString()).orElseThrow(),
						t.get("value").decimalValue(), unit);
			}
			measure = new Measure(unit, target);
		}
		List<ScaleLevel> scale = new ArrayList<>();
		node.path("scale")
			.forEach((level) -> scale.add(new ScaleLevel(level.get("code").asString(), text(level.get("name")),
					level.get("compliant").asBoolean())));
		return new CheckItem(channels, answers, measure, scale, requirement(node, "free_text", Requirement.OPTIONAL),
				requirement(node, "photo", Requirement.NONE),
				node.has("weight") ? node.get("weight").decimalValue() : BigDecimal.ONE,
				node.path("blocking").asBoolean(false), node.path("mandatory").asBoolean(true));
	}

	private static Requirement requirement(JsonNode node, String field, Requirement fallback) {
		return node.has(field) ? Requirement.fromCode(node.get(field).asString()).orElse(fallback) : fallback;
	}

	private static String optionalString(JsonNode node, String field) {
		return node.has(field) ? node.get(field).asString() : null;
	}

	private static LocalizedText text(JsonNode node) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			return null;
		}
		return new LocalizedText(node.get("fr").asString(), node.get("en").asString());
	}

}
