package fr.vigie.report.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.vigie.report.IssuedReport;
import fr.vigie.report.ReportManagement;
import fr.vigie.report.ReportVerification;
import fr.vigie.report.ReportVerification.Outcome;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;
import fr.vigie.shared.ui.UploadTexts;
import jakarta.annotation.security.PermitAll;

/**
 * Anyone signed in drops a PDF and learns whether it is an authentic, unchanged report
 * issued by this Vigie, and which one. Files that are too big or not PDFs are refused
 * with a message saying why.
 */
@Route("reports/verify")
@Menu(title = "nav.reports.verify", order = 61, icon = "vaadin:check-circle-o")
@PermitAll
class VerifyReportView extends Main implements HasDynamicTitle {

	private final ReportManagement reports;

	private final Div result = new Div();

	VerifyReportView(ReportManagement reports) {
		this.reports = reports;
		addClassNames("page", "verify-view");
		Upload upload = new Upload();
		// the verdict names the file; clearing the list keeps the drop zone ready for the
		// next file instead of greying it out at the one-file limit
		upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
			show(metadata.fileName(), bytes);
			upload.clearFileList();
		}));
		upload.setMaxFiles(1);
		upload.setMaxFileSize(ReportManagement.MAX_VERIFIED_BYTES);
		upload.setAcceptedFileTypes("application/pdf", ".pdf");
		upload.setI18n(UploadTexts.of(this, "verify.upload.drop", "verify.upload.add", "verify.upload.wrongType",
				ReportManagement.MAX_VERIFIED_BYTES / (1024 * 1024)));
		upload.addFileRejectedListener((event) -> rejected(event.getFileName(), event.getErrorMessage()));
		this.result.addClassName("verification");
		this.result.getElement().setAttribute("aria-live", "polite");
		Paragraph hint = new Paragraph(
				getTranslation("verify.upload.hint", ReportManagement.MAX_VERIFIED_BYTES / (1024 * 1024)));
		hint.addClassName("upload-hint");
		add(new H1(getTranslation("verify.title")), new Paragraph(getTranslation("verify.intro")), upload, hint,
				this.result);
	}

	private void show(String fileName, byte[] bytes) {
		this.result.removeAll();
		ReportVerification verification;
		try {
			verification = this.reports.verify(bytes);
		}
		catch (UserFacingException ex) {
			Notifications.error(this, ex);
			this.result.add(new Paragraph(getTranslation(ex.messageKey(), ex.arguments())));
			return;
		}
		Outcome outcome = verification.outcome();
		boolean authentic = verification.authentic();
		Icon icon = (authentic ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create();
		icon.getElement().setAttribute("aria-hidden", "true");
		H2 title = new H2(icon, new Span(getTranslation(outcome.messageKey())));
		this.result.removeClassNames("authentic", "not-authentic");
		this.result.addClassName(authentic ? "authentic" : "not-authentic");
		this.result.add(title, new Paragraph(getTranslation("verify.explain." + outcome.name())),
				new Paragraph(getTranslation("verify.file", fileName)));
		if (verification.sha256() != null) {
			this.result.add(details(List.of(new Row(getTranslation("verify.fingerprint"), verification.sha256()))));
		}
		IssuedReport report = verification.report();
		if (report != null) {
			this.result.add(new H2(getTranslation(authentic ? "verify.report.title" : "verify.original.title")));
			this.result.add(details(
					List.of(new Row(getTranslation("verify.report.kind"), getTranslation(report.kind().messageKey())),
							new Row(getTranslation("verify.report.subject"), report.subject()),
							new Row(getTranslation("verify.report.period"), Labels.period(this, report.periodCode())),
							new Row(getTranslation("verify.report.referential"), report.referentialLabel()),
							new Row(getTranslation("verify.report.issued"), Labels.dateTime(this, report.issuedAt())),
							new Row(getTranslation("verify.report.issuer"), report.issuedBy()),
							new Row(getTranslation("verify.report.fileName"), report.fileName()),
							new Row(getTranslation("verify.report.fingerprint"), report.sha256()))));
		}
	}

	private Div details(List<Row> rows) {
		Div list = new Div();
		list.addClassName("verification-details");
		list.getElement().setAttribute("role", "list");
		for (Row row : rows) {
			Div item = new Div();
			item.getElement().setAttribute("role", "listitem");
			Span label = new Span(row.label());
			label.addClassName("label");
			Span value = new Span(row.value());
			value.addClassName("value");
			if (row.value() != null && row.value().matches("[0-9a-f]{64}")) {
				value.addClassName("fingerprint");
			}
			item.add(label, value);
			list.add(item);
		}
		return list;
	}

	private void rejected(String fileName, String reason) {
		this.result.removeAll();
		this.result.removeClassNames("authentic", "not-authentic");
		this.result.addClassName("not-authentic");
		String message = getTranslation("verify.rejected", fileName, reason);
		this.result.add(new Paragraph(message));
		Notifications.error(this, new UserFacingException("verify.rejected", fileName, reason));
	}

	private record Row(String label, String value) {

	}

	@Override
	public String getPageTitle() {
		return getTranslation("verify.title") + " · " + getTranslation("app.name");
	}

}
