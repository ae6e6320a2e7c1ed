package fr.vigie.referential;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions, node by node (matched by URN) and field by field.
 *
 * @param from the older version
 * @param to the newer version
 * @param differences added, removed and changed nodes: those of {@code to} in its order,
 * then the removed ones in {@code from}'s order
 */
public record ReferentialDiff(ReferentialVersionId from, ReferentialVersionId to, List<NodeDifference> differences) {

	public ReferentialDiff {
		differences = List.copyOf(differences);
	}

	public static ReferentialDiff between(ReferentialVersion from, ReferentialVersion to) {
		Map<String, ReferentialNode> before = from.nodes()
			.stream()
			.collect(Collectors.toMap(ReferentialNode::urn, Function.identity()));
		Set<String> after = to.nodes().stream().map(ReferentialNode::urn).collect(Collectors.toSet());
		List<NodeDifference> differences = new ArrayList<>();
		for (ReferentialNode node : to.nodes()) {
			ReferentialNode old = before.get(node.urn());
			if (old == null) {
				differences.add(new NodeDifference(Kind.ADDED, node.urn(), null, node, List.of()));
			}
			else {
				List<FieldDifference> fields = fieldDifferences(old, node);
				if (!fields.isEmpty()) {
					differences.add(new NodeDifference(Kind.CHANGED, node.urn(), old, node, fields));
				}
			}
		}
		for (ReferentialNode node : from.nodes()) {
			if (!after.contains(node.urn())) {
				differences.add(new NodeDifference(Kind.REMOVED, node.urn(), node, null, List.of()));
			}
		}
		return new ReferentialDiff(from.id(), to.id(), differences);
	}

	public long count(Kind kind) {
		return this.differences.stream().filter((difference) -> difference.kind() == kind).count();
	}

	public boolean isEmpty() {
		return this.differences.isEmpty();
	}

	static List<FieldDifference> fieldDifferences(ReferentialNode a, ReferentialNode b) {
		List<FieldDifference> fields = new ArrayList<>();
		compare(fields, Field.PARENT, a.parentUrn(), b.parentUrn());
		compare(fields, Field.REF_ID, a.refId(), b.refId());
		compare(fields, Field.NAME, a.name(), b.name());
		compare(fields, Field.DESCRIPTION, a.description(), b.description());
		compare(fields, Field.GUIDANCE, a.guidance(), b.guidance());
		compare(fields, Field.ANNOTATION, a.annotation(), b.annotation());
		compare(fields, Field.ASSESSABLE, a.assessable(), b.assessable());
		CheckItem x = a.item();
		CheckItem y = b.item();
		if (x != null && y != null) {
			compare(fields, Field.CHANNELS, x.channels(), y.channels());
			compare(fields, Field.ANSWERS, x.answers(), y.answers());
			compare(fields, Field.MEASURE_UNIT, (x.measure() != null) ? x.measure().unit() : null,
					(y.measure() != null) ? y.measure().unit() : null);
			compare(fields, Field.TARGET, x.target().orElse(null), y.target().orElse(null));
			compare(fields, Field.SCALE, x.scale(), y.scale());
			compare(fields, Field.FREE_TEXT, x.freeText(), y.freeText());
			compare(fields, Field.PHOTO, x.photo(), y.photo());
			if (x.weight().compareTo(y.weight()) != 0) {
				fields.add(new FieldDifference(Field.WEIGHT, x.weight(), y.weight()));
			}
			compare(fields, Field.BLOCKING, x.blocking(), y.blocking());
			compare(fields, Field.MANDATORY, x.mandatory(), y.mandatory());
		}
		return fields;
	}

	private static void compare(List<FieldDifference> fields, Field field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			fields.add(new FieldDifference(field, before, after));
		}
	}

	public enum Kind {

		ADDED, REMOVED, CHANGED;

		public String messageKey() {
			return "referential.diff.kind." + name();
		}

	}

	/** Fields compared between two versions of a node. */
	public enum Field {

		PARENT, REF_ID, NAME, DESCRIPTION, GUIDANCE, ANNOTATION, ASSESSABLE, CHANNELS, ANSWERS, MEASURE_UNIT, TARGET,
		SCALE, FREE_TEXT, PHOTO, WEIGHT, BLOCKING, MANDATORY;

		public String messageKey() {
			return "referential.field." + name();
		}

	}

	/**
	 * One node that was added, removed or changed.
	 *
	 * @param before the node in the older version, null when added
	 * @param after the node in the newer version, null when removed
	 * @param fields changed fields, empty unless changed
	 */
	public record NodeDifference(Kind kind, String urn, ReferentialNode before, ReferentialNode after,
			List<FieldDifference> fields) {

		public NodeDifference {
			fields = List.copyOf(fields);
		}

		/** The node as it is now, or as it was when removed. */
		public ReferentialNode node() {
			return (this.after != null) ? this.after : this.before;
		}

	}

	/**
	 * One changed field; values are the domain values (texts, targets, sets of channels…)
	 * so that screens can format them in the user's language.
	 */
	public record FieldDifference(Field field, Object before, Object after) {

	}

}
