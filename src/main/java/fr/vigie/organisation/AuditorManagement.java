package fr.vigie.organisation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.vigie.identity.UserManagement;
import fr.vigie.organisation.internal.AuditorCsv;
import fr.vigie.organisation.internal.AuditorRepository;
import fr.vigie.organisation.internal.AuditorSearch;
import fr.vigie.organisation.internal.SiteRepository;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The auditor pool. Only quality managers and administrators see it: who tests is kept
 * from the directors of the tested sites.
 */
@Service
public class AuditorManagement {

	private static final String MANAGERS = "hasAnyRole('QUALITY_MANAGER', 'ADMIN')";

	/**
	 * Readers of the pool: managers, and the scheduler when it draws a recurring wave.
	 */
	private static final String POOL_READERS = "hasAnyRole('QUALITY_MANAGER', 'ADMIN', 'SYSTEM')";

	private final AuditorRepository auditors;

	private final SiteRepository sites;

	private final AuditorSearch search;

	private final UserManagement users;

	AuditorManagement(AuditorRepository auditors, SiteRepository sites, AuditorSearch search, UserManagement users) {
		this.auditors = auditors;
		this.search = search;
		this.sites = sites;
		this.users = users;
	}

	/**
	 * Auditors whose code, name or town contains {@code text}, able to test
	 * {@code channel} when given; by code.
	 */
	@PreAuthorize(POOL_READERS)
	public List<Auditor> search(String text, Channel channel, boolean includeInactive) {
		return this.search.all(text, channel, includeInactive);
	}

	/**
	 * Rows {@code offset} to {@code offset + limit} of {@link #search}, for lists shown a
	 * page at a time.
	 * @param sort on stored fields: {@code id} (the code), {@code displayName},
	 * {@code homeTown}; by code when unsorted
	 */
	@PreAuthorize(MANAGERS)
	public List<Auditor> search(String text, Channel channel, boolean includeInactive, int offset, int limit,
			Sort sort) {
		return this.search.page(text, channel, includeInactive, offset, limit, sort);
	}

	/** How many auditors {@link #search} finds. */
	@PreAuthorize(MANAGERS)
	public long count(String text, Channel channel, boolean includeInactive) {
		return this.search.count(text, channel, includeInactive);
	}

	@PreAuthorize(POOL_READERS)
	public Optional<Auditor> find(AuditorId id) {
		return this.auditors.findById(id.value());
	}

	/**
	 * Auditors who may test {@code site} on {@code channel} on {@code date} (see
	 * {@link Auditor#eligibleFor}), nearest home first when positions are known.
	 */
	@PreAuthorize(MANAGERS)
	public List<Auditor> eligibleFor(SiteId siteId, Channel channel, LocalDate date) {
		Site site = this.sites.findById(siteId.value())
			.orElseThrow(() -> new UserFacingException("site.notFound", siteId.value()));
		Comparator<Auditor> nearestFirst = Comparator.comparingDouble((auditor) -> distance(site, auditor));
		return this.auditors.findAllByOrderByIdAsc()
			.stream()
			.filter((auditor) -> auditor.eligibleFor(siteId, channel, date))
			.sorted(nearestFirst.thenComparing(Auditor::code))
			.toList();
	}

	private static double distance(Site site, Auditor auditor) {
		if (site.position() == null || auditor.homePosition() == null) {
			return Double.MAX_VALUE;
		}
		return site.position().distanceKm(auditor.homePosition());
	}

	@PreAuthorize(MANAGERS)
	public Auditor create(AuditorId id, AuditorProfile profile) {
		if (this.auditors.existsById(id.value())) {
			throw new UserFacingException("auditor.code.taken", id.value());
		}
		requireFreeAccount(profile.username(), id);
		try {
			return this.auditors.insert(Auditor.create(id, profile));
		}
		catch (DuplicateKeyException ex) {
			throw new UserFacingException("auditor.code.taken", id.value());
		}
	}

	@PreAuthorize(MANAGERS)
	public Auditor update(AuditorId id, AuditorProfile profile, Long expectedVersion) {
		requireFreeAccount(profile.username(), id);
		return change(id, expectedVersion, (auditor) -> auditor.update(profile));
	}

	@PreAuthorize(MANAGERS)
	public Auditor addPeriodOff(AuditorId id, PeriodOff period, Long expectedVersion) {
		return change(id, expectedVersion, (auditor) -> auditor.addPeriodOff(period));
	}

