package fr.vigie.report.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.i18n.I18NProvider;
import fr.vigie.organisation.Site;
import fr.vigie.organisation.SiteDocuments;
import fr.vigie.report.ReportKind;
import fr.vigie.report.ReportManagement;
import fr.vigie.report.ReportPeriod;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The report module's contribution to the site page: the compliance report and the A4 and
 * A3 posters of the latest ended period, as links to {@link SiteReportDownloads}. Nothing
 * when no data source is installed.
 */
@Component
@Order(10)
class SiteReportLinks implements SiteDocuments {

	private static final List<ReportKind> OFFERED = List.of(ReportKind.SITE_COMPLIANCE, ReportKind.POSTER_A4,
			ReportKind.POSTER_A3);

	private final ReportManagement reports;

	private final I18NProvider messages;

	SiteReportLinks(ReportManagement reports, I18NProvider messages) {
		this.reports = reports;
		this.messages = messages;
	}

	@Override
	public List<SiteDocument> documentsFor(Site site, Locale locale) {
		Optional<ReportPeriod> period = this.reports.latestEndedPeriod();
		if (period.isEmpty() || !this.reports.available()) {
			return List.of();
		}
		String periodLabel = Labels.period(period.get(), locale,
				(key, arguments) -> this.messages.getTranslation(key, locale, arguments));
		return OFFERED.stream()
			.map((kind) -> new SiteDocument(
					this.messages.getTranslation("siteDocuments." + kind.name(), locale, periodLabel),
					SiteReportDownloads.path(site.id().value(), kind, period.get())))
			.toList();
	}

}
