package fr.vigie.journeys;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.vigie.referential.Answer;
import fr.vigie.report.Pdfs;
import fr.vigie.report.ReportPeriod;
import fr.vigie.shared.Channel;
import fr.vigie.support.Browser;
import fr.vigie.support.BrowserJourney;
import fr.vigie.support.Browser.Viewport;
import fr.vigie.support.ValidatedTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A director issues and downloads a site compliance report, then checks it on the
 * verification page (authentic), and checks a tampered copy and a file that is not a PDF
 * (refused); a quality manager runs a batch and downloads its ZIP; an auditor has no
 * report screen but can verify. Screenshots at tablet and phone sizes, axe-core on each
 * screen, and the downloaded report's pages rendered to PNG.
 */
class ReportJourneyTests extends BrowserJourney {

	private static final Path DOWNLOADS = Paths.get("target", "downloads");

	@Autowired
	ApplicationContext context;

	/**
	 * Validated tests of the previous quarter (the report screen's default period) on the
	 * northern sites, published as the audit module does; fixed ids, so publishing them
	 * again changes nothing.
	 */
	@BeforeEach
	void validatedTests() {
		ValidatedTests tests = new ValidatedTests(this.context);
		LocalDate start = ReportPeriod.quarterOf(LocalDate.now()).previous().start();
		for (String site : List.of("VAL-HDV", "VAL-PREF", "VAL-FS-RIL")) {
			for (int i = 0; i < 6; i++) {
				Channel channel = List.of(Channel.COUNTER, Channel.PHONE, Channel.EMAIL).get(i % 3);
				Map<String, Answer> failures = (i % 3 == 0)
						? Map.of("1.3", Answer.NON_COMPLIANT, "2.1", Answer.NON_COMPLIANT) : Map.of();
				tests.publish(tests.result("report-journey-" + site + "-" + i, "c", site, channel,
						start.plusDays(5 + i * 12L), 1, failures));
			}
		}
	}

