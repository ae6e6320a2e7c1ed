package fr.vigie.referential.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import fr.vigie.referential.LoadProblem;
import tools.jackson.databind.JsonNode;

/**
 * Validates a referential tree against
 * {@code audits-templates/schema/referential.schema.json} and turns each schema error
 * into a problem located in the YAML file, with a reason Vigie can say in French and
 * English (the library's own messages are English only).
 */
final class SchemaCheck {

	static final String SCHEMA_RESOURCE = "/audits-templates/schema/referential.schema.json";

	private static final Schema SCHEMA = load();

	private SchemaCheck() {
	}

	private static Schema load() {
		try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("referential schema missing from the classpath: " + SCHEMA_RESOURCE);
			}
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<LoadProblem> check(String file, MarkedYaml yaml) {
		List<LoadProblem> problems = new ArrayList<>();
		for (Error error : SCHEMA.validate(yaml.root())) {
			LoadProblem problem = toProblem(file, yaml, error);
			if (!problems.contains(problem)) {
				problems.add(problem);
			}
		}
		return problems;
	}

	private static LoadProblem toProblem(String file, MarkedYaml yaml, Error error) {
		String pointer = pointer(error.getInstanceLocation());
		JsonNode instance = error.getInstanceNode();
		String keyword = String.valueOf(error.getKeyword());
		String lastName = lastName(pointer);
		return switch (keyword) {
			case "required" -> {
				String property = error.getProperty();
				if ("fr".equals(property) || "en".equals(property)) {
					yield yaml.locate(pointer)
						.problem(file, pointer, "referential.problem.translationMissing", property);
				}
				yield yaml.locate(pointer).problem(file, pointer, "referential.problem.required", property);
			}
			case "additionalProperties" -> {
				String childPointer = FieldPaths.child(pointer, error.getProperty());
				yield yaml.locate(childPointer)
					.problem(file, childPointer, "referential.problem.unknownField", error.getProperty());
			}
			case "type" -> yaml.locate(pointer)
				.problem(file, pointer, "referential.problem.type." + expectedType(error), describe(instance));
			case "enum" -> pointer.contains("/channels/") ? yaml.locate(pointer)
				.problem(file, pointer, "referential.problem.channelUnknown", describe(instance), allowed(error))
					: yaml.locate(pointer)
						.problem(file, pointer, "referential.problem.enum", describe(instance), allowed(error));
			case "pattern" -> {
				if ("fr".equals(lastName) || "en".equals(lastName)) {
					yield yaml.locate(pointer)
						.problem(file, pointer, "referential.problem.translationMissing", lastName);
				}
				if (lastName.equals("urn") || lastName.equals("parent_urn") || pointer.contains("/maps_to/")) {
					yield yaml.locate(pointer)
						.problem(file, pointer, "referential.problem.invalidUrn", describe(instance));
				}
				yield yaml.locate(pointer).problem(file, pointer, "referential.problem.pattern", describe(instance));
			}
			case "minimum", "exclusiveMinimum" -> {
				if ("weight".equals(lastName)) {
					yield yaml.locate(pointer)
						.problem(file, pointer, "referential.problem.weightNotPositive", describe(instance));
				}
				yield yaml.locate(pointer)
					.problem(file, pointer, "referential.problem.minimum", describe(instance), bound(error));
			}
			case "minItems" ->
				yaml.locate(pointer).problem(file, pointer, "referential.problem.minItems", bound(error));
			case "uniqueItems" -> yaml.locate(pointer).problem(file, pointer, "referential.problem.uniqueItems");
			case "minLength" -> yaml.locate(pointer).problem(file, pointer, "referential.problem.empty");
			default -> yaml.locate(pointer).problem(file, pointer, "referential.problem.schema", error.getMessage());
		};
	}

	static String pointer(NodePath path) {
		StringBuilder pointer = new StringBuilder();
		for (int i = 0; i < path.getNameCount(); i++) {
			Object element = path.getElement(i);
			pointer.append('/')
				.append((element instanceof Integer) ? element.toString()
						: element.toString().replace("~", "~0").replace("/", "~1"));
		}
		return pointer.toString();
	}

	private static String lastName(String pointer) {
		return pointer.isEmpty() ? "" : pointer.substring(pointer.lastIndexOf('/') + 1);
	}

	private static String describe(JsonNode instance) {
		if (instance == null || instance.isNull()) {
			return "null";
		}
		String text = instance.isValueNode() ? instance.asString() : instance.toString();
		return (text.length() > 80) ? text.substring(0, 77) + "…" : text;
	}

	private static JsonNode keywordValue(Error error) {
		JsonNode schemaNode = error.getSchemaNode();
		if (schemaNode != null && schemaNode.isObject() && schemaNode.has(error.getKeyword())) {
			return schemaNode.get(error.getKeyword());
		}
		return schemaNode;
	}

	private static String expectedType(Error error) {
		JsonNode type = keywordValue(error);
		String name = (type != null && type.isString()) ? type.asString() : "";
		return switch (name) {
			case "string", "integer", "number", "boolean", "array", "object" -> name;
			default -> "other";
		};
	}

	private static String allowed(Error error) {
		JsonNode values = keywordValue(error);
		if (values == null || !values.isArray()) {
			return "";
		}
		return StreamSupport.stream(values.spliterator(), false)
			.map(JsonNode::asString)
			.collect(Collectors.joining(", "));
	}

	private static String bound(Error error) {
		JsonNode value = keywordValue(error);
		return (value == null) ? "" : value.asString();
	}

}
