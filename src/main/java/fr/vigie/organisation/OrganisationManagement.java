package fr.vigie.organisation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import fr.vigie.identity.Role;
import fr.vigie.identity.SystemIdentity;
import fr.vigie.identity.UserAccount;
import fr.vigie.identity.UserManagement;
import fr.vigie.organisation.internal.DirectionRepository;
import fr.vigie.organisation.internal.OrganisationRepository;
import fr.vigie.organisation.internal.SiteCsv;
import fr.vigie.organisation.internal.SiteRepository;
import fr.vigie.organisation.internal.SiteSearch;
import fr.vigie.organisation.internal.TextMatch;
import fr.vigie.organisation.internal.UserScopeRepository;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * The organisation tree, the site registry and users' scopes.
 * <p>
 * Reads are filtered by the caller's scope: quality managers and administrators see the
 * whole network, a director or site manager only the organisations, directions and sites
 * an administrator attached him to (nothing until then); a site outside his scope is
 * answered as if it did not exist. Changes to sites are for quality managers and
 * administrators; each names the version the user was looking at, and a concurrent change
 * is refused rather than overwritten.
 */
@Service
public class OrganisationManagement {

	static final String READERS = "hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN', 'SYSTEM')";

	static final String EDITORS = "hasAnyRole('QUALITY_MANAGER', 'ADMIN')";

	private final SiteRepository sites;

	private final DirectionRepository directions;

	private final OrganisationRepository organisations;

	private final UserScopeRepository scopes;

	private final SiteSearch search;

	private final UserManagement users;

	private final ApplicationEventPublisher events;

	/**
	 * The holder method security reads (Vaadin installs its own), for the caller's
	 * identity and roles.
	 */
	private final SecurityContextHolderStrategy security;

