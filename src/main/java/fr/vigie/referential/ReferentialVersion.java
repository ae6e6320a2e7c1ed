package fr.vigie.referential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of a referential with its whole tree embedded, so that every change is a
 * single-document write. A published version never changes: audits pin its id. Drafts
 * change through methods that keep the tree consistent (unique URNs, parents listed
 * before children, depth = parent depth + 1, items are leaves).
 */
@Document("referential_versions")
public class ReferentialVersion {

	@Id
	private final String id;

	private final ReferentialHeader header;

	private List<ReferentialNode> nodes;

	private ReferentialStatus status;

	private final ReferentialOrigin origin;

	private final String derivedFrom;

	private final String checksum;

	private final String sourceFile;

	private final Instant createdAt;

	private final String createdBy;

	private Instant publishedAt;

	private String publishedBy;

	@Version
	private Long revision;

	@PersistenceCreator
	ReferentialVersion(String id, ReferentialHeader header, List<ReferentialNode> nodes, ReferentialStatus status,
			ReferentialOrigin origin, String derivedFrom, String checksum, String sourceFile, Instant createdAt,
			String createdBy, Instant publishedAt, String publishedBy, Long revision) {
		this.id = id;
		this.header = header;
		this.nodes = (nodes == null) ? List.of() : List.copyOf(nodes);
		this.status = status;
		this.origin = origin;
		this.derivedFrom = derivedFrom;
		this.checksum = checksum;
		this.sourceFile = sourceFile;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
		this.revision = revision;
	}

	/** A referential read from a validated file shipped with Vigie: published at once. */
	public static ReferentialVersion shipped(ReferentialHeader header, List<ReferentialNode> nodes, String checksum,
			String sourceFile, Instant now) {
		checkTree(nodes);
		return new ReferentialVersion(header.id().value(), header, nodes, ReferentialStatus.PUBLISHED,
				ReferentialOrigin.SHIPPED, null, checksum, sourceFile, now, "vigie", now, "vigie", null);
	}

	/** A referential uploaded by a user: a draft, to be reviewed and published. */
	public static ReferentialVersion imported(ReferentialHeader header, List<ReferentialNode> nodes, String checksum,
			String fileName, String user, Instant now) {
		checkTree(nodes);
		return new ReferentialVersion(header.id().value(), header, nodes, ReferentialStatus.DRAFT,
				ReferentialOrigin.IMPORTED, null, checksum, fileName, now, user, null, null, null);
	}

	/**
	 * Starts a local referential (its own URN, version 1) as a draft copy of this one.
	 * Node URNs are kept so that the two can be compared item by item.
	 */
	public ReferentialVersion deriveLocal(String newUrn, String refId, LocalizedText name, String provider, String user,
			Instant now) {
		ReferentialHeader newHeader = this.header.asNewReferential(newUrn, refId, name, provider);
		return new ReferentialVersion(newHeader.id().value(), newHeader, this.nodes, ReferentialStatus.DRAFT,
				ReferentialOrigin.LOCAL, this.id, null, null, now, user, null, null, null);
	}

	/** Starts the next version of this published referential as a draft copy. */
	public ReferentialVersion nextVersionDraft(String user, Instant now) {
		if (!isPublished()) {
			throw new UserFacingException("referential.draft.notPublishedYet");
		}
		ReferentialHeader newHeader = this.header.nextVersion();
		return new ReferentialVersion(newHeader.id().value(), newHeader, this.nodes, ReferentialStatus.DRAFT,
				ReferentialOrigin.LOCAL, this.id, null, null, now, user, null, null, null);
	}

	/** Replaces the texts and checklist rules of one node of this draft. */
	public void updateNode(String urn, NodeEdit edit) {
		requireDraft();
		ReferentialNode current = requireNode(urn);
		if (current.assessable() != (edit.item() != null)) {
			throw new UserFacingException("referential.edit.kindChange");
		}
		ReferentialNode updated = new ReferentialNode(urn, current.parentUrn(), current.depth(), edit.refId(),
				edit.name(), edit.description(), edit.guidance(), edit.annotation(), current.confidence(),
				current.mapsTo(), edit.item());
		List<ReferentialNode> copy = new ArrayList<>(this.nodes);
		copy.set(indexOf(urn), updated);
		this.nodes = List.copyOf(copy);
	}

	/**
	 * Adds a node as the last child of {@code parentUrn} (or as the last top-level node
	 * when null) and returns its generated URN.
	 */
	public String addNode(String parentUrn, NodeEdit edit) {
		requireDraft();
		int depth = 1;
		int insertAt = this.nodes.size();
		if (parentUrn != null) {
			ReferentialNode parent = requireNode(parentUrn);
			if (parent.assessable()) {
				throw new UserFacingException("referential.edit.parentIsItem");
			}
			depth = parent.depth() + 1;
			insertAt = indexOf(parentUrn) + 1 + descendantsOf(parentUrn).size();
		}
		String urn = freshUrn();
		ReferentialNode node = new ReferentialNode(urn, parentUrn, depth, edit.refId(), edit.name(), edit.description(),
				edit.guidance(), edit.annotation(), Confidence.SURE, List.of(), edit.item());
		List<ReferentialNode> copy = new ArrayList<>(this.nodes);
		copy.add(insertAt, node);
		this.nodes = List.copyOf(copy);
		return urn;
	}

