package fr.vigie.report.internal;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import fr.vigie.report.NetworkReportModel;
import fr.vigie.report.Pdfs;
import fr.vigie.report.ReportKind;
import fr.vigie.report.ReportModels;
import fr.vigie.report.SiteReportModel;
import fr.vigie.report.SiteReportModel.Evidence;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders hand-written read models and reads the PDFs back: text, pages, footer,
 * metadata, fonts, PDF/A-2b conformance (veraPDF), determinism; pages are also rendered
 * to PNG under {@code target/report-pages} to be looked at.
 */
class PdfReportsTests {

	private final PdfReports reports = new PdfReports();

	@Test
	void siteReportShowsCoverVerdictResultsFindingsActionsAndMethodology() {
		byte[] pdf = this.reports.siteReport(ReportModels.site()).pdf();
		List<String> pages = Pdfs.allText(pdf);
		Pdfs.png(pdf, 1, "site-cover");
		Pdfs.png(pdf, 2, "site-results");
		Pdfs.png(pdf, 3, "site-findings");
		Pdfs.png(pdf, pages.size(), "site-methodology");
		String cover = Pdfs.normalize(pages.get(0));
		assertThat(cover).contains("Hôtel de ville de Valbourg", "Métropole de Valbourg", "2e trimestre 2026",
				"Services Publics+ – version 2023", "Seuil d'exigence atteint", "7,8", "24 tests mystère", "7,1 – 8,4",
				"7 juillet 2026 à 09h00");
		String all = Pdfs.normalizedText(pdf);
		assertThat(all).contains("1. Résultats par engagement", "Élément bloquant non conforme",
				"Échantillon insuffisant", "2. Résultats par canal", "Courriel / formulaire", "Excellence",
				"3. Évolution sur les vagues", "sans test", "4. Constats", "Non-conformité mineure",
				"Affichage à l'entrée", "5. Actions correctives", "En retard", "Réalisée le 10/05/2026", "Méthodologie",
				"ENQ-07, ENQ-12", "Demande d'acte de naissance");
		Pdfs.png(pdf, 1, "site-cover");
		Pdfs.png(pdf, 2, "site-results");
		Pdfs.png(pdf, pages.size(), "site-methodology");
	}

	@Test
	void everyPageCarriesItsNumberOutOfTheTotal() {
		byte[] pdf = this.reports.siteReport(ReportModels.site(ReportModels.manyFindings(40), "Mairie")).pdf();
		List<String> pages = Pdfs.allText(pdf);
		assertThat(pages).hasSizeGreaterThan(3);
		for (int page = 1; page <= pages.size(); page++) {
			assertThat(pages.get(page - 1)).as("footer of page " + page)
				.contains("Page " + page + " / " + pages.size())
				.contains("Vigie · Rapport de conformité");
		}
	}

	@Test
	void printsEveryFrenchCharacterWithNarrowSpacesBeforeHighPunctuation() {
		byte[] pdf = this.reports.siteReport(ReportModels.site()).pdf();
		String all = Pdfs.normalizedText(pdf);
		assertThat(all).contains("Été", "à", "«\u202Fœuvre\u202F»", "cœur", "façade", "12\u202F€", "\u202F;",
				"là\u202F!", "Où\u202F?", "accueil\u202F:");
		assertThat(all).doesNotContain(" ;", " !", " ?");
	}

	@Test
	void embedsAndSubsetsEveryFont() {
		for (byte[] pdf : List.of(this.reports.siteReport(ReportModels.site()).pdf(),
				this.reports.networkReport(ReportModels.network()).pdf(),
				this.reports.poster(ReportModels.poster(), ReportKind.POSTER_A4).pdf())) {
			Map<String, Boolean> fonts = Pdfs.fonts(pdf);
			assertThat(fonts).isNotEmpty();
			assertThat(fonts).allSatisfy((name, embedded) -> {
				assertThat(name).matches("[A-Z]{6}\\+LiberationSans.*");
				assertThat(embedded).as(name + " embedded").isTrue();
			});
		}
	}

