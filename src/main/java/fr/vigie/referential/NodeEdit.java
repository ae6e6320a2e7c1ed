package fr.vigie.referential;

import java.util.Objects;

/**
 * New content of a node, as edited by a quality manager in a draft. {@code item} is null
 * for groups and engagements, and required for assessable items.
 */
public record NodeEdit(String refId, LocalizedText name, LocalizedText description, LocalizedText guidance,
		LocalizedText annotation, CheckItem item) {

	public NodeEdit {
		Objects.requireNonNull(name, "name");
	}

	public static NodeEdit of(ReferentialNode node) {
		return new NodeEdit(node.refId(), node.name(), node.description(), node.guidance(), node.annotation(),
				node.item());
	}

}
