package fr.vigie.referential.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.vigie.referential.CheckItem;
import fr.vigie.referential.Confidence;
import fr.vigie.referential.LocalizedText;
import fr.vigie.referential.ReferentialHeader;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.ReferentialVersion;
import fr.vigie.referential.Requirement;
import fr.vigie.referential.ScaleLevel;
import fr.vigie.shared.Channel;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a referential version in the same YAML format as the shipped files, fields in
 * the documented order and defaults left out, so an export can be edited and imported
 * again.
 */
public final class ReferentialWriter {

	private ReferentialWriter() {
	}

	public static String toYaml(ReferentialVersion version) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		options.setIndent(2);
		options.setIndicatorIndent(2);
		options.setIndentWithIndicator(true);
		options.setWidth(120);
		options.setSplitLines(true);
		String body = new Yaml(options).dump(document(version));
		return "# " + version.header().name().fr() + " — version " + version.header().version() + "\n"
				+ "# Format: audits-templates/README.md, schema: audits-templates/schema/referential.schema.json\n"
				+ body;
	}

	private static Map<String, Object> document(ReferentialVersion version) {
		ReferentialHeader header = version.header();
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("urn", header.urn());
		root.put("version", header.version());
		putIfPresent(root, "ref_id", header.refId());
		root.put("name", text(header.name()));
		putIfPresent(root, "description", text(header.description()));
		root.put("provider", header.provider());
		if (header.publicationDate() != null) {
			root.put("publication_date", header.publicationDate().toString());
		}
		root.put("source", text(header.source()));
		root.put("licence", text(header.licence()));
		root.put("completeness", header.completeness().code());
		putIfPresent(root, "annotation", text(header.annotation()));
		List<Object> nodes = new ArrayList<>();
		for (ReferentialNode node : version.nodes()) {
			nodes.add(node(node));
		}
		root.put("nodes", nodes);
		return root;
	}

	private static Map<String, Object> node(ReferentialNode node) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("urn", node.urn());
		putIfPresent(map, "parent_urn", node.parentUrn());
		map.put("depth", node.depth());
		putIfPresent(map, "ref_id", node.refId());
		map.put("name", text(node.name()));
		putIfPresent(map, "description", text(node.description()));
		putIfPresent(map, "guidance", text(node.guidance()));
		if (node.confidence() != Confidence.SURE) {
			map.put("confidence", node.confidence().code());
		}
		putIfPresent(map, "annotation", text(node.annotation()));
		if (!node.mapsTo().isEmpty()) {
			map.put("maps_to", node.mapsTo());
		}
		if (node.assessable()) {
			item(map, node.item());
		}
		return map;
	}

	private static void item(Map<String, Object> map, CheckItem item) {
		map.put("assessable", true);
		map.put("channels", item.channels().stream().map(Channel::code).toList());
		if (!item.answers().equals(CheckItem.ALL_ANSWERS)) {
			map.put("answers", item.answers().stream().map((answer) -> answer.code()).toList());
		}
		if (item.measure() != null) {
			Map<String, Object> measure = new LinkedHashMap<>();
			measure.put("unit", item.measure().unit().code());
			if (item.measure().target() != null) {
				Map<String, Object> target = new LinkedHashMap<>();
				target.put("comparator", item.measure().target().comparator().code());
				target.put("value", number(item.measure().target().value()));
				measure.put("target", target);
			}
			map.put("measure", measure);
		}
		if (!item.scale().isEmpty()) {
			List<Object> levels = new ArrayList<>();
			for (ScaleLevel level : item.scale()) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("code", level.code());
				entry.put("name", text(level.name()));
				entry.put("compliant", level.compliant());
				levels.add(entry);
			}
			map.put("scale", levels);
		}
		if (item.freeText() != Requirement.OPTIONAL) {
			map.put("free_text", item.freeText().code());
		}
		if (item.photo() != Requirement.NONE) {
			map.put("photo", item.photo().code());
		}
		if (item.weight().compareTo(BigDecimal.ONE) != 0) {
			map.put("weight", number(item.weight()));
		}
		if (item.blocking()) {
			map.put("blocking", true);
		}
		if (!item.mandatory()) {
			map.put("mandatory", false);
		}
	}

	private static Object number(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() <= 0) {
			return stripped.toBigIntegerExact();
		}
		return Double.valueOf(stripped.toPlainString());
	}

	private static Map<String, Object> text(LocalizedText text) {
		if (text == null) {
			return null;
		}
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("fr", text.fr());
		map.put("en", text.en());
		return map;
	}

	private static void putIfPresent(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