	@Test
	void aDirectorDownloadsASiteReportAndVerifiesItAndATamperedCopy() throws Exception {
		Files.createDirectories(DOWNLOADS);
		Page page = browser.open(Browser.TABLET);
		browser.signIn(page, "directeur", "Directeur-Demo-2026");
		browser.navigate(page, "/reports?site=VAL-HDV");
		assertThat(page.locator("main h1").first().textContent()).isEqualTo("Rapports");
		Browser.screenshot(page, "reports-directeur-tablet");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the reports screen").isEmpty();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Émettre le rapport")).click();
		page.locator(".report-issued-title").waitFor();
		assertThat(page.locator(".report-issued-title").textContent())
			.startsWith("Rapport émis : rapport-conformite_VAL-HDV_");
		Browser.screenshot(page, "reports-issued-tablet");
		Download download = page.waitForDownload(() -> page.locator(".report-issued a.download-link").click());
		Path report = DOWNLOADS.resolve(download.suggestedFilename());
		download.saveAs(report);
		byte[] pdf = Files.readAllBytes(report);
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		assertThat(Pdfs.normalizedText(pdf)).contains("Hôtel de ville de Valbourg", "Méthodologie");
		Pdfs.png(pdf, 1, "demo-site-report-cover");
		Pdfs.png(pdf, 2, "demo-site-report-results");
		Pdfs.png(pdf, 3, "demo-site-report-findings");

		browser.navigate(page, "/reports/verify");
		Browser.screenshot(page, "verify-empty-tablet");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the verification page").isEmpty();
		upload(page, report);
		page.getByText("Rapport authentique").waitFor();
		// the register names whoever issued these exact bytes first (possibly a batch)
		assertThat(page.locator(".verification").textContent()).contains("Hôtel de ville de Valbourg",
				"Rapport de conformité du site", fr.vigie.report.internal.ReportRegister.sha256(pdf));
		Browser.screenshot(page, "verify-authentic-tablet");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on an authentic verdict").isEmpty();
		page.context().close();

		byte[] tampered = pdf.clone();
		tampered[tampered.length / 3] ^= 0x20;
		Path copy = DOWNLOADS.resolve("copie-modifiee.pdf");
		Files.write(copy, tampered);
		Page phone = browser.open(Browser.PHONE);
		browser.signIn(phone, "directeur", "Directeur-Demo-2026");
		browser.navigate(phone, "/reports/verify");
		upload(phone, copy);
		phone.getByText("Rapport modifié : non authentique").waitFor();
		Browser.screenshot(phone, "verify-altered-phone");
		assertThat(Browser.seriousAccessibilityViolations(phone)).as("axe on an altered verdict").isEmpty();

		Path notPdf = DOWNLOADS.resolve("photo.pdf");
		Files.writeString(notPdf, "Ceci est un texte, pas un PDF.");
		upload(phone, notPdf);
		phone.getByText("Ce fichier n'est pas un PDF").waitFor();
		Browser.screenshot(phone, "verify-not-pdf-phone");

		browser.navigate(phone, "/reports");
		Browser.screenshot(phone, "reports-directeur-phone");
		assertThat(Browser.seriousAccessibilityViolations(phone)).as("axe on the reports screen (phone)").isEmpty();
		phone.context().close();
	}

	@Test
	void aDirectorDownloadsTheReportAndPostersOfASiteFromItsPageAndNothingOutsideHisScope() throws Exception {
		Files.createDirectories(DOWNLOADS);
		Page page = browser.open(Browser.TABLET);
		browser.signIn(page, "directeur", "Directeur-Demo-2026");
		browser.navigate(page, "/sites/VAL-PREF");
		com.microsoft.playwright.Locator links = page.locator(".documents-section a.download-link");
		assertThat(links.allTextContents()).hasSize(3)
			.anySatisfy((text) -> assertThat(text).startsWith("Rapport de conformité – "))
			.anySatisfy((text) -> assertThat(text).startsWith("Affiche A4 – "))
			.anySatisfy((text) -> assertThat(text).startsWith("Affiche A3 – "));
		Browser.screenshot(page, "site-documents-directeur-tablet");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the site page with documents").isEmpty();

		com.microsoft.playwright.APIResponse direct = page.request()
			.get(browser.url(links.first().getAttribute("href")));
		assertThat(direct.status()).as(direct.text()).isEqualTo(200);
		Download download = page.waitForDownload(() -> links.first().click());
		assertThat(download.suggestedFilename()).startsWith("rapport-conformite_VAL-PREF_");
		Path report = DOWNLOADS.resolve(download.suggestedFilename());
		download.saveAs(report);
		byte[] pdf = Files.readAllBytes(report);
		assertThat(Pdfs.normalizedText(pdf)).contains("Préfecture – accueil des étrangers");
		Download poster = page.waitForDownload(() -> links.nth(2).click());
		assertThat(poster.suggestedFilename()).startsWith("affiche-A3_VAL-PREF_");

		// The same address for a site of another territory is answered as unknown.
		String outside = links.first().getAttribute("href").replace("VAL-PREF", "VAL-ANX-GERL");
		com.microsoft.playwright.APIResponse refused = page.request().get(browser.url(outside));
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.text()).contains("ne fait pas partie de votre périmètre");
		page.context().close();

		Page auditor = browser.open(Browser.PHONE);
		browser.signIn(auditor, "enqueteur", "Enqueteur-Demo-2026");
		assertThat(auditor.request().get(browser.url(outside.replace("VAL-ANX-GERL", "VAL-PREF"))).status())
			.isEqualTo(403);
		auditor.context().close();

		Page anonymous = browser.open(Browser.PHONE);
		com.microsoft.playwright.APIResponse signInFirst = anonymous.request()
			.get(browser.url("/downloads/reports/site/VAL-PREF/SITE_COMPLIANCE"));
		assertThat(signInFirst.url()).contains("/login");
		anonymous.context().close();
	}

	@Test
	void aDirectorSubscribesToTheMonthlyDeliveryOnTheReportsScreen() {
		Page page = browser.open(Browser.TABLET);
		browser.signIn(page, "directeur", "Directeur-Demo-2026");
		browser.navigate(page, "/reports");
		com.microsoft.playwright.Locator section = page.locator(".delivery-section");
		assertThat(section.locator("h2").textContent()).isEqualTo("Envoi mensuel par e-mail");
		section.getByLabel("Recevoir mes rapports chaque mois par e-mail").check();
		section.getByLabel("Rapport de conformité de chaque site").check();
		section
			.getByRole(AriaRole.BUTTON,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Enregistrer l'abonnement"))
			.click();
		page.getByText("Abonnement enregistré : vous recevrez vos rapports chaque mois.").waitFor();
		Browser.screenshot(page, "reports-delivery-subscribed-tablet");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the delivery section").isEmpty();

		browser.navigate(page, "/reports");
		assertThat(page.locator(".delivery-section")
			.getByLabel("Recevoir mes rapports chaque mois par e-mail")
			.isChecked()).isTrue();
		assertThat(page.locator(".delivery-section").getByLabel("Rapport de conformité de chaque site").isChecked())
			.isTrue();
		assertThat(page.locator(".delivery-section").getByLabel("Rapport réseau de mon périmètre").isChecked())
			.isTrue();
		page.context().close();
	}

	@Test
	void aQualityManagerRunsABatchAndDownloadsItsZip() throws Exception {
		Files.createDirectories(DOWNLOADS);
		Page page = browser.open(Browser.TABLET);
		browser.signIn(page, "qualite", "Qualite-Demo-2026");
		browser.navigate(page, "/reports");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lancer la génération")).click();
		page.getByText("Télécharger le ZIP")
			.first()
			.waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(120_000));
		// Other journeys may have imported sites into the shared demo store: read the
		// count.
		String batch = page.locator(".report-batch").first().textContent();
		java.util.regex.Matcher progress = java.util.regex.Pattern.compile("(\\d+) sur (\\d+) sites").matcher(batch);
		assertThat(batch).contains("Terminée");
		assertThat(progress.find()).as(batch).isTrue();
		int sites = Integer.parseInt(progress.group(2));
		assertThat(batch).as("every site processed").contains(sites + " sur " + sites + " sites");
		assertThat(sites).isGreaterThanOrEqualTo(12);
		Browser.screenshot(page, "reports-batch-done-tablet");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe after a batch").isEmpty();
		Download download = page.waitForDownload(() -> page.getByText("Télécharger le ZIP").first().click());
		Path zip = DOWNLOADS.resolve(download.suggestedFilename());
		download.saveAs(zip);
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				names.add(entry.getName());
			}
		}
		assertThat(names).hasSize(sites + 1).contains("empreintes.csv");
		page.context().close();
	}

	@Test
	void anAuditorHasNoReportScreenButCanVerify() {
		for (Viewport viewport : List.of(Browser.TABLET, Browser.PHONE)) {
			Page page = browser.open(viewport);
			browser.signIn(page, "enqueteur", "Enqueteur-Demo-2026");
			browser.navigate(page, "/reports");
			assertThat(page.locator("h1").first().textContent()).isEqualTo("Page introuvable");
			browser.navigate(page, "/reports/verify");
			assertThat(page.locator("main h1").first().textContent()).isEqualTo("Vérifier un rapport");
			Browser.screenshot(page, "verify-auditor-" + viewport.name());
			page.context().close();
		}
	}

	private static void upload(Page page, Path file) {
		FileChooser chooser = page.waitForFileChooser(
				() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choisir un fichier PDF…"))
					.click());
		chooser.setFiles(file);
	}

}