	@Test
	void metadataNamesTheReportAndItsFreezeDate() {
		byte[] pdf = this.reports.siteReport(ReportModels.site()).pdf();
		Map<String, String> info = Pdfs.info(pdf);
		assertThat(info.get("Title"))
			.isEqualTo("Rapport de conformité – Hôtel de ville de Valbourg – 2e trimestre 2026");
		assertThat(info.get("Creator")).isEqualTo("Vigie");
		assertThat(info.get("Subject")).contains("Services Publics+ 2023");
		assertThat(info.get("CreationDate")).startsWith("D:20260707090000+02'00'");
		assertThat(info.get("ModDate")).isEqualTo(info.get("CreationDate"));
	}

	@Test
	void everyKindOfReportConformsToPdfA2b() {
		assertThat(Pdfs.pdfA2bViolations(this.reports.siteReport(ReportModels.site()).pdf())).as("site report")
			.isEmpty();
		assertThat(Pdfs.pdfA2bViolations(this.reports.siteReport(ReportModels.noData()).pdf())).as("no data").isEmpty();
		assertThat(Pdfs.pdfA2bViolations(this.reports.networkReport(ReportModels.network()).pdf())).as("network")
			.isEmpty();
		assertThat(Pdfs.pdfA2bViolations(this.reports.poster(ReportModels.poster(), ReportKind.POSTER_A4).pdf()))
			.as("A4 poster")
			.isEmpty();
		assertThat(Pdfs.pdfA2bViolations(this.reports.poster(ReportModels.poster(), ReportKind.POSTER_A3).pdf()))
			.as("A3 poster")
			.isEmpty();
	}

