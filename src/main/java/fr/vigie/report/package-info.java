/**
 * PDF reports: site compliance reports, network reports and results posters, rendered as
 * PDF/A-2b from plain read models ({@link fr.vigie.report.SiteReportModel},
 * {@link fr.vigie.report.NetworkReportModel}, {@link fr.vigie.report.PosterModel}) that a
 * {@link fr.vigie.report.ReportDataSource} provides; the register of issued reports with
 * their SHA-256 and its verification; batch generation. API:
 * {@link fr.vigie.report.ReportManagement}.
 */
package fr.vigie.report;
