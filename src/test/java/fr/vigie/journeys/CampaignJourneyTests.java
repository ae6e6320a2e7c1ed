package fr.vigie.journeys;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.vigie.support.Browser;
import fr.vigie.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quality manager plans a campaign in the form, draws it, looks at the table and the
 * calendar, moves a test by hand and publishes the wave; the auditor then finds his tests
 * and calendar feed; a director cannot open campaigns.
 */
class CampaignJourneyTests extends BrowserJourney {

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Test
	void aQualityManagerPlansAdjustsAndPublishesACampaignThatTheAuditorThenSees() {
		Page page = browser.open(Browser.TABLET);
		browser.signIn(page, "qualite", "Qualite-Demo-2026");
		browser.navigate(page, "/campaigns");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvelle campagne")).click();
		page.waitForURL((url) -> url.endsWith("/campaigns/new"));
		Browser.waitForVaadin(page);

		page.getByLabel("Nom de la campagne").fill("Baromètre d'accueil – printemps");
		Browser.pickFromComboBox(page, "Référentiel (version publiée)", "SP+ 2023");
		LocalDate start = LocalDate.now().plusDays(7);
		fillDate(page, "Début", start);
		fillDate(page, "Fin", start.plusDays(34));
		Browser.pickFromComboBox(page, "Directions / territoires", "Direction des solidarités");
		setQuota(page, "Accueil physique", "1");
		setQuota(page, "Téléphone", "3");
		setQuota(page, "Courriel / formulaire", "2");
		Browser.screenshot(page, "campaign-form-tablet");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la campagne")).click();
		page.waitForURL((url) -> url.matches(".*/campaigns/[0-9a-f-]{36}$"));
		Browser.waitForVaadin(page);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tirer au sort")).click();
		page.getByText("Graine ").waitFor();
		Browser.waitForVaadin(page);
		assertThat(page.locator("vaadin-grid").first().innerText()).contains("Téléphone");
		Browser.screenshot(page, "campaign-plan-table-tablet");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the plan").isEmpty();

		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Calendrier")).check();
		page.locator(".calendar-chip").first().waitFor();
		Browser.screenshot(page, "campaign-plan-calendar-tablet");
		page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Tableau")).check();

		page.locator("vaadin-button[aria-label^='Déplacer le test']").first().click();
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		// A Sunday inside the wave: closed for visits and calls, not a working day for
		// e-mails.
		LocalDate sunday = start.plusDays(7).with(java.time.DayOfWeek.SUNDAY);
		dialog.getByLabel("Date").fill(sunday.format(FRENCH_DATE));
		dialog.getByLabel("Date").press("Enter");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Déplacer")).click();
		dialog.getByText("Déplacement refusé").waitFor();
		assertThat(dialog.innerText()).containsAnyOf("fermé à cette heure", "pas un jour ouvré");
		Browser.screenshot(page, "campaign-move-refused-tablet");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Annuler")).click();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier aux enquêteurs")).click();
		page.getByText("tests publiés aux enquêteurs").waitFor();
		Browser.screenshot(page, "campaign-published-tablet");
		page.context().close();

		Page phone = browser.open(Browser.PHONE);
		browser.signIn(phone, "qualite", "Qualite-Demo-2026");
		browser.navigate(phone, "/campaigns");
		Browser.screenshot(phone, "campaign-list-phone");
		phone.context().close();

		Page auditor = browser.open(Browser.PHONE);
		browser.signIn(auditor, "enqueteur", "Enqueteur-Demo-2026");
		browser.navigate(auditor, "/my-tests");
		assertThat(auditor.locator("h1").first().textContent()).isEqualTo("Mes tests mystère");
		assertThat(auditor.locator(".test-card").count()).isPositive();
		assertThat(auditor.getByText("Adresse de l'agenda (iCal)").getAttribute("href")).startsWith("/feeds/tests/");
		Browser.screenshot(auditor, "my-tests-phone");
		assertThat(Browser.seriousAccessibilityViolations(auditor)).as("axe on My tests").isEmpty();
		browser.navigate(auditor, "/inbox");
		assertThat(auditor.locator("main").innerText()).contains("Nouveaux tests mystère");
		Browser.screenshot(auditor, "inbox-phone");
		auditor.context().close();

		Page director = browser.open(Browser.TABLET);
		browser.signIn(director, "directeur", "Directeur-Demo-2026");
		browser.navigate(director, "/campaigns");
		assertThat(director.locator("h1").first().textContent()).isEqualTo("Page introuvable");
		browser.navigate(director, "/my-tests");
		assertThat(director.locator("h1").first().textContent()).isEqualTo("Page introuvable");
		director.context().close();
	}

	private static void fillDate(Page page, String label, LocalDate date) {
		Locator input = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
		input.fill(date.format(FRENCH_DATE));
		input.press("Enter");
		Browser.waitForVaadin(page);
	}

	private static void setQuota(Page page, String label, String value) {
		Locator input = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
		input.fill(value);
		input.press("Tab");
	}

}