	OrganisationManagement(SiteRepository sites, DirectionRepository directions, OrganisationRepository organisations,
			UserScopeRepository scopes, SiteSearch search, UserManagement users, ApplicationEventPublisher events,
			ObjectProvider<SecurityContextHolderStrategy> security) {
		this.sites = sites;
		this.directions = directions;
		this.organisations = organisations;
		this.scopes = scopes;
		this.search = search;
		this.users = users;
		this.events = events;
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	// --- reading, within the caller's scope

	@PreAuthorize(READERS)
	public List<Organisation> organisations() {
		return this.organisations.findAllByOrderByNameAsc();
	}

	/** All directions for the whole-network roles; those of visible sites otherwise. */
	@PreAuthorize(READERS)
	public List<Direction> directions() {
		List<Direction> all = this.directions.findAllByOrderByNameAsc();
		if (seesEverything()) {
			return all;
		}
		Set<String> visible = headers(currentViewer()).stream()
			.map(SiteHeader::directionId)
			.collect(Collectors.toSet());
		return all.stream().filter((direction) -> visible.contains(direction.id())).toList();
	}

	@PreAuthorize(READERS)
	public Map<String, Direction> directionsById() {
		return this.directions.findAll().stream().collect(Collectors.toMap(Direction::id, Function.identity()));
	}

	/** Visible sites matching {@code filter}, by name (exports, pickers: every row). */
	@PreAuthorize(READERS)
	public List<Site> searchSites(SiteFilter filter) {
		return this.search.all(scopeCriteria(currentViewer()), filter);
	}

	/**
	 * Rows {@code offset} to {@code offset + limit} of the visible sites matching
	 * {@code filter}, for lists shown a page at a time.
	 * @param sort on stored fields: {@code name}, {@code externalId},
	 * {@code address.city}; by name when unsorted
	 */
	@PreAuthorize(READERS)
	public List<Site> searchSites(SiteFilter filter, int offset, int limit, Sort sort) {
		return this.search.page(scopeCriteria(currentViewer()), filter, offset, limit, sort);
	}

	/** How many visible sites match {@code filter}. */
	@PreAuthorize(READERS)
	public long countSites(SiteFilter filter) {
		return this.search.count(scopeCriteria(currentViewer()), filter);
	}

	/**
	 * Headers of the visible sites, by name: for lists and scores that need names and
	 * places only, at a fraction of the cost of {@link #searchSites}.
	 */
	@PreAuthorize(READERS)
	public List<SiteHeader> siteHeaders() {
		return headers(currentViewer());
	}

	/** The site, if it exists and is in the caller's scope. */
	@PreAuthorize(READERS)
	public Optional<Site> findSite(SiteId id) {
		Predicate<Site> visible = visibility();
		return this.sites.findById(id.value()).filter(visible);
	}

	/**
	 * Names of the given sites, for texts that mention them: an auditor's tests, notices,
	 * calendar feeds. Names only, so any signed-in role (and the scheduler) may ask.
	 */
	@PreAuthorize("isAuthenticated()")
	public Map<String, String> siteNames(Collection<String> siteIds) {
		return this.sites.findAllById(siteIds)
			.stream()
			.collect(Collectors.toMap((site) -> site.id().value(), Site::name));
	}

	/**
	 * How to reach a site on a channel, for the auditor who tests it (callers check that
	 * the test is his). Only public contact details: what any user of the service sees.
	 */
	@PreAuthorize("isAuthenticated()")
	public Optional<TestTarget> testTarget(SiteId id, Channel channel) {
		return this.sites.findById(id.value())
			.map((site) -> new TestTarget(site.name(), (site.address() != null) ? site.address().oneLine() : null,
					site.channel(channel).map(ChannelOffer::contact).map(ContactPoint::value).orElse(null),
					site.holidays()));
	}

	@PreAuthorize(READERS)
	public Set<SiteId> visibleSiteIds() {
		return headers(currentViewer()).stream().map(SiteHeader::siteId).collect(Collectors.toUnmodifiableSet());
	}

	/** What the caller sees of the network, in names. */
	@PreAuthorize(READERS)
	public ScopeDescription myScope() {
		return describe(currentViewer());
	}

	/**
	 * The sites {@code username} sees, by name, under the same rules as his own reads
	 * (from his current roles and scope; nothing for an unknown or disabled account). For
	 * work the scheduler does on someone's behalf, such as the monthly delivery of his
	 * reports.
	 */
	@PreAuthorize("hasRole('SYSTEM')")
	public List<SiteHeader> sitesVisibleTo(String username) {
		return headers(viewer(username));
	}

	/**
	 * What {@code username} sees of the network, in names; see {@link #sitesVisibleTo}.
	 */
	@PreAuthorize("hasRole('SYSTEM')")
	public ScopeDescription scopeOfUser(String username) {
		return describe(viewer(username));
	}

	private ScopeDescription describe(Viewer viewer) {
		if (viewer.everything()) {
			return new ScopeDescription(true, List.of(), List.of(), List.of());
		}
		UserScope scope = this.scopes.findById(viewer.username()).orElse(UserScope.empty(viewer.username()));
		return new ScopeDescription(false,
				names(this.organisations.findAllById(scope.organisationIds()), Organisation::name),
				names(this.directions.findAllById(scope.directionIds()), Direction::name),
				names(this.sites.findAllById(scope.siteIds().stream().map(SiteId::value).toList()), Site::name));
	}

	/**
	 * Whether users are served on {@code channel} of a site at {@code at} (Paris time);
	 * see {@link Site#openingStatus(Channel, LocalDateTime)}.
	 */
	@PreAuthorize(READERS)
	public OpeningStatus openingStatus(SiteId id, Channel channel, LocalDateTime at) {
		return findSite(id).orElseThrow(() -> new UserFacingException("site.notFound", id.value()))
			.openingStatus(channel, at);
	}

	/** The visible sites matching {@code filter}, in the CSV format of imports. */
	@PreAuthorize(READERS)
	public byte[] exportSites(SiteFilter filter) {
		return SiteCsv.export(searchSites(filter), directionsById());
	}

	// --- changing sites

	/** Registers a site; its external id must be new. */
	@PreAuthorize(EDITORS)
	public Site createSite(String organisationId, SiteId id, SiteDetails details) {
		if (!this.organisations.existsById(organisationId)) {
			throw new UserFacingException("organisation.notFound");
		}
		requireDirectionOf(organisationId, details.directionId());
		if (this.sites.existsById(id.value())) {
			throw new UserFacingException("site.externalId.taken", id.value());
		}
		try {
			return this.sites.insert(Site.create(id, organisationId, details));
		}
		catch (DuplicateKeyException ex) {
			throw new UserFacingException("site.externalId.taken", id.value());
		}
	}

	@PreAuthorize(EDITORS)
	public Site updateSite(SiteId id, SiteDetails details, Long expectedVersion) {
		return change(id, expectedVersion, false, (site) -> {
			requireDirectionOf(site.organisationId(), details.directionId());
			site.update(details);
		});
	}

	/** Offers a channel with its contact point, or changes the contact point. */
	@PreAuthorize(EDITORS)
	public Site offerChannel(SiteId id, Channel channel, ContactPoint contact, Long expectedVersion) {
		if (contact != null && !contact.isAllowedFor(channel)) {
			throw new UserFacingException("contact.kindNotAllowed",
					UserFacingException.label(contact.kind().messageKey()),
					UserFacingException.label(channel.messageKey()));
		}
		return change(id, expectedVersion, false, (site) -> site.offer(channel, contact));
	}

	@PreAuthorize(EDITORS)
	public Site withdrawChannel(SiteId id, Channel channel, Long expectedVersion) {
		return change(id, expectedVersion, true, (site) -> site.withdraw(channel));
	}

	@PreAuthorize(EDITORS)
	public Site setOpeningHours(SiteId id, Channel channel, WeeklyHours hours, Long expectedVersion) {
		return change(id, expectedVersion, true, (site) -> site.setHours(channel, hours));
	}

	@PreAuthorize(EDITORS)
	public Site addClosure(SiteId id, Closure closure, Long expectedVersion) {
		return change(id, expectedVersion, true, (site) -> site.addClosure(closure));
	}

	@PreAuthorize(EDITORS)
	public Site removeClosure(SiteId id, Closure closure, Long expectedVersion) {
		return change(id, expectedVersion, true, (site) -> site.removeClosure(closure));
	}

	@PreAuthorize(EDITORS)
	public Site setExceptionalHours(SiteId id, ExceptionalHours hours, Long expectedVersion) {
		return change(id, expectedVersion, true, (site) -> site.setExceptionalHours(hours));
	}

	@PreAuthorize(EDITORS)
	public Site removeExceptionalHours(SiteId id, LocalDate date, Channel channel, Long expectedVersion) {
		return change(id, expectedVersion, true, (site) -> site.removeExceptionalHours(date, channel));
	}

	private Site change(SiteId id, Long expectedVersion, boolean scheduleChange, Consumer<Site> change) {
		Site site = this.sites.findById(id.value())
			.orElseThrow(() -> new UserFacingException("site.notFound", id.value()));
		if (!Objects.equals(site.version(), expectedVersion)) {
			throw new UserFacingException("concurrentModification");
		}
		change.accept(site);
		try {
			Site saved = this.sites.save(site);
			if (scheduleChange) {
				this.events.publishEvent(new SiteScheduleChanged(id));
			}
			return saved;
		}
		catch (OptimisticLockingFailureException ex) {
			throw new UserFacingException("concurrentModification");
		}
	}

	private void requireDirectionOf(String organisationId, String directionId) {
		if (directionId == null) {
			return;
		}
		boolean belongs = this.directions.findById(directionId)
			.map((direction) -> direction.organisationId().equals(organisationId))
			.orElse(false);
		if (!belongs) {
			throw new UserFacingException("site.direction.unknown");
		}
	}

	// --- CSV import

	/**
	 * What importing {@code content} into an organisation would do, line by line. Writes
	 * nothing.
	 */
	@PreAuthorize(EDITORS)
	public ImportPreview previewSiteImport(String organisationId, byte[] content) {
		return planImport(organisationId, content).preview();
	}

	/**
	 * Imports a file: the same file is read again and checked against the current state,
	 * so what is written is what a fresh preview would show. Refused while any line not
	 * in {@code excludedLines} has problems. Sites are written one by one (no
	 * transactions on the store); importing the same file again is harmless, it only
	 * updates.
	 */
	@PreAuthorize(EDITORS)
	public ImportResult importSites(String organisationId, byte[] content, Set<Integer> excludedLines) {
		SiteCsv.Plan plan = planImport(organisationId, content);
		ImportPreview preview = plan.preview();
		if (!preview.fileProblems().isEmpty()) {
			throw new UserFacingException("import.fileRejected");
		}
		if (!preview.blockingRows(excludedLines).isEmpty()) {
			throw new UserFacingException("import.blocked", preview.blockingRows(excludedLines).size());
		}
		List<Site> toSave = plan.sitesByLine()
			.entrySet()
			.stream()
			.filter((entry) -> !excludedLines.contains(entry.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		Set<String> usedDirections = toSave.stream().map(Site::directionId).collect(Collectors.toSet());
		plan.newDirections()
			.values()
			.stream()
			.filter((direction) -> usedDirections.contains(direction.id()))
			.forEach(this.directions::save);
		List<SiteId> updated = toSave.stream().filter((site) -> site.version() != null).map(Site::id).toList();
		try {
			this.sites.saveAll(toSave);
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
			throw new UserFacingException("import.interrupted");
		}
		// An updated site may have new hours or channels: let planners check their slots.
		updated.forEach((id) -> this.events.publishEvent(new SiteScheduleChanged(id)));
		int excluded = (int) preview.rows().stream().filter((row) -> excludedLines.contains(row.line())).count();
		return new ImportResult(countSaved(preview, excludedLines, ImportAction.CREATE),
				countSaved(preview, excludedLines, ImportAction.UPDATE),
				countSaved(preview, excludedLines, ImportAction.UNCHANGED), excluded);
	}

	private static int countSaved(ImportPreview preview, Set<Integer> excludedLines, ImportAction action) {
		return (int) preview.rows()
			.stream()
			.filter((row) -> row.action() == action && !excludedLines.contains(row.line()))
			.count();
	}

	private SiteCsv.Plan planImport(String organisationId, byte[] content) {
		Organisation organisation = this.organisations.findById(organisationId)
			.orElseThrow(() -> new UserFacingException("organisation.notFound"));
		Map<String, Site> existing = this.sites.findAll()
			.stream()
			.collect(Collectors.toMap(Site::externalId, Function.identity()));
		return SiteCsv.plan(content, organisation, this.directions.findAll(), existing);
	}

	// --- the organisation tree (administrators)

	@PreAuthorize("hasRole('ADMIN')")
	public Organisation createOrganisation(String name) {
		String clean = requireName(name, "organisation.name.required");
		String id = uniqueId(slug(clean), this.organisations::existsById);
		return this.organisations.insert(new Organisation(id, clean));
	}

	@PreAuthorize("hasRole('ADMIN')")
	public Organisation renameOrganisation(String id, String name) {
		Organisation organisation = this.organisations.findById(id)
			.orElseThrow(() -> new UserFacingException("organisation.notFound"));
		return this.organisations
			.save(new Organisation(organisation.id(), requireName(name, "organisation.name.required")));
	}

	@PreAuthorize("hasRole('ADMIN')")
	public Direction createDirection(String organisationId, String name) {
		if (!this.organisations.existsById(organisationId)) {
			throw new UserFacingException("organisation.notFound");
		}
		String clean = requireName(name, "direction.name.required");
		boolean taken = this.directions.findByOrganisationIdOrderByNameAsc(organisationId)
			.stream()
			.anyMatch((direction) -> TextMatch.normalize(direction.name()).equals(TextMatch.normalize(clean)));
		if (taken) {
			throw new UserFacingException("direction.name.taken", clean);
		}
		String id = uniqueId("dir-" + slug(clean), this.directions::existsById);
		return this.directions.insert(new Direction(id, organisationId, clean));
	}

	@PreAuthorize("hasRole('ADMIN')")
	public Direction renameDirection(String id, String name) {
		Direction direction = this.directions.findById(id)
			.orElseThrow(() -> new UserFacingException("direction.notFound"));
		String clean = requireName(name, "direction.name.required");
		boolean taken = this.directions.findByOrganisationIdOrderByNameAsc(direction.organisationId())
			.stream()
			.anyMatch((other) -> !other.id().equals(id)
					&& TextMatch.normalize(other.name()).equals(TextMatch.normalize(clean)));
		if (taken) {
			throw new UserFacingException("direction.name.taken", clean);
		}
		return this.directions.save(new Direction(id, direction.organisationId(), clean));
	}

	@PreAuthorize("hasRole('ADMIN')")
	public long siteCount(String directionId) {
		return this.sites.countByDirectionId(directionId);
	}

	// --- users' scopes (administrators)

	@PreAuthorize("hasRole('ADMIN')")
	public List<UserScope> scopes() {
		return this.scopes.findAll();
	}

	@PreAuthorize("hasRole('ADMIN')")
	public UserScope scopeOf(String username) {
		return this.scopes.findById(username).orElse(UserScope.empty(username));
	}

	/**
	 * Attaches a user to organisations, directions and single sites (replacing his
	 * previous scope). The user must exist; ids must exist.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public UserScope changeScope(String username, Set<String> organisationIds, Set<String> directionIds,
			Set<SiteId> siteIds, Long expectedVersion) {
		if (this.users.findByUsername(username).isEmpty()) {
			throw new UserFacingException("user.notFound");
		}
		if (organisationIds.stream().anyMatch((id) -> !this.organisations.existsById(id))
				|| directionIds.stream().anyMatch((id) -> !this.directions.existsById(id))
				|| siteIds.stream().anyMatch((id) -> !this.sites.existsById(id.value()))) {
			throw new UserFacingException("scope.unknownEntry");
		}
		UserScope scope = scopeOf(username);
		if (!Objects.equals(scope.version(), expectedVersion)) {
			throw new UserFacingException("concurrentModification");
		}
		scope.change(organisationIds, directionIds, siteIds);
		try {
			return this.scopes.save(scope);
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
			throw new UserFacingException("concurrentModification");
		}
	}

	// --- helpers

	/** What {@link #visibility(Viewer)} lets through, as a store query; null for all. */
	private Criteria scopeCriteria(Viewer viewer) {
		if (viewer.everything()) {
			return null;
		}
		if (!viewer.director()) {
			return SiteSearch.none();
		}
		return this.scopes.findById(viewer.username()).map(SiteSearch::within).orElseGet(SiteSearch::none);
	}

	private List<SiteHeader> headers(Viewer viewer) {
		return this.search.headers(scopeCriteria(viewer));
	}

	private Predicate<Site> visibility() {
		return visibility(currentViewer());
	}

	/** The scope rule of {@link #scopeCriteria} for one site already read. */
	private Predicate<Site> visibility(Viewer viewer) {
		if (viewer.everything()) {
			return (site) -> true;
		}
		if (!viewer.director()) {
			return (site) -> false;
		}
		Optional<UserScope> scope = this.scopes.findById(viewer.username());
		return (site) -> scope.map((entry) -> entry.covers(site)).orElse(false);
	}

	/**
	 * Quality managers, administrators and the scheduler (drawing recurring waves) see
	 * all.
	 */
	private boolean seesEverything() {
		return hasRole(Role.QUALITY_MANAGER) || hasRole(Role.ADMIN) || hasAuthority(SystemIdentity.AUTHORITY);
	}

	private Viewer currentViewer() {
		return new Viewer(currentUsername(), seesEverything(), hasRole(Role.DIRECTOR));
	}

	private Viewer viewer(String username) {
		Set<Role> roles = this.users.findByUsername(username)
			.filter(UserAccount::enabled)
			.map(UserAccount::roles)
			.orElse(Set.of());
		return new Viewer(username, roles.contains(Role.QUALITY_MANAGER) || roles.contains(Role.ADMIN),
				roles.contains(Role.DIRECTOR));
	}

	/** Whose reads are filtered: the caller, or a user the scheduler works for. */
	private record Viewer(String username, boolean everything, boolean director) {

	}

	private boolean hasRole(Role role) {
		return hasAuthority(role.authority());
	}

	private boolean hasAuthority(String authority) {
		Authentication authentication = this.security.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(authority::equals);
	}

	private String currentUsername() {
		Authentication authentication = this.security.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "";
	}

	private static <T> List<String> names(Iterable<T> items, Function<T, String> name) {
		List<String> result = new java.util.ArrayList<>();
		items.forEach((item) -> result.add(name.apply(item)));
		result.sort(Comparator.naturalOrder());
		return result;
	}

	private static String slug(String name) {
		String slug = TextMatch.normalize(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? "x" : slug;
	}

	private static String uniqueId(String base, Predicate<String> exists) {
		String id = base;
		int suffix = 2;
		while (exists.test(id)) {
			id = base + "-" + suffix++;
		}
		return id;
	}

	private static String requireName(String name, String messageKey) {
		if (name == null || name.isBlank()) {
			throw new UserFacingException(messageKey);
		}
		String clean = name.strip();
		if (clean.length() > SiteDetails.MAX_NAME) {
			throw new UserFacingException("text.tooLong", SiteDetails.MAX_NAME);
		}
		return clean;
	}

}
