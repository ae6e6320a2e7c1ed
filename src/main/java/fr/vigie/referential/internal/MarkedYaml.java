package fr.vigie.referential.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.vigie.referential.LoadProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a YAML document into a JSON tree while remembering where every value sits in the
 * file, so that schema and semantic errors can point at a line and a column. SnakeYAML's
 * composed node tree keeps those marks, its constructed objects do not.
 */
final class MarkedYaml {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	private static final int MAX_NESTING = 32;

	private final JsonNode root;

	private final Map<String, Located> locations;

	private MarkedYaml(JsonNode root, Map<String, Located> locations) {
		this.root = root;
		this.locations = locations;
	}

	JsonNode root() {
		return this.root;
	}

	/** Where the value at a JSON pointer starts; the closest known ancestor otherwise. */
	Located locate(String pointer) {
		String current = pointer;
		while (true) {
			Located located = this.locations.get(current);
			if (located != null) {
				return located;
			}
			if (current.isEmpty()) {
				return Located.UNKNOWN;
			}
			current = current.substring(0, current.lastIndexOf('/'));
		}
	}

	/**
	 * Parses the file, or reports why it cannot be read as one YAML mapping.
	 * @param file file name used in problems
	 * @param content raw bytes, expected in UTF-8
	 * @param problems receives syntax problems
	 * @return the tree, or null when the file cannot be read
	 */
	static MarkedYaml parse(String file, byte[] content, List<LoadProblem> problems) {
		if (content.length > MAX_BYTES) {
			problems.add(new LoadProblem(file, 0, 0, "", "referential.problem.tooLarge",
					Located.args(MAX_BYTES / 1024 / 1024)));
			return null;
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			problems.add(new LoadProblem(file, 0, 0, "", "referential.problem.notUtf8", List.of()));
			return null;
		}
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(true);
		options.setMaxAliasesForCollections(20);
		options.setNestingDepthLimit(MAX_NESTING);
		options.setCodePointLimit(MAX_BYTES);
		Node document;
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				StandardCharsets.UTF_8)) {
			document = new Yaml(options).compose(reader);
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			int line = (mark != null) ? mark.getLine() + 1 : 0;
			int column = (mark != null) ? mark.getColumn() + 1 : 0;
			String reason = (ex.getProblem() != null) ? ex.getProblem() : ex.getMessage();
			problems
				.add(new LoadProblem(file, line, column, "", "referential.problem.yamlSyntax", Located.args(reason)));
			return null;
		}
		catch (YAMLException | java.io.IOException ex) {
			problems
				.add(new LoadProblem(file, 0, 0, "", "referential.problem.yamlSyntax", Located.args(ex.getMessage())));
			return null;
		}
		if (!(document instanceof MappingNode)) {
			Located where = (document != null) ? at(document) : Located.UNKNOWN;
			problems.add(new LoadProblem(file, where.line(), where.column(), "", "referential.problem.notAMapping",
					List.of()));
			return null;
		}
		Map<String, Located> locations = new HashMap<>();
		Converter converter = new Converter(file, locations, problems);
		JsonNode root = converter.convert(document, "", 0);
		return (root == null) ? null : new MarkedYaml(root, locations);
	}

	private static Located at(Node node) {
		Mark mark = node.getStartMark();
		return (mark != null) ? new Located(mark.getLine() + 1, mark.getColumn() + 1) : Located.UNKNOWN;
	}

	private record Converter(String file, Map<String, Located> locations, List<LoadProblem> problems) {

		JsonNode convert(Node node, String pointer, int nesting) {
			if (nesting > MAX_NESTING) {
				Located where = at(node);
				this.problems.add(where.problem(this.file, pointer, "referential.problem.tooDeep", MAX_NESTING));
				return null;
			}
			this.locations.putIfAbsent(pointer, at(node));
			if (node instanceof MappingNode mapping) {
				ObjectNode object = JsonNodeFactory.instance.objectNode();
				Set<String> keys = new HashSet<>();
				for (NodeTuple tuple : mapping.getValue()) {
					if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
						Located where = at(tuple.getKeyNode());
						this.problems.add(where.problem(this.file, pointer, "referential.problem.complexKey"));
						return null;
					}
					String key = keyNode.getValue();
					String childPointer = FieldPaths.child(pointer, key);
					if (!keys.add(key)) {
						Located where = at(keyNode);
						this.problems
							.add(where.problem(this.file, childPointer, "referential.problem.duplicateKey", key));
						continue;
					}
					this.locations.put(childPointer, at(tuple.getValueNode()));
					JsonNode value = convert(tuple.getValueNode(), childPointer, nesting + 1);
					if (value == null) {
						return null;
					}
					object.set(key, value);
				}
				return object;
			}
			if (node instanceof SequenceNode sequence) {
				ArrayNode array = JsonNodeFactory.instance.arrayNode();
				List<Node> items = new ArrayList<>(sequence.getValue());
				for (int i = 0; i < items.size(); i++) {
					JsonNode value = convert(items.get(i), FieldPaths.child(pointer, i), nesting + 1);
					if (value == null) {
						return null;
					}
					array.add(value);
				}
				return array;
			}
			return scalar((ScalarNode) node);
		}

		private static JsonNode scalar(ScalarNode scalar) {
			String value = scalar.getValue();
			Tag tag = scalar.getTag();
			JsonNodeFactory factory = JsonNodeFactory.instance;
			try {
				if (Tag.NULL.equals(tag)) {
					return factory.nullNode();
				}
				if (Tag.BOOL.equals(tag)) {
					return factory.booleanNode(isTrue(value));
				}
				if (Tag.INT.equals(tag)) {
					return factory.numberNode(new BigInteger(value.replace("_", "")));
				}
				if (Tag.FLOAT.equals(tag)) {
					return factory.numberNode(new BigDecimal(value.replace("_", "")));
				}
			}
			catch (NumberFormatException ex) {
				// Octal, sexagesimal or infinite numbers: kept as text, the schema then
				// says a number was expected.
			}
			return factory.stringNode(value);
		}

		private static boolean isTrue(String value) {
			return switch (value.toLowerCase(java.util.Locale.ROOT)) {
				case "true", "yes", "on", "y" -> true;
				default -> false;
			};
		}

	}

}
