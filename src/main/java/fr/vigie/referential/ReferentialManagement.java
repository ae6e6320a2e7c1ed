package fr.vigie.referential;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.vigie.referential.internal.LoadReportRepository;
import fr.vigie.referential.internal.ReferentialParser;
import fr.vigie.referential.internal.ReferentialVersionRepository;
import fr.vigie.referential.internal.ReferentialWriter;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The referential library: reads published versions for audits and scoring, and lets
 * quality managers derive, edit, publish, compare, import and export versions. Every
 * draft edit names the revision it was made on; an edit on an older revision is refused
 * with {@code concurrentModification}, so nothing is silently overwritten.
 */
@Service
public class ReferentialManagement {

	/** Code of a local referential: lower-case letters, digits and dashes. */
	private static final String LOCAL_CODE = "[a-z0-9][a-z0-9-]{1,40}";

	private final ReferentialVersionRepository versions;

	private final LoadReportRepository reports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReferentialManagement(ReferentialVersionRepository versions, LoadReportRepository reports,
			ApplicationEventPublisher events, Clock clock) {
		this.versions = versions;
		this.reports = reports;
		this.events = events;
		this.clock = clock;
	}

	/** Every version, drafts included, sorted by name then version. */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'ADMIN')")
	public List<ReferentialVersion> allVersions() {
		return this.versions.findAll().stream().sorted(ORDER).toList();
	}

	/** Versions audits may use, sorted by name then version. */
	@PreAuthorize("isAuthenticated()")
	public List<ReferentialVersion> publishedVersions() {
		return this.versions.findAllByStatus(ReferentialStatus.PUBLISHED).stream().sorted(ORDER).toList();
	}

	/** One exact version, as pinned by an audit. */
	@PreAuthorize("isAuthenticated()")
	public Optional<ReferentialVersion> findVersion(ReferentialVersionId id) {
		return this.versions.findById(id.value());
	}

	/** Assessable items of a version that apply to a channel, in document order. */
	@PreAuthorize("isAuthenticated()")
	public List<ReferentialNode> itemsFor(ReferentialVersionId id, Channel channel) {
		return load(id).itemsFor(channel);
	}

	/** Outcome of the last load of each referential file, refused ones first. */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'ADMIN')")
	public List<ReferentialLoadReport> loadReports() {
		return this.reports.findAll()
			.stream()
			.sorted(Comparator.comparing(ReferentialLoadReport::rejected)
				.reversed()
				.thenComparing(ReferentialLoadReport::fileName))
			.toList();
	}

	/**
	 * Starts a local referential (e.g. a commune's own Qualivilles commitments) as a
	 * draft copy of {@code source}.
	 * @param source the version to start from
	 * @param code short code of the new referential; its URN is
	 * {@code urn:vigie:local:<code>}
	 * @param name name of the new referential
	 * @param provider who issues it (the local authority)
	 * @return the new draft
	 */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public ReferentialVersion deriveLocal(ReferentialVersionId source, String code, LocalizedText name,
			String provider) {
		String trimmed = (code == null) ? "" : code.trim();
		if (!trimmed.matches(LOCAL_CODE)) {
			throw new UserFacingException("referential.derive.invalidCode");
		}
		String urn = "urn:vigie:local:" + trimmed;
		if (this.versions.findAll().stream().anyMatch((version) -> version.header().urn().equals(urn))) {
			throw new UserFacingException("referential.derive.codeTaken", trimmed);
		}
		requireText(name);
		String refId = trimmed.toUpperCase(java.util.Locale.ROOT);
		ReferentialVersion draft = load(source).deriveLocal(urn, refId, name,
				(provider == null || provider.isBlank()) ? currentUser() : provider.trim(), currentUser(),
				this.clock.instant());
		return insert(draft);
	}

	/** Starts the next version of a published referential as a draft. */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public ReferentialVersion startNextVersion(ReferentialVersionId published) {
		return insert(load(published).nextVersionDraft(currentUser(), this.clock.instant()));
	}

	/** Replaces a node's texts and checklist rules in a draft. */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public ReferentialVersion updateNode(ReferentialVersionId draft, Long expectedRevision, String urn, NodeEdit edit) {
		ReferentialVersion version = loadAt(draft, expectedRevision);
		version.updateNode(urn, edit);
		return save(version);
	}

	/**
	 * Adds a node (an item when {@code edit.item()} is set) under a parent of a draft.
	 */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public ReferentialVersion addNode(ReferentialVersionId draft, Long expectedRevision, String parentUrn,
			NodeEdit edit) {
		ReferentialVersion version = loadAt(draft, expectedRevision);
		version.addNode(parentUrn, edit);
		return save(version);
	}

	/** Removes a node and its descendants from a draft. */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public ReferentialVersion removeNode(ReferentialVersionId draft, Long expectedRevision, String urn) {
		ReferentialVersion version = loadAt(draft, expectedRevision);
		version.removeNode(urn);
		return save(version);
	}

	/** Publishes a draft; from then on it never changes. */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public ReferentialVersion publish(ReferentialVersionId draft, Long expectedRevision) {
		ReferentialVersion version = loadAt(draft, expectedRevision);
		version.publish(currentUser(), this.clock.instant());
		ReferentialVersion saved = save(version);
		this.events.publishEvent(new ReferentialVersionPublished(saved.id(), currentUser()));
		return saved;
	}

	/** Deletes a draft that will not be published. */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public void discardDraft(ReferentialVersionId draft, Long expectedRevision) {
		ReferentialVersion version = loadAt(draft, expectedRevision);
		if (version.isPublished()) {
			throw new UserFacingException("referential.published.immutable", draft.value());
		}
		this.versions.delete(version);
	}

	/** What changed from one version to another. */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'ADMIN')")
	public ReferentialDiff diff(ReferentialVersionId from, ReferentialVersionId to) {
		return ReferentialDiff.between(load(from), load(to));
	}

	/** The version as a YAML file in the referential file format. */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'ADMIN')")
	public byte[] exportYaml(ReferentialVersionId id) {
		return ReferentialWriter.toYaml(load(id)).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Reads an uploaded referential file and stores it as a draft. Nothing is stored when
	 * the file has any problem.
	 * @throws ReferentialImportException with every problem found (file, line, field)
	 */
	@PreAuthorize("hasRole('QUALITY_MANAGER')")
	public ReferentialVersion importYaml(String fileName, byte[] content) {
		String name = (fileName == null || fileName.isBlank()) ? "import.yaml" : fileName;
		ReferentialParser.Result result = ReferentialParser.parse(name, content);
		if (!result.valid()) {
			throw new ReferentialImportException(name, result.problems());
		}
		if (this.versions.existsById(result.header().id().value())) {
			throw new ReferentialImportException(name,
					List.of(result.versionProblem("referential.problem.versionExists", result.header().urn(),
							result.header().version())));
		}
		return insert(ReferentialVersion.imported(result.header(), result.nodes(), result.checksum(), name,
				currentUser(), this.clock.instant()));
	}

	private ReferentialVersion load(ReferentialVersionId id) {
		return this.versions.findById(id.value())
			.orElseThrow(() -> new UserFacingException("referential.notFound", id.value()));
	}

	private ReferentialVersion loadAt(ReferentialVersionId id, Long expectedRevision) {
		ReferentialVersion version = load(id);
		if (!Objects.equals(version.revision(), expectedRevision)) {
			throw new UserFacingException("concurrentModification");
		}
		return version;
	}

	private ReferentialVersion insert(ReferentialVersion version) {
		try {
			return this.versions.insert(version);
		}
		catch (DuplicateKeyException ex) {
			throw new UserFacingException("referential.versionExists", version.id().value());
		}
	}

	private ReferentialVersion save(ReferentialVersion version) {
		try {
			return this.versions.save(version);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new UserFacingException("concurrentModification");
		}
	}

	private static void requireText(LocalizedText text) {
		if (text == null) {
			throw new UserFacingException("referential.edit.translationMissing");
		}
	}

	private static String currentUser() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "system";
	}

	private static final Comparator<ReferentialVersion> ORDER = Comparator
		.comparing((ReferentialVersion version) -> version.header().name().fr())
		.thenComparing((version) -> version.header().version());

}
