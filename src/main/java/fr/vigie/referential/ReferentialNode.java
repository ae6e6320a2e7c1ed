package fr.vigie.referential;

import java.util.List;
import java.util.Objects;

/**
 * One node of a referential tree: a group, an engagement, or an assessable checklist
 * item. Nodes are kept as an ordered flat list where each node names its parent and its
 * depth, so a file reads top to bottom like the printed referential.
 *
 * @param urn stable identifier, kept across versions so versions can be compared
 * @param parentUrn URN of the parent node, null for top-level nodes
 * @param depth 1 for top-level nodes, parent depth + 1 otherwise
 * @param refId number or code as printed in the referential ("1", "A", "2.3")
 * @param name title of the node
 * @param description longer wording, may be null
 * @param guidance how the auditor checks the item, may be null
 * @param annotation editorial note (source, doubts), may be null
 * @param confidence how sure the wording or target is
 * @param mapsTo URNs of nodes of other referentials this node contributes to
 * @param item the checklist rules when the node is assessable, else null
 */
public record ReferentialNode(String urn, String parentUrn, int depth, String refId, LocalizedText name,
		LocalizedText description, LocalizedText guidance, LocalizedText annotation, Confidence confidence,
		List<String> mapsTo, CheckItem item) {

	public ReferentialNode {
		Objects.requireNonNull(urn, "urn");
		Objects.requireNonNull(name, "name");
		if (depth < 1) {
			throw new IllegalArgumentException("depth starts at 1: " + depth);
		}
		confidence = (confidence != null) ? confidence : Confidence.SURE;
		mapsTo = (mapsTo == null) ? List.of() : List.copyOf(mapsTo);
		refId = (refId == null || refId.isBlank()) ? null : refId.strip();
	}

	public boolean assessable() {
		return this.item != null;
	}

	public boolean isRoot() {
		return this.parentUrn == null;
	}

	/** Label shown in trees and lists: reference id then name. */
	public String label(java.util.Locale locale) {
		return (this.refId != null) ? this.refId + " · " + this.name.in(locale) : this.name.in(locale);
	}

	ReferentialNode withItem(CheckItem newItem) {
		return new ReferentialNode(this.urn, this.parentUrn, this.depth, this.refId, this.name, this.description,
				this.guidance, this.annotation, this.confidence, this.mapsTo, newItem);
	}

}