	@Test
	void theValidatorRejectsAnOrdinaryPdf() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("Helvetica, not embedded, no output intent, no XMP"));
		document.close();
		assertThat(Pdfs.pdfA2bViolations(out.toByteArray())).isNotEmpty();
	}

	@Test
	void aSiteWithoutTestsGetsAShortCleanNoDataReport() {
		byte[] pdf = this.reports.siteReport(ReportModels.noData()).pdf();
		List<String> pages = Pdfs.allText(pdf);
		assertThat(pages).hasSizeLessThanOrEqualTo(3);
		assertThat(Pdfs.normalize(pages.get(0))).contains("Médiathèque de la Part-Dieu",
				"Aucune donnée pour cette période", "Aucun test mystère validé du 1er avril au 30 juin 2026");
		assertThat(Pdfs.normalizedText(pdf)).contains("Méthodologie", "Aucun test validé sur la période")
			.doesNotContain("1. Résultats par engagement");
		Pdfs.png(pdf, 1, "site-no-data");
	}

	@Test
	void threeHundredFindingsWithLongCommentsPaginateWithRepeatedHeaders() {
		SiteReportModel model = ReportModels.site(ReportModels.manyFindings(300), "Mairie annexe de Gerland");
		byte[] pdf = this.reports.siteReport(model).pdf();
		Pdfs.png(pdf, 5, "site-many-findings");
		Pdfs.png(pdf, 12, "site-many-findings-long-comment");
		List<String> pages = Pdfs.allText(pdf)
			.stream()
			.map((page) -> page.replace(" \u202F", "\u202F").replace("\u202F ", "\u202F"))
			.toList();
		assertThat(pages).hasSizeGreaterThan(30);
		String all = String.join("\n", pages);
		assertThat(all).contains("C-001", "C-150", "C-300");
		List<String> findingPages = pages.stream()
			.filter((page) -> page.contains("Constat n°") || page.contains("L'usager a attendu"))
			.toList();
		assertThat(findingPages).hasSizeGreaterThan(25)
			.allSatisfy((page) -> assertThat(page).contains("Réf.", "Gravité", "Constat", "Preuves"));
		// every long comment is printed to its end, across pages when needed
		long fullComments = pages.stream().mapToLong((page) -> page.split("réouverture\u202F!", -1).length - 1).sum();
		assertThat(fullComments).isEqualTo(30 * 120);
		assertThat(Pdfs.pdfA2bViolations(pdf)).isEmpty();
	}

	@Test
	void theSameModelGivesTheSameBytesAndAnotherModelAnotherIdentifier() {
		PdfReports.RenderedReport first = this.reports.siteReport(ReportModels.site());
		PdfReports.RenderedReport second = new PdfReports().siteReport(ReportModels.site());
		assertThat(second.pdf()).isEqualTo(first.pdf());
		assertThat(second.documentId()).isEqualTo(first.documentId()).hasSize(32);
		PdfReports.RenderedReport other = this.reports.siteReport(ReportModels.site(List.of(), "Hôtel de ville"));
		assertThat(other.documentId()).isNotEqualTo(first.documentId());
		assertThat(PdfInspector.inspect(first.pdf()).documentId()).isEqualTo(first.documentId());
		assertThat(PdfInspector.inspect(first.pdf()).claimsVigie()).isTrue();
	}

	@Test
	void anUnreadablePictureIsNamedNotFatal() {
		byte[] broken = { (byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, 5, 6 };
		SiteReportModel model = ReportModels
			.site(List.of(ReportModels.finding(1, "Photo abîmée", List.of(new Evidence("Photo", broken)))), "Mairie");
		byte[] pdf = this.reports.siteReport(model).pdf();
		assertThat(String.join("\n", Pdfs.allText(pdf))).contains("Image illisible");
	}

	@Test
	void networkReportRanksSitesAndShowsDistributionItemsAndTrend() {
		NetworkReportModel model = ReportModels.network();
		byte[] pdf = this.reports.networkReport(model).pdf();
		Pdfs.png(pdf, 1, "network-cover");
		Pdfs.png(pdf, 2, "network-ranking");
		Pdfs.png(pdf, Pdfs.pages(pdf), "network-trend");
		String all = Pdfs.normalizedText(pdf);
		assertThat(all).contains("Rapport réseau".toUpperCase(), "Ensemble du réseau", "7,7",
				"2 sites sur 3 évalués au niveau du seuil d'exigence (67\u202F%)", "1. Classement des sites",
				"CCAS de Valbourg", "2. Répartition des notes", "3. Points forts et points faibles",
				"Agent courtois et disponible", "96\u202F%", "4. Sites sous le seuil d'exigence",
				"Préfecture – accueil des étrangers", "5. Évolution sur les vagues", "T1 2026");
	}

	@Test
	void postersAreOnePageInLargeTypeOnA4AndA3() throws Exception {
		byte[] a4 = this.reports.poster(ReportModels.poster(), ReportKind.POSTER_A4).pdf();
		byte[] a3 = this.reports.poster(ReportModels.poster(), ReportKind.POSTER_A3).pdf();
		assertThat(Files.size(Pdfs.png(a4, 1, "poster-a4"))).isPositive();
		Pdfs.png(a3, 1, "poster-a3");
		for (byte[] pdf : List.of(a4, a3)) {
			assertThat(Pdfs.pages(pdf)).isEqualTo(1);
			assertThat(Pdfs.normalizedText(pdf)).contains("Nos résultats qualité", "Hôtel de ville de Valbourg",
					"2e trimestre 2026", "7,8", "Objectif atteint", "85\u202F%", "Ce que nous améliorons",
					"24 tests mystère");
		}
		try (PdfReader small = new PdfReader(a4); PdfReader large = new PdfReader(a3)) {
			assertThat(small.getPageSize(1).getWidth()).isEqualTo(PageSize.A4.getWidth());
			assertThat(large.getPageSize(1).getWidth()).isEqualTo(PageSize.A3.getWidth());
		}
	}

}
