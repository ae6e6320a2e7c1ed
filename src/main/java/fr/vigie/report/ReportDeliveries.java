package fr.vigie.report;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import fr.vigie.notification.Attachment;
import fr.vigie.notification.Notice;
import fr.vigie.notification.NotificationManagement;
import fr.vigie.organisation.SiteHeader;
import fr.vigie.report.ReportDelivery.Outcome;
import fr.vigie.report.internal.DeliverySubscriptionRepository;
import fr.vigie.report.internal.ReportDeliveryRepository;
import fr.vigie.report.internal.ReportRegister;
import fr.vigie.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * The monthly e-mail delivery of reports: directors and quality managers subscribe
 * themselves; once a month (on {@code ReportDeliveryDue}) each subscriber gets the
 * reports of the past month for his scope, issued through {@link ReportManagement} and
 * registered like any other. One PDF or a few go attached; more go as one ZIP; beyond
 * {@code vigie.report.delivery.max-attachment-size} the e-mail points to the reports
 * page, where every delivery stays downloadable.
 * <p>
 * Each subscriber's delivery for a month is claimed in MongoDB before anything is
 * rendered or sent (at most once, whichever instance or repeated event runs it); the
 * e-mail itself carries the same dedup key.
 */
@Service
public class ReportDeliveries {

	static final String SUBSCRIBERS = "hasAnyRole('QUALITY_MANAGER', 'DIRECTOR')";

	private static final Logger log = LoggerFactory.getLogger(ReportDeliveries.class);

	private static final String PDF = "application/pdf";

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	private final DeliverySubscriptionRepository subscriptions;

	private final ReportDeliveryRepository deliveries;

	private final ReportManagement reports;

	private final ReportRegister register;

	private final NotificationManagement notifications;

	private final Clock clock;

	private final long maxAttachmentBytes;

	private final int maxFiles;

	private final SecurityContextHolderStrategy security;

	ReportDeliveries(DeliverySubscriptionRepository subscriptions, ReportDeliveryRepository deliveries,
			ReportManagement reports, ReportRegister register, NotificationManagement notifications, Clock clock,
			@Value("${vigie.report.delivery.max-attachment-size:10MB}") DataSize maxAttachmentSize,
			@Value("${vigie.report.delivery.max-files:3}") int maxFiles,
			ObjectProvider<SecurityContextHolderStrategy> security) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.reports = reports;
		this.register = register;
		this.notifications = notifications;
		this.clock = clock;
		this.maxAttachmentBytes = maxAttachmentSize.toBytes();
		this.maxFiles = maxFiles;
		this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/** The current user's subscription (inactive if he never subscribed). */
	@PreAuthorize(SUBSCRIBERS)
	public DeliverySubscription mySubscription() {
		String user = username();
		return this.subscriptions.findById(user).orElseGet(() -> DeliverySubscription.none(user));
	}

