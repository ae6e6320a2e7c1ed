package fr.vigie.report.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import fr.vigie.report.IssuedReport;
import fr.vigie.report.ReferentialChoice;
import fr.vigie.report.ReportKind;
import fr.vigie.report.ReportManagement;
import fr.vigie.report.ReportPeriod;
import fr.vigie.report.ReportRequest;
import fr.vigie.shared.UserFacingException;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plain HTTP downloads of one site's report or poster, for the links of the site page
 * (and anyone's bookmarks):
 * {@code /downloads/reports/site/<site id>/<kind>?period=<code>}. The report is issued
 * (and registered) on the first download, then the same entry is served again. Signing in
 * is required by the security configuration; scope and role are checked by
 * {@link ReportManagement}: a site outside the user's scope is a 404, like an unknown
 * one.
 */
@RestController
class SiteReportDownloads {

	static final String PREFIX = "/downloads/reports/site/";

	private final ReportManagement reports;

	private final I18NProvider messages;

	SiteReportDownloads(ReportManagement reports, I18NProvider messages) {
		this.reports = reports;
		this.messages = messages;
	}

	static String path(String siteId, ReportKind kind, ReportPeriod period) {
		return PREFIX + URLEncoder.encode(siteId, StandardCharsets.UTF_8) + "/" + kind.name() + "?period="
				+ period.code();
	}

	@GetMapping(PREFIX + "{siteId}/{kind}")
	ResponseEntity<?> download(@PathVariable String siteId, @PathVariable String kind,
			@RequestParam(required = false) String period) {
		try {
			ReportKind reportKind = parseKind(kind);
			ReportPeriod reportPeriod = (period != null) ? ReportPeriod.parse(period) : this.reports.latestEndedPeriod()
				.orElseThrow(() -> new UserFacingException("report.noDataSource"));
			String referential = this.reports.defaultReferential()
				.map(ReferentialChoice::id)
				.orElseThrow(() -> new UserFacingException("report.noDataSource"));
			IssuedReport issued = this.reports.issue(new ReportRequest(reportKind, siteId, reportPeriod, referential));
			byte[] pdf = this.reports.content(issued.sha256());
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.cacheControl(CacheControl.noStore())
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(issued.fileName()).build().toString())
				.header("X-Report-Sha256", issued.sha256())
				.body(pdf);
		}
		catch (UserFacingException ex) {
			HttpStatus status = ex.messageKey().equals("report.site.outOfScope") ? HttpStatus.NOT_FOUND
					: HttpStatus.BAD_REQUEST;
			return ResponseEntity.status(status)
				.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.body(this.messages.getTranslation(ex.messageKey(), Locale.FRENCH, ex.arguments()));
		}
	}

	private static ReportKind parseKind(String kind) {
		try {
			ReportKind parsed = ReportKind.valueOf(kind);
			if (parsed.perSite()) {
				return parsed;
			}
		}
		catch (IllegalArgumentException ex) {
			// refused below with the value in the message
		}
		throw new UserFacingException("report.kind.unknown", kind);
	}

}
