package fr.vigie.report.internal;

import java.util.HexFormat;

import fr.vigie.report.NetworkReportModel;
import fr.vigie.report.PosterModel;
import fr.vigie.report.ReportKind;
import fr.vigie.report.SiteReportModel;

import org.springframework.stereotype.Component;

/**
 * Renders read models to PDF/A-2b bytes. Pure functions of the model and
 * {@link #VERSION}: the same model always gives the same bytes, and the PDF's file
 * identifier is derived from the model.
 */
@Component
public class PdfReports {

	/**
	 * Changes whenever the layout changes, so that identical figures laid out differently
	 * get another document identifier.
	 */
	public static final String VERSION = "vigie-reports/1";

	public RenderedReport siteReport(SiteReportModel model) {
		byte[] id = ModelDigest.documentId(VERSION, ReportKind.SITE_COMPLIANCE, model);
		return ReportFonts
			.withFonts((fonts) -> new RenderedReport(SiteReportRenderer.render(model, fonts, id), hex(id)));
	}

	public RenderedReport networkReport(NetworkReportModel model) {
		byte[] id = ModelDigest.documentId(VERSION, ReportKind.NETWORK, model);
		return ReportFonts
			.withFonts((fonts) -> new RenderedReport(NetworkReportRenderer.render(model, fonts, id), hex(id)));
	}

	/**
	 * @param kind {@link ReportKind#POSTER_A4} or {@link ReportKind#POSTER_A3}
	 */
	public RenderedReport poster(PosterModel model, ReportKind kind) {
		if (kind != ReportKind.POSTER_A4 && kind != ReportKind.POSTER_A3) {
			throw new IllegalArgumentException("not a poster: " + kind);
		}
		byte[] id = ModelDigest.documentId(VERSION, kind, model);
		return ReportFonts.withFonts((fonts) -> new RenderedReport(
				PosterRenderer.render(model, kind == ReportKind.POSTER_A3, fonts, id), hex(id)));
	}

	private static String hex(byte[] id) {
		return HexFormat.of().formatHex(id);
	}

	/**
	 * @param pdf the document
	 * @param documentId its file identifier, lower-case hex
	 */
	public record RenderedReport(byte[] pdf, String documentId) {

	}

}
