package fr.vigie.referential.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.vigie.referential.LoadProblem;
import fr.vigie.referential.MeasureUnit;
import tools.jackson.databind.JsonNode;

/**
 * The rules a JSON Schema cannot express: unique URNs, parents that exist and come first,
 * no cycles, depth = parent depth + 1, items are leaves and carry the item fields,
 * targets within their unit's range, graded scales with both compliant and non-compliant
 * levels, doubtful facts explained. Runs on a tree that already passed the schema.
 */
final class SemanticCheck {

	static final List<String> ITEM_FIELDS = List.of("channels", "answers", "measure", "scale", "free_text", "photo",
			"weight", "blocking", "mandatory");

	private final String file;

	private final MarkedYaml yaml;

	private final List<LoadProblem> problems = new ArrayList<>();

	private SemanticCheck(String file, MarkedYaml yaml) {
		this.file = file;
		this.yaml = yaml;
	}

	static List<LoadProblem> check(String file, MarkedYaml yaml) {
		SemanticCheck check = new SemanticCheck(file, yaml);
		check.run();
		return check.problems;
	}

	private void run() {
		JsonNode root = this.yaml.root();
		if (root.has("publication_date")) {
			try {
				LocalDate.parse(root.get("publication_date").asString());
			}
			catch (DateTimeParseException ex) {
				report("/publication_date", "referential.problem.invalidDate", root.get("publication_date").asString());
			}
		}
		JsonNode nodes = root.get("nodes");
		Map<String, Integer> indexByUrn = new HashMap<>();
		Map<String, String> parentByUrn = new HashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			JsonNode node = nodes.get(i);
			String urn = node.get("urn").asString();
			if (indexByUrn.containsKey(urn)) {
				int first = this.yaml.locate(pointer(indexByUrn.get(urn), "urn")).line();
				report(pointer(i, "urn"), "referential.problem.duplicateUrn", urn, first);
			}
			else {
				indexByUrn.put(urn, i);
				parentByUrn.put(urn, node.has("parent_urn") ? node.get("parent_urn").asString() : null);
			}
		}
		boolean anyItem = false;
		for (int i = 0; i < nodes.size(); i++) {
			JsonNode node = nodes.get(i);
			checkPlace(i, node, indexByUrn, parentByUrn, nodes);
			boolean assessable = node.path("assessable").asBoolean(false);
			anyItem |= assessable;
			if (assessable) {
				checkItem(i, node);
			}
			else {
				for (String field : ITEM_FIELDS) {
					if (node.has(field)) {
						report(pointer(i, field), "referential.problem.itemFieldOnGroup", field);
					}
				}
			}
			String confidence = node.path("confidence").asString("sure");
			if (!"sure".equals(confidence) && !node.has("annotation")) {
				report(pointer(i, "confidence"), "referential.problem.annotationRequired", confidence);
			}
		}
		if (!anyItem) {
			report("/nodes", "referential.problem.noItem");
		}
	}

	private void checkPlace(int i, JsonNode node, Map<String, Integer> indexByUrn, Map<String, String> parentByUrn,
			JsonNode nodes) {
		String urn = node.get("urn").asString();
		int depth = node.get("depth").asInt();
		if (!node.has("parent_urn")) {
			if (depth != 1) {
				report(pointer(i, "depth"), "referential.problem.wrongDepth", depth, 1);
			}
			return;
		}
		String parent = node.get("parent_urn").asString();
		Integer parentIndex = indexByUrn.get(parent);
		if (parentIndex == null) {
			report(pointer(i, "parent_urn"), "referential.problem.unknownParent", parent);
			return;
		}
		List<String> cycle = cycleThrough(urn, parentByUrn);
		if (!cycle.isEmpty()) {
			report(pointer(i, "parent_urn"), "referential.problem.cycle", String.join(" → ", cycle));
			return;
		}
		if (parentIndex > i) {
			report(pointer(i, "parent_urn"), "referential.problem.parentAfterChild", parent,
					this.yaml.locate(pointer(parentIndex, "urn")).line());
			return;
		}
		JsonNode parentNode = nodes.get(parentIndex);
		if (parentNode.path("assessable").asBoolean(false)) {
			report(pointer(i, "parent_urn"), "referential.problem.itemWithChildren", parent);
		}
		int expected = parentNode.get("depth").asInt() + 1;
		if (depth != expected) {
			report(pointer(i, "depth"), "referential.problem.wrongDepth", depth, expected);
		}
	}

	/** The parent chain from {@code urn} back to itself, or empty when there is none. */
	private static List<String> cycleThrough(String urn, Map<String, String> parentByUrn) {
		Set<String> seen = new LinkedHashSet<>();
		seen.add(urn);
		String current = parentByUrn.get(urn);
		while (current != null) {
			if (current.equals(urn)) {
				List<String> chain = new ArrayList<>(seen);
				chain.add(urn);
				return chain;
			}
			if (!seen.add(current)) {
				// A cycle further up that does not include this node: reported on its own
				// members.
				return List.of();
			}
			current = parentByUrn.get(current);
		}
		return List.of();
	}

	private void checkItem(int i, JsonNode node) {
		if (!node.has("channels")) {
			report(pointer(i, "assessable"), "referential.problem.channelsRequired");
		}
		if (node.has("answers")) {
			Set<String> answers = new HashSet<>();
			node.get("answers").forEach((answer) -> answers.add(answer.asString()));
			if (!answers.contains("compliant") || !answers.contains("non_compliant")) {
				report(pointer(i, "answers"), "referential.problem.answersIncomplete");
			}
		}
		JsonNode measure = node.path("measure");
		if (measure.has("target")) {
			MeasureUnit unit = MeasureUnit.fromCode(measure.get("unit").asString()).orElseThrow();
			BigDecimal value = measure.get("target").get("value").decimalValue();
			unit.maximum().ifPresent((maximum) -> {
				if (value.compareTo(maximum) > 0) {
					report(pointer(i, "measure") + "/target/value", "referential.problem.targetOutOfRange",
							value.toPlainString(), unit.code(), maximum.toPlainString());
				}
			});
		}
		JsonNode scale = node.path("scale");
		if (scale.isArray()) {
			Set<String> codes = new HashSet<>();
			int compliant = 0;
			for (int level = 0; level < scale.size(); level++) {
				JsonNode entry = scale.get(level);
				if (!codes.add(entry.get("code").asString())) {
					report(pointer(i, "scale") + "/" + level + "/code", "referential.problem.duplicateScaleLevel",
							entry.get("code").asString());
				}
				if (entry.get("compliant").asBoolean()) {
					compliant++;
				}
			}
			if (compliant == 0 || compliant == scale.size()) {
				report(pointer(i, "scale"), "referential.problem.scaleNeedsBothLevels");
			}
		}
	}

	private static String pointer(int index, String field) {
		return "/nodes/" + index + "/" + field;
	}

	private void report(String pointer, String messageKey, Object... arguments) {
		this.problems.add(this.yaml.locate(pointer).problem(this.file, pointer, messageKey, arguments));
	}

}