	/**
	 * Changes the current user's subscription. An active subscription needs at least one
	 * kind of document; a change made meanwhile elsewhere is refused, not overwritten.
	 */
	@PreAuthorize(SUBSCRIBERS)
	public DeliverySubscription changeMySubscription(boolean active, Set<ReportKind> kinds, Long expectedVersion) {
		if (active && (kinds == null || kinds.isEmpty())) {
			throw new UserFacingException("report.subscription.kinds.required");
		}
		DeliverySubscription current = mySubscription();
		if (!Objects.equals(current.version(), expectedVersion)) {
			throw new UserFacingException("concurrentModification");
		}
		try {
			return this.subscriptions.save(new DeliverySubscription(current.username(), active, kinds,
					this.clock.instant().truncatedTo(ChronoUnit.MILLIS), current.version()));
		}
		catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
			throw new UserFacingException("concurrentModification");
		}
	}

	/** The current user's latest deliveries, newest first. */
	@PreAuthorize(SUBSCRIBERS)
	public List<ReportDelivery> myDeliveries() {
		return this.deliveries.findTop12ByUsernameOrderByMonthDesc(username());
	}

	/**
	 * Writes one of the current user's deliveries as a ZIP; only the reports he may still
	 * read (his scope may have shrunk since) are included.
	 */
	@PreAuthorize(SUBSCRIBERS)
	public void writeDeliveryZip(String deliveryId, OutputStream out) {
		ReportDelivery delivery = this.deliveries.findById(deliveryId)
			.filter((candidate) -> candidate.username().equals(username()) && !candidate.reportIds().isEmpty())
			.orElseThrow(() -> new UserFacingException("report.delivery.notFound"));
		Set<String> readable = this.reports.readable(delivery.reportIds())
			.stream()
			.map(IssuedReport::sha256)
			.collect(java.util.stream.Collectors.toSet());
		this.register.writeZip(delivery.reportIds().stream().filter(readable::contains).toList(), out);
	}

	/**
	 * Delivers the reports of {@code month} to every active subscriber not yet served for
	 * that month. Called by the scheduler's monthly event; safe to call again.
	 * @return how many subscribers were served by this call
	 */
	@PreAuthorize("hasRole('SYSTEM')")
	public int deliver(YearMonth month) {
		int served = 0;
		for (DeliverySubscription subscription : this.subscriptions.findByActiveTrueOrderByUsernameAsc()) {
			ReportDelivery claimed = claim(month, subscription.username());
			if (claimed == null) {
				continue;
			}
			try {
				this.deliveries.save(deliverTo(subscription, month, claimed));
			}
			catch (RuntimeException ex) {
				log.error("Monthly delivery {} failed", claimed.id(), ex);
				this.deliveries.save(claimed.finished(Outcome.FAILED, List.of(), 0, String.valueOf(ex.getMessage())));
			}
			served++;
		}
		return served;
	}

	private ReportDelivery claim(YearMonth month, String username) {
		String code = ReportPeriod.month(month).code();
		try {
			return this.deliveries.insert(new ReportDelivery(ReportDelivery.id(code, username), username, code,
					this.clock.instant().truncatedTo(ChronoUnit.MILLIS), Outcome.CLAIMED, List.of(), 0, null));
		}
		catch (DuplicateKeyException alreadyClaimed) {
			return null;
		}
	}

	private ReportDelivery deliverTo(DeliverySubscription subscription, YearMonth month, ReportDelivery claimed) {
		String username = subscription.username();
		Optional<ReferentialChoice> referential = this.reports.defaultReferential();
		List<SiteHeader> sites = this.reports.reportableSitesOf(username);
		if (referential.isEmpty() || sites.isEmpty()) {
			return claimed.finished(Outcome.NOTHING, List.of(), 0, null);
		}
		ReportPeriod period = ReportPeriod.month(month);
		List<IssuedReport> issued = new ArrayList<>();
		if (subscription.kinds().contains(ReportKind.NETWORK)) {
			issued.add(this.reports.issueFor(username,
					new ReportRequest(ReportKind.NETWORK, null, period, referential.get().id())));
		}
		for (SiteHeader site : sites) {
			for (ReportKind kind : ReportKind.values()) {
				if (kind.perSite() && subscription.kinds().contains(kind)) {
					issued.add(this.reports.issueFor(username,
							new ReportRequest(kind, site.id(), period, referential.get().id())));
				}
			}
		}
		if (issued.isEmpty()) {
			return claimed.finished(Outcome.NOTHING, List.of(), 0, null);
		}
		List<String> ids = issued.stream().map(IssuedReport::sha256).toList();
		long bytes = issued.stream().mapToLong(IssuedReport::size).sum();
		Outcome outcome;
		List<Attachment> attachments;
		if (bytes > this.maxAttachmentBytes) {
			outcome = Outcome.LINKED;
			attachments = List.of();
		}
		else if (issued.size() > this.maxFiles) {
			ByteArrayOutputStream zip = new ByteArrayOutputStream();
			this.register.writeZip(ids, zip);
			outcome = (zip.size() > this.maxAttachmentBytes) ? Outcome.LINKED : Outcome.ZIPPED;
			attachments = (outcome == Outcome.ZIPPED)
					? List
						.of(new Attachment("rapports_" + period.code() + ".zip", "application/zip", zip.toByteArray()))
					: List.of();
		}
		else {
			outcome = Outcome.ATTACHED;
			attachments = issued.stream()
				.map((report) -> new Attachment(report.fileName(), PDF, this.register.content(report)))
				.toList();
		}
		String monthLabel = month.format(MONTH);
		String body = (outcome == Outcome.LINKED) ? "report.delivery.body.linked" : "report.delivery.body.attached";
		this.notifications.notify(new Notice(username, "report.delivery.subject", body,
				List.of(monthLabel, Integer.toString(issued.size()),
						Long.toString(this.maxAttachmentBytes / (1024 * 1024))),
				"/reports", "report-delivery:" + claimed.id(), attachments));
		return claimed.finished(outcome, ids, bytes, null);
	}

	private String username() {
		return this.security.getContext().getAuthentication().getName();
	}

}