	/** Removes a node and everything below it from this draft. */
	public void removeNode(String urn) {
		requireDraft();
		requireNode(urn);
		Set<String> removed = new HashSet<>(descendantsOf(urn));
		removed.add(urn);
		this.nodes = this.nodes.stream().filter((node) -> !removed.contains(node.urn())).toList();
	}

	/** Freezes this draft; from now on audits may pin it. */
	public void publish(String user, Instant now) {
		requireDraft();
		if (items().isEmpty()) {
			throw new UserFacingException("referential.publish.noItem");
		}
		this.status = ReferentialStatus.PUBLISHED;
		this.publishedAt = now;
		this.publishedBy = user;
	}

	private void requireDraft() {
		if (isPublished()) {
			throw new UserFacingException("referential.published.immutable", this.id);
		}
	}

	private ReferentialNode requireNode(String urn) {
		return node(urn).orElseThrow(() -> new UserFacingException("referential.node.notFound", urn));
	}

	private int indexOf(String urn) {
		for (int i = 0; i < this.nodes.size(); i++) {
			if (this.nodes.get(i).urn().equals(urn)) {
				return i;
			}
		}
		return -1;
	}

	private List<String> descendantsOf(String urn) {
		List<String> result = new ArrayList<>();
		Set<String> ancestors = new HashSet<>(Set.of(urn));
		for (ReferentialNode node : this.nodes) {
			if (node.parentUrn() != null && ancestors.contains(node.parentUrn())) {
				ancestors.add(node.urn());
				result.add(node.urn());
			}
		}
		return result;
	}

	private String freshUrn() {
		int n = 1;
		while (node(this.header.urn() + ":item-" + n).isPresent()) {
			n++;
		}
		return this.header.urn() + ":item-" + n;
	}

	/**
	 * Checks the tree rules every stored version keeps; files get the same checks with
	 * line numbers before they reach this point.
	 */
	static void checkTree(List<ReferentialNode> nodes) {
		Map<String, ReferentialNode> seen = new HashMap<>();
		for (ReferentialNode node : nodes) {
			if (seen.containsKey(node.urn())) {
				throw new IllegalArgumentException("duplicate URN " + node.urn());
			}
			if (node.parentUrn() == null) {
				if (node.depth() != 1) {
					throw new IllegalArgumentException("top-level node " + node.urn() + " must have depth 1");
				}
			}
			else {
				ReferentialNode parent = seen.get(node.parentUrn());
				if (parent == null) {
					throw new IllegalArgumentException("parent of " + node.urn() + " is not listed before it");
				}
				if (parent.assessable()) {
					throw new IllegalArgumentException("item " + parent.urn() + " cannot have children");
				}
				if (node.depth() != parent.depth() + 1) {
					throw new IllegalArgumentException("depth of " + node.urn() + " must be parent depth + 1");
				}
			}
			seen.put(node.urn(), node);
		}
	}

	public ReferentialVersionId id() {
		return new ReferentialVersionId(this.id);
	}

	public ReferentialHeader header() {
		return this.header;
	}

	public List<ReferentialNode> nodes() {
		return this.nodes;
	}

	public Optional<ReferentialNode> node(String urn) {
		return this.nodes.stream().filter((node) -> node.urn().equals(urn)).findFirst();
	}

	public List<ReferentialNode> children(String parentUrn) {
		return this.nodes.stream().filter((node) -> Objects.equals(node.parentUrn(), parentUrn)).toList();
	}

	/** Assessable items in document order. */
	public List<ReferentialNode> items() {
		return this.nodes.stream().filter(ReferentialNode::assessable).toList();
	}

	/** Assessable items that apply to a channel, in document order. */
	public List<ReferentialNode> itemsFor(Channel channel) {
		return this.nodes.stream().filter((node) -> node.assessable() && node.item().appliesTo(channel)).toList();
	}

	public ReferentialStatus status() {
		return this.status;
	}

	public boolean isPublished() {
		return this.status == ReferentialStatus.PUBLISHED;
	}

	public ReferentialOrigin origin() {
		return this.origin;
	}

	/** The version this one was derived from, if any. */
	public Optional<ReferentialVersionId> derivedFrom() {
		return Optional.ofNullable(this.derivedFrom).map(ReferentialVersionId::new);
	}

	public String checksum() {
		return this.checksum;
	}

	public String sourceFile() {
		return this.sourceFile;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public String createdBy() {
		return this.createdBy;
	}

	public Instant publishedAt() {
		return this.publishedAt;
	}

	public String publishedBy() {
		return this.publishedBy;
	}

	/** Optimistic-locking revision; edits made on an older revision are refused. */
	public Long revision() {
		return this.revision;
	}

}