	@PreAuthorize(MANAGERS)
	public Auditor removePeriodOff(AuditorId id, PeriodOff period, Long expectedVersion) {
		return change(id, expectedVersion, (auditor) -> auditor.removePeriodOff(period));
	}

	/** Excludes a site (which must exist), replacing an earlier exclusion of it. */
	@PreAuthorize(MANAGERS)
	public Auditor exclude(AuditorId id, Exclusion exclusion, Long expectedVersion) {
		if (!this.sites.existsById(exclusion.site().value())) {
			throw new UserFacingException("site.notFound", exclusion.site().value());
		}
		return change(id, expectedVersion, (auditor) -> auditor.exclude(exclusion));
	}

	@PreAuthorize(MANAGERS)
	public Auditor removeExclusion(AuditorId id, SiteId site, Long expectedVersion) {
		return change(id, expectedVersion, (auditor) -> auditor.removeExclusion(site));
	}

	private Auditor change(AuditorId id, Long expectedVersion, Consumer<Auditor> change) {
		Auditor auditor = this.auditors.findById(id.value())
			.orElseThrow(() -> new UserFacingException("auditor.notFound", id.value()));
		if (!Objects.equals(auditor.version(), expectedVersion)) {
			throw new UserFacingException("concurrentModification");
		}
		change.accept(auditor);
		try {
			return this.auditors.save(auditor);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new UserFacingException("concurrentModification");
		}
	}

	/** The linked account must exist and belong to no other auditor. */
	private void requireFreeAccount(String username, AuditorId id) {
		if (username == null) {
			return;
		}
		if (this.users.findByUsername(username).isEmpty()) {
			throw new UserFacingException("auditor.username.unknown", username);
		}
		this.auditors.findByUsername(username)
			.filter((other) -> !other.code().equals(id.value()))
			.ifPresent((other) -> {
				throw new UserFacingException("auditor.username.taken", username, other.code());
			});
	}

	// --- CSV

	/** What importing {@code content} would do, line by line. Writes nothing. */
	@PreAuthorize(MANAGERS)
	public ImportPreview previewImport(byte[] content) {
		return plan(content).preview();
	}

	/**
	 * Imports a file after checking it again against the current state; refused while a
	 * line not in {@code excludedLines} has problems. Importing the same file again only
	 * updates.
	 */
	@PreAuthorize(MANAGERS)
	public ImportResult importAuditors(byte[] content, Set<Integer> excludedLines) {
		AuditorCsv.Plan plan = plan(content);
		ImportPreview preview = plan.preview();
		if (!preview.fileProblems().isEmpty()) {
			throw new UserFacingException("import.fileRejected");
		}
		if (!preview.blockingRows(excludedLines).isEmpty()) {
			throw new UserFacingException("import.blocked", preview.blockingRows(excludedLines).size());
		}
		List<Auditor> toSave = plan.auditorsByLine()
			.entrySet()
			.stream()
			.filter((entry) -> !excludedLines.contains(entry.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		try {
			this.auditors.saveAll(toSave);
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
			throw new UserFacingException("import.interrupted");
		}
		int excluded = (int) preview.rows().stream().filter((row) -> excludedLines.contains(row.line())).count();
		return new ImportResult(count(preview, excludedLines, ImportAction.CREATE),
				count(preview, excludedLines, ImportAction.UPDATE),
				count(preview, excludedLines, ImportAction.UNCHANGED), excluded);
	}

	@PreAuthorize(MANAGERS)
	public byte[] export() {
		return AuditorCsv.export(this.auditors.findAllByOrderByIdAsc());
	}

	private AuditorCsv.Plan plan(byte[] content) {
		Map<String, Auditor> existing = this.auditors.findAll()
			.stream()
			.collect(Collectors.toMap(Auditor::code, Function.identity()));
		Set<SiteId> knownSites = this.sites.findAll().stream().map(Site::id).collect(Collectors.toSet());
		return AuditorCsv.plan(content, existing, knownSites,
				(username) -> this.users.findByUsername(username).isPresent());
	}

	private static int count(ImportPreview preview, Set<Integer> excludedLines, ImportAction action) {
		return (int) preview.rows()
			.stream()
			.filter((row) -> row.action() == action && !excludedLines.contains(row.line()))
			.count();
	}

}
