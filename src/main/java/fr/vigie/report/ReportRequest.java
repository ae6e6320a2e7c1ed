package fr.vigie.report;

import fr.vigie.shared.UserFacingException;

/**
 * What to issue: a kind of report, the site (for per-site kinds), the period and the
 * referential version.
 */
public record ReportRequest(ReportKind kind, String siteId, ReportPeriod period, String referentialId) {

	public ReportRequest {
		if (kind == null) {
			throw new UserFacingException("report.kind.required");
		}
		if (period == null) {
			throw new UserFacingException("report.period.required");
		}
		if (referentialId == null || referentialId.isBlank()) {
			throw new UserFacingException("report.referential.required");
		}
		if (kind.perSite() && (siteId == null || siteId.isBlank())) {
			throw new UserFacingException("report.site.required");
		}
		if (!kind.perSite()) {
			siteId = null;
		}
	}

	public static ReportRequest site(String siteId, ReportPeriod period, String referentialId) {
		return new ReportRequest(ReportKind.SITE_COMPLIANCE, siteId, period, referentialId);
	}

}
