package fr.vigie.report.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.vigie.identity.Role;
import fr.vigie.organisation.SiteHeader;
import fr.vigie.report.DeliverySubscription;
import fr.vigie.report.IssuedReport;
import fr.vigie.report.ReferentialChoice;
import fr.vigie.report.ReportBatch;
import fr.vigie.report.ReportDeliveries;
import fr.vigie.report.ReportDelivery;
import fr.vigie.report.ReportKind;
import fr.vigie.report.ReportManagement;
import fr.vigie.report.ReportPeriod;
import fr.vigie.report.ReportRequest;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

/**
 * Issue and download reports (site compliance report, posters, network report), run a
 * batch over all the sites of one's scope and download its ZIP, find the latest issued
 * reports, and (directors and quality managers) manage one's monthly e-mail delivery and
 * download past deliveries. Opens preselected with {@code ?site=<id>&period=<code>}, so
 * site pages and dashboards can link here.
 */
@Route("reports")
@Menu(title = "nav.reports", order = 60, icon = "vaadin:file-text-o")
@RolesAllowed({ Role.Names.QUALITY_MANAGER, Role.Names.DIRECTOR, Role.Names.ADMIN })
class ReportsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

	private final ReportManagement reports;

	private final Select<ReportKind> kind = new Select<>();

	private final ComboBox<SiteHeader> site = new ComboBox<>();

	private final Select<ReportPeriod> period = new Select<>();

	private final Select<ReferentialChoice> referential = new Select<>();

	private final Div issued = new Div();

	private final Div batches = new Div();

	private final Grid<IssuedReport> recent = new Grid<>();

	private final Paragraph recentEmpty = new Paragraph();

	private final ReportDeliveries deliveries;

	private final Checkbox subscribed = new Checkbox();

	private final CheckboxGroup<ReportKind> subscribedKinds = new CheckboxGroup<>();

	private final Div deliveryLog = new Div();

	private DeliverySubscription subscription;

	private Registration polling;

	private Map<String, String> referentialLabels = Map.of();

	ReportsView(ReportManagement reports, ReportDeliveries deliveries, AuthenticationContext authentication) {
		this.reports = reports;
		this.deliveries = deliveries;
		addClassNames("page", "reports-view");
		add(new H1(getTranslation("reports.title")));
		if (!reports.available()) {
			add(new Paragraph(getTranslation("reports.unavailable")));
			return;
		}
		List<SiteHeader> sites = reports.reportableSites();
		add(issueSection(sites), batchSection(sites.size()), recentSection());
		if (authentication.hasAnyRole(Role.Names.QUALITY_MANAGER, Role.Names.DIRECTOR)) {
			add(deliverySection());
		}
		add(new Anchor("reports/verify", getTranslation("reports.verify.link")));
		refreshBatches();
		refreshRecent();
	}

	private Section issueSection(List<SiteHeader> sites) {
		this.kind.setLabel(getTranslation("reports.kind"));
		this.kind.setItems(ReportKind.values());
		this.kind.setItemLabelGenerator((value) -> getTranslation(value.messageKey()));
		this.kind.setValue(ReportKind.SITE_COMPLIANCE);
		this.kind.addValueChangeListener((event) -> this.site.setEnabled(event.getValue().perSite()));

		this.site.setLabel(getTranslation("reports.site"));
		this.site.setPlaceholder(getTranslation("reports.site.placeholder"));
		this.site.setItems(sites);
		this.site.setItemLabelGenerator(SiteHeader::name);
		this.site.setClearButtonVisible(true);

		List<ReportPeriod> periods = this.reports.periods();
		this.period.setLabel(getTranslation("reports.period"));
		this.period.setItems(periods);
		this.period.setItemLabelGenerator((value) -> Labels.period(this, value));
		if (!periods.isEmpty()) {
			this.period.setValue(periods.get(Math.min(1, periods.size() - 1)));
		}

		List<ReferentialChoice> referentials = this.reports.referentials();
		this.referentialLabels = referentials.stream()
			.collect(Collectors.toMap(ReferentialChoice::id, ReferentialChoice::label));
		this.referential.setLabel(getTranslation("reports.referential"));
		this.referential.setItems(referentials);
		this.referential.setItemLabelGenerator(ReferentialChoice::label);
		if (!referentials.isEmpty()) {
			this.referential.setValue(referentials.get(0));
		}

		FormLayout form = new FormLayout(this.kind, this.site, this.period, this.referential);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));
		Button issue = new Button(getTranslation("reports.issue"), VaadinIcon.FILE_TEXT_O.create(), (click) -> issue());
		issue.addThemeVariants(ButtonVariant.PRIMARY);
		this.issued.addClassName("report-issued");
		this.issued.getElement().setAttribute("aria-live", "polite");
		Section section = new Section(new H2(getTranslation("reports.issue.title")), form, issue, this.issued);
		section.addClassName("report-section");
		return section;
	}

	private void issue() {
		this.issued.removeAll();
		try {
			ReportKind selectedKind = this.kind.getValue();
			String siteId = (selectedKind != null && selectedKind.perSite() && this.site.getValue() != null)
					? this.site.getValue().id() : null;
			IssuedReport report = this.reports.issue(new ReportRequest(selectedKind, siteId, this.period.getValue(),
					(this.referential.getValue() != null) ? this.referential.getValue().id() : null));
			Span title = new Span(getTranslation("reports.issued", report.fileName()));
			title.addClassName("report-issued-title");
			Span fingerprint = new Span(getTranslation("reports.issued.fingerprint", report.sha256()));
			fingerprint.addClassName("fingerprint");
			this.issued.add(VaadinIcon.CHECK_CIRCLE.create(), title, fingerprint,
					downloadLink(report, getTranslation("reports.download", Labels.kilobytes(report.size()))));
			refreshRecent();
		}
		catch (UserFacingException ex) {
			Notifications.error(this, ex);
		}
	}

	private Anchor downloadLink(IssuedReport report, String text) {
		String sha256 = report.sha256();
		String fileName = report.fileName();
		Anchor link = new Anchor(DownloadHandler.fromInputStream((event) -> {
			byte[] pdf = this.reports.content(sha256);
			return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
		}), text);
		link.getElement().setAttribute("aria-label", getTranslation("reports.download.aria", fileName));
		link.addClassName("download-link");
		return link;
	}

	private Section batchSection(int siteCount) {
		Button start = new Button(getTranslation("reports.batch.start"), VaadinIcon.ARCHIVE.create(), (click) -> {
			try {
				ReportBatch batch = this.reports.startBatch(this.period.getValue(),
						(this.referential.getValue() != null) ? this.referential.getValue().id() : null);
				Notifications.success(this, "reports.batch.started", batch.total());
				refreshBatches();
			}
			catch (UserFacingException ex) {
				Notifications.error(this, ex);
			}
		});
		this.batches.addClassName("report-batches");
		Section section = new Section(new H2(getTranslation("reports.batch.title")),
				new Paragraph(getTranslation("reports.batch.help", siteCount)), start, this.batches);
		section.addClassName("report-section");
		return section;
	}

	/** Redraws the batches; polls while one runs. Returns whether one still runs. */
	private boolean refreshBatches() {
		this.batches.removeAll();
		List<ReportBatch> latest = this.reports.batches();
		if (latest.isEmpty()) {
			this.batches.add(new Paragraph(getTranslation("reports.batch.none")));
		}
		for (ReportBatch batch : latest) {
			Div item = new Div();
			item.addClassName("report-batch");
			Span status = new Span(getTranslation(batch.status().messageKey()));
			status.addClassName("batch-status");
			Span what = new Span(getTranslation("reports.batch.requested", Labels.dateTime(this, batch.requestedAt()),
					batch.requestedBy(), Labels.period(this, batch.periodCode()),
					this.referentialLabels.getOrDefault(batch.referentialId(), batch.referentialId())));
			ProgressBar progress = new ProgressBar(0, 1, batch.progress());
			String progressText = getTranslation("reports.batch.progress", batch.processed(), batch.total());
			progress.getElement().setAttribute("aria-label", progressText);
			item.add(status, what, progress, new Span(progressText));
			if (!batch.failures().isEmpty()) {
				Span failures = new Span(getTranslation("reports.batch.failures", batch.failures().size()));
				failures.addClassName("batch-failures");
				item.add(failures);
			}
			if (batch.downloadable()) {
				String id = batch.id();
				String fileName = "rapports_" + batch.periodCode() + "_" + id.substring(0, 8) + ".zip";
				Anchor zip = new Anchor((DownloadHandler) (event) -> {
					event.setFileName(fileName);
					event.setContentType("application/zip");
					this.reports.writeBatchZip(id, event.getOutputStream());
				}, getTranslation("reports.batch.download"));
				zip.addClassName("download-link");
				item.add(zip);
			}
			this.batches.add(item);
		}
		boolean running = latest.stream().anyMatch((batch) -> !batch.finished());
		UI ui = UI.getCurrent();
		if (ui != null) {
			ui.setPollInterval(running ? 1000 : -1);
		}
		return running;
	}

	private Section recentSection() {
		this.recent.addComponentColumn((report) -> {
			Span subject = new Span(report.subject());
			subject.addClassName("recent-subject");
			Span what = new Span(
					getTranslation(report.kind().messageKey()) + " · " + Labels.period(this, report.periodCode()));
			what.addClassName("recent-kind");
			return new Div(subject, what);
		}).setHeader(getTranslation("reports.recent.report")).setFlexGrow(3);
		this.recent.addColumn((report) -> Labels.dateTime(this, report.issuedAt()))
			.setHeader(getTranslation("reports.recent.date"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.recent.addColumn(IssuedReport::issuedBy).setHeader(getTranslation("reports.recent.issuer")).setFlexGrow(1);
		this.recent.addComponentColumn((report) -> downloadLink(report, getTranslation("reports.recent.download")))
			.setHeader(getTranslation("reports.recent.download"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.recent.setAriaLabel(getTranslation("reports.recent.title"));
		this.recent.setAllRowsVisible(true);
		this.recent.addClassName("recent-reports");
		this.recentEmpty.setText(getTranslation("reports.recent.none"));
		Section section = new Section(new H2(getTranslation("reports.recent.title")), this.recentEmpty, this.recent);
		section.addClassName("report-section");
		return section;
	}

	private void refreshRecent() {
		List<IssuedReport> latest = this.reports.recentReports();
		this.recent.setItems(latest);
		this.recent.setVisible(!latest.isEmpty());
		this.recentEmpty.setVisible(latest.isEmpty());
	}

	private Section deliverySection() {
		this.subscribed.setLabel(getTranslation("reports.delivery.active"));
		this.subscribedKinds.setLabel(getTranslation("reports.delivery.kinds"));
		this.subscribedKinds.setItems(ReportKind.values());
		this.subscribedKinds.setItemLabelGenerator((value) -> getTranslation("reports.delivery.kind." + value.name()));
		this.subscribed.addValueChangeListener((event) -> this.subscribedKinds.setEnabled(event.getValue()));
		showSubscription(this.deliveries.mySubscription());
		Button save = new Button(getTranslation("reports.delivery.save"), VaadinIcon.ENVELOPE_O.create(), (click) -> {
			try {
				showSubscription(this.deliveries.changeMySubscription(this.subscribed.getValue(),
						this.subscribedKinds.getValue(), this.subscription.version()));
				Notifications.success(this,
						this.subscription.active() ? "reports.delivery.saved.on" : "reports.delivery.saved.off");
			}
			catch (UserFacingException ex) {
				Notifications.error(this, ex);
			}
		});
		this.deliveryLog.addClassName("report-deliveries");
		refreshDeliveries();
		Section section = new Section(new H2(getTranslation("reports.delivery.title")),
				new Paragraph(getTranslation("reports.delivery.help")), this.subscribed, this.subscribedKinds, save,
				new H3(getTranslation("reports.delivery.log")), this.deliveryLog);
		section.addClassNames("report-section", "delivery-section");
		return section;
	}

	private void showSubscription(DeliverySubscription shown) {
		this.subscription = shown;
		this.subscribed.setValue(shown.active());
		this.subscribedKinds.setValue(shown.kinds());
		this.subscribedKinds.setEnabled(shown.active());
	}

	private void refreshDeliveries() {
		this.deliveryLog.removeAll();
		List<ReportDelivery> latest = this.deliveries.myDeliveries();
		if (latest.isEmpty()) {
			this.deliveryLog.add(new Paragraph(getTranslation("reports.delivery.none")));
			return;
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("entries");
		for (ReportDelivery delivery : latest) {
			String month = Labels.period(this, delivery.month());
			ListItem item = new ListItem(new Span(getTranslation("reports.delivery.entry", month,
					getTranslation(delivery.outcome().messageKey()), delivery.reportIds().size())));
			if (!delivery.reportIds().isEmpty()) {
				String id = delivery.id();
				String fileName = "rapports_" + delivery.month() + ".zip";
				Anchor zip = new Anchor((DownloadHandler) (event) -> {
					event.setFileName(fileName);
					event.setContentType("application/zip");
					this.deliveries.writeDeliveryZip(id, event.getOutputStream());
				}, getTranslation("reports.delivery.download"));
				zip.getElement().setAttribute("aria-label", getTranslation("reports.delivery.download.aria", month));
				zip.addClassName("download-link");
				item.add(zip);
			}
			list.add(item);
		}
		this.deliveryLog.add(list);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters();
		parameters.getSingleParameter("site").ifPresent((id) -> {
			Optional<SiteHeader> match = this.reports.reportableSites()
				.stream()
				.filter((candidate) -> candidate.id().equals(id))
				.findFirst();
			match.ifPresent(this.site::setValue);
		});
		parameters.getSingleParameter("period").ifPresent((code) -> {
			try {
				ReportPeriod wanted = ReportPeriod.parse(code);
				if (this.reports.available() && this.reports.periods().contains(wanted)) {
					this.period.setValue(wanted);
				}
			}
			catch (UserFacingException ignored) {
				// an unknown period in a link keeps the default one
			}
		});
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		this.polling = attachEvent.getUI().addPollListener((poll) -> {
			if (!refreshBatches()) {
				refreshRecent();
			}
		});
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		if (this.polling != null) {
			this.polling.remove();
		}
		detachEvent.getUI().setPollInterval(-1);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("reports.title") + " · " + getTranslation("app.name");
	}

}
