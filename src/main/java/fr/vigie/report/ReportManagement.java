package fr.vigie.report;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.vigie.identity.Role;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.organisation.ScopeDescription;
import fr.vigie.organisation.SiteHeader;
import fr.vigie.report.internal.PdfInspector;
import fr.vigie.report.internal.PdfReports;
import fr.vigie.report.internal.PdfReports.RenderedReport;
import fr.vigie.report.internal.ReportBatchRunner;
import fr.vigie.report.internal.ReportRegister;
import fr.vigie.shared.UserFacingException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * Issues PDF reports (site compliance reports, network reports, results posters), keeps
 * the register of issued reports and verifies uploaded files against it, and runs batch
 * generations.
 * <p>
 * Access: quality managers and administrators for the whole network; directors for the
 * sites of their scope only (a site outside it is refused as if unknown); auditors have
 * no access, except to {@link #verify(byte[])}, open to every signed-in user. The
 * scheduler (system identity) issues reports on a subscriber's behalf, within that
 * subscriber's scope ({@link #issueFor}). Figures come from the {@link ReportDataSource};
 * without one, issuing is refused with a message.
 */
@Service
public class ReportManagement {

	/** Largest file the verification accepts. */
	public static final int MAX_VERIFIED_BYTES = 20 * 1024 * 1024;

	private static final String NETWORK_LABEL = "Ensemble du réseau";

	private static final int RECENT = 50;

	private final ObjectProvider<ReportDataSource> dataSource;

	private final OrganisationManagement organisation;

	private final PdfReports pdf;

	private final ReportRegister register;

	private final ReportBatchRunner batches;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * The holder method security reads (Vaadin installs its own), for the current user.
	 */
	private final SecurityContextHolderStrategy security;

	ReportManagement(ObjectProvider<ReportDataSource> dataSource, OrganisationManagement organisation, PdfReports pdf,
			ReportRegister register, ReportBatchRunner batches, ApplicationEventPublisher events,
			ObjectProvider<SecurityContextHolderStrategy> security, Clock clock) {
		this.dataSource = dataSource;
		this.organisation = organisation;
		this.pdf = pdf;
		this.register = register;
		this.batches = batches;
		this.events = events;
		this.clock = clock;
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/** Whether figures can be obtained at all (a data source is installed). */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN')")
	public boolean available() {
		return this.dataSource.getIfAvailable() != null;
	}

	/** Sites the current user may get reports for, by name. */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN')")
	public List<SiteHeader> reportableSites() {
		return List.copyOf(visible().sites().values());
	}

	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN')")
	public List<ReferentialChoice> referentials() {
		ReportDataSource source = this.dataSource.getIfAvailable();
		return (source != null) ? source.referentials() : List.of();
	}

	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN')")
	public List<ReportPeriod> periods() {
		ReportDataSource source = this.dataSource.getIfAvailable();
		return (source != null) ? source.periods() : List.of();
	}

	/**
	 * The period a site page offers reports for: the most recent offered period that has
	 * ended, else the most recent one; empty without a data source.
	 */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN')")
	public Optional<ReportPeriod> latestEndedPeriod() {
		List<ReportPeriod> offered = periods();
		LocalDate today = LocalDate.now(this.clock);
		return offered.stream()
			.filter((period) -> period.end().isBefore(today))
			.findFirst()
			.or(() -> offered.stream().findFirst());
	}

	/**
	 * Renders the requested report, enters it in the register and returns the entry.
	 * Issuing a report whose bytes are already registered returns the existing entry.
	 */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN')")
	public IssuedReport issue(ReportRequest request) {
		ReportDataSource source = source();
		ReferentialChoice referential = referential(source, request.referentialId());
		Visible visible = visible();
		if (request.kind().perSite() && !visible.sites().containsKey(request.siteId())) {
			throw new UserFacingException("report.site.outOfScope", request.siteId());
		}
		return issue(source, request, referential, visible, username(), null);
	}

	/**
	 * Issues a report on {@code username}'s behalf (the scheduler delivering his monthly
	 * reports), within his scope as computed from his current roles: a site outside it is
	 * refused as for himself. Registered under his name, so that he finds it among his
	 * reports.
	 */
	@PreAuthorize("hasRole('SYSTEM')")
	public IssuedReport issueFor(String username, ReportRequest request) {
		ReportDataSource source = source();
		ReferentialChoice referential = referential(source, request.referentialId());
		Visible visible = visibleTo(username);
		if (request.kind().perSite() && !visible.sites().containsKey(request.siteId())) {
			throw new UserFacingException("report.site.outOfScope", request.siteId());
		}
		if (!request.kind().perSite() && visible.sites().isEmpty()) {
			throw new UserFacingException("report.batch.noSites");
		}
		return issue(source, request, referential, visible, username, null);
	}

	/** The sites {@code username} may get reports for, by name (for the scheduler). */
	@PreAuthorize("hasRole('SYSTEM')")
	public List<SiteHeader> reportableSitesOf(String username) {
		return List.copyOf(visibleTo(username).sites().values());
	}

	/** The default referential version (the data source's first); empty without one. */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN', 'SYSTEM')")
	public Optional<ReferentialChoice> defaultReferential() {
		ReportDataSource source = this.dataSource.getIfAvailable();
		return (source != null) ? source.referentials().stream().findFirst() : Optional.empty();
	}

	private IssuedReport issue(ReportDataSource source, ReportRequest request, ReferentialChoice referential,
			Visible visible, String issuer, String batchId) {
		String code = request.period().code();
		RenderedReport rendered;
		String subject;
		switch (request.kind()) {
			case SITE_COMPLIANCE -> {
				SiteReportModel model = source.siteReport(request.siteId(), request.period(), referential.id());
				rendered = this.pdf.siteReport(model);
				subject = model.siteName();
			}
			case POSTER_A4, POSTER_A3 -> {
				PosterModel model = source.poster(request.siteId(), request.period(), referential.id());
				rendered = this.pdf.poster(model, request.kind());
				subject = model.siteName();
			}
			case NETWORK -> {
				NetworkReportModel model = source.networkReport(visible.sites().keySet(), visible.label(),
						request.period(), referential.id());
				rendered = this.pdf.networkReport(model);
				subject = model.scopeLabel();
			}
			default -> throw new IllegalStateException("unknown kind " + request.kind());
		}
		String fileName = request.kind().filePrefix() + "_"
				+ ((request.siteId() != null) ? safe(request.siteId()) + "_" : "") + code + ".pdf";
		IssuedReport issued = this.register.register(rendered, new ReportRegister.Entry(request.kind(),
				request.siteId(), subject, code, referential.id(), referential.label(), fileName), issuer, batchId);
		this.events.publishEvent(
				new ReportIssued(issued.sha256(), issued.kind(), issued.siteId(), issued.periodCode(), issuer));
		return issued;
	}

	/** The PDF of a registered report the current user may see. */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN')")
	public byte[] content(String sha256) {
		IssuedReport report = this.register.find(sha256)
			.filter((candidate) -> mayRead(candidate, visible(), username()))
			.orElseThrow(() -> new UserFacingException("report.notFound"));
		return this.register.content(report);
	}

	/** Those of the given registered reports the current user may read. */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN')")
	public List<IssuedReport> readable(List<String> sha256s) {
		Visible visible = visible();
		String user = username();
		return this.register.findAll(sha256s).stream().filter((report) -> mayRead(report, visible, user)).toList();
	}

	/** The latest issued reports the current user may see, newest first. */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN')")
	public List<IssuedReport> recentReports() {
		Visible visible = visible();
		String user = username();
		return this.register.recent()
			.stream()
			.filter((report) -> mayRead(report, visible, user))
			.limit(RECENT)
			.toList();
	}

	/**
	 * Tells whether {@code pdf} is an authentic, unchanged report issued by this Vigie,
	 * and which one. Open to every signed-in user: whoever holds a report can check it.
	 */
	@PreAuthorize("isAuthenticated()")
	public ReportVerification verify(byte[] pdf) {
		if (pdf == null || pdf.length == 0) {
			return new ReportVerification(ReportVerification.Outcome.NOT_PDF, null, null);
		}
		if (pdf.length > MAX_VERIFIED_BYTES) {
			throw new UserFacingException("report.verify.tooLarge", MAX_VERIFIED_BYTES / (1024 * 1024));
		}
		String sha256 = ReportRegister.sha256(pdf);
		Optional<IssuedReport> registered = this.register.find(sha256);
		if (registered.isPresent()) {
			return new ReportVerification(ReportVerification.Outcome.AUTHENTIC, sha256, registered.get());
		}
		PdfInspector.Inspection inspection = PdfInspector.inspect(pdf);
		if (!inspection.pdf()) {
			return new ReportVerification(ReportVerification.Outcome.NOT_PDF, sha256, null);
		}
		if (inspection.documentId() != null) {
			Optional<IssuedReport> original = this.register.findByDocumentId(inspection.documentId());
			if (original.isPresent()) {
				return new ReportVerification(ReportVerification.Outcome.ALTERED, sha256, original.get());
			}
		}
		return new ReportVerification(
				inspection.claimsVigie() ? ReportVerification.Outcome.UNKNOWN : ReportVerification.Outcome.NOT_VIGIE,
				sha256, null);
	}

	/**
	 * Starts rendering the site compliance reports of every site the user may see, in the
	 * background.
	 */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN')")
	public ReportBatch startBatch(ReportPeriod period, String referentialId) {
		ReportDataSource source = source();
		if (period == null) {
			throw new UserFacingException("report.period.required");
		}
		ReferentialChoice referential = referential(source, referentialId);
		Visible visible = visible();
		if (visible.sites().isEmpty()) {
			throw new UserFacingException("report.batch.noSites");
		}
		String user = username();
		return this.batches.start(user, period.code(), referential.id(), List.copyOf(visible.sites().keySet()),
				(batchId, siteId) -> issue(source, ReportRequest.site(siteId, period, referential.id()), referential,
						visible, user, batchId)
					.sha256());
	}

	/**
	 * Latest batches: everyone's for quality managers and administrators, else one's own.
	 */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN')")
	public List<ReportBatch> batches() {
		return this.batches.latest(wholeNetwork() ? null : username());
	}

	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN')")
	public ReportBatch batch(String id) {
		return this.batches.find(id)
			.filter((batch) -> wholeNetwork() || batch.requestedBy().equals(username()))
			.orElseThrow(() -> new UserFacingException("report.batch.notFound"));
	}

	/** Writes the finished batch as a ZIP of its PDFs with a list of fingerprints. */
	@PreAuthorize("hasAnyRole('QUALITY_MANAGER', 'DIRECTOR', 'ADMIN')")
	public void writeBatchZip(String batchId, OutputStream out) {
		ReportBatch batch = batch(batchId);
		if (!batch.downloadable()) {
			throw new UserFacingException("report.batch.notReady");
		}
		this.batches.writeZip(batch, out);
	}

	private ReportDataSource source() {
		ReportDataSource source = this.dataSource.getIfAvailable();
		if (source == null) {
			throw new UserFacingException("report.noDataSource");
		}
		return source;
	}

	private static ReferentialChoice referential(ReportDataSource source, String referentialId) {
		return source.referentials()
			.stream()
			.filter((choice) -> choice.id().equals(referentialId))
			.findFirst()
			.orElseThrow(() -> new UserFacingException("report.referential.unknown", referentialId));
	}

	private boolean mayRead(IssuedReport report, Visible visible, String user) {
		return visible.whole() || user.equals(report.issuedBy())
				|| (report.siteId() != null && visible.sites().containsKey(report.siteId()));
	}

	/** The sites the current user may see, ordered by name. */
	private Visible visible() {
		// The organisation module already limits the sites to the caller's scope.
		return visible(this.organisation.siteHeaders(), this.organisation.myScope());
	}

	/** The sites {@code username} may see, as the organisation module computes them. */
	private Visible visibleTo(String username) {
		return visible(this.organisation.sitesVisibleTo(username), this.organisation.scopeOfUser(username));
	}

	private static Visible visible(List<SiteHeader> visibleSites, ScopeDescription scope) {
		if (scope.everything()) {
			return new Visible(true, NETWORK_LABEL, byId(visibleSites));
		}
		if (scope.isEmpty()) {
			return new Visible(false, "", Map.of());
		}
		List<String> names = new java.util.ArrayList<>(scope.organisations());
		names.addAll(scope.directions());
		names.addAll(scope.sites());
		return new Visible(false, String.join(", ", names), byId(visibleSites));
	}

	private static Map<String, SiteHeader> byId(List<SiteHeader> sites) {
		Map<String, SiteHeader> byId = new LinkedHashMap<>();
		sites.stream().sorted(Comparator.comparing(SiteHeader::name)).forEach((site) -> byId.put(site.id(), site));
		return byId;
	}

	private boolean wholeNetwork() {
		Authentication authentication = this.security.getContext().getAuthentication();
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch((authority) -> authority.equals(Role.QUALITY_MANAGER.authority())
					|| authority.equals(Role.ADMIN.authority()));
	}

	private String username() {
		return this.security.getContext().getAuthentication().getName();
	}

	private static String safe(String text) {
		return text.replaceAll("[^A-Za-z0-9._-]", "-");
	}

	private record Visible(boolean whole, String label, Map<String, SiteHeader> sites) {

	}

}
