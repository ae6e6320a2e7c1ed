package fr.vigie.journeys;

import java.nio.file.Path;
import java.nio.file.Paths;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.vigie.support.Browser;
import fr.vigie.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quality manager imports 50 sites from a CSV file with 3 bad rows: he sees each error
 * with its line and column, uploads the corrected file, imports it, then sets the opening
 * hours of one of the new sites, first typing an impossible range and reading why it is
 * refused.
 */
class SiteImportJourneyTests extends BrowserJourney {

	private static final Path WITH_ERRORS = Paths.get("src/test/resources/csv/sites-50-with-3-errors.csv");

	private static final Path CORRECTED = Paths.get("src/test/resources/csv/sites-50-corrected.csv");

	private static void upload(Page page, Path file) {
		page.locator("vaadin-upload input[type=file]").setInputFiles(file);
		page.getByText("Aperçu de « " + file.getFileName() + " »").waitFor();
		Browser.waitForVaadin(page);
	}

	@Test
	void aQualityManagerImportsFiftySitesFixesTheThreeBadRowsAndSetsHours() {
		Page page = browser.open(Browser.TABLET);
		browser.signIn(page, "qualite", "Qualite-Demo-2026");
		browser.navigate(page, "/sites");
		page.getByText("Importer (CSV)").click();
		page.waitForURL((url) -> url.endsWith("/sites/import"));
		Browser.waitForVaadin(page);

		upload(page, WITH_ERRORS);
		assertThat(page.getByText("50 lignes lues : 47 à créer, 0 à mettre à jour, 0 inchangées, 3 en erreur.")
			.isVisible()).isTrue();
		assertThat(page.getByText("3 lignes en erreur").first().isVisible()).isTrue();
		Locator problems = page.locator(".problem-table td");
		assertThat(problems.allTextContents()).contains("contact_telephone", "horaires_accueil_physique", "canaux",
				"contact_courriel");
		assertThat(page
			.getByText("« 04 65 71 60 » n'est pas un numéro de téléphone français valide",
					new Page.GetByTextOptions().setExact(false))
			.first()
			.isVisible()).isTrue();
		assertThat(page.getByText("Lundi : les plages 08:30-12:00 et 11:30-17:00 se chevauchent.").first().isVisible())
			.isTrue();
		assertThat(page.getByText("Canal « fax » inconnu.", new Page.GetByTextOptions().setExact(false))
			.first()
			.isVisible()).isTrue();
		Locator importButton = page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Importer ("));
		assertThat(importButton.isDisabled()).as("3 bad rows block the import").isTrue();
		assertThat(page
			.getByText("3 lignes en erreur bloquent l'import (lignes 8, 23, 41)",
					new Page.GetByTextOptions().setExact(false))
			.isVisible()).isTrue();
		Browser.screenshot(page, "sites-import-errors-tablet");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the import preview").isEmpty();

		upload(page, CORRECTED);
		assertThat(page.getByText("50 lignes lues : 50 à créer, 0 à mettre à jour, 0 inchangées, 0 en erreur.")
			.isVisible()).isTrue();
		assertThat(importButton.isEnabled()).isTrue();
		assertThat(page.getByText("La direction « Territoire Est » n'existe pas : elle sera créée.").isVisible())
			.isTrue();
		Browser.screenshot(page, "sites-import-ready-tablet");
		importButton.click();
		page.waitForURL((url) -> url.endsWith("/sites"));
		Browser.waitForVaadin(page);
		assertThat(
				page.getByText("Import terminé : 50 créés, 0 mis à jour, 0 inchangés, 0 lignes exclues.").isVisible())
			.isTrue();
		page.getByLabel("Rechercher").fill("CSV-0");
		page.getByText("50 sites", new Page.GetByTextOptions().setExact(true)).waitFor();
		Browser.screenshot(page, "sites-after-import-tablet");

		browser.navigate(page, "/sites/CSV-007");
		assertThat(page.locator("h1").textContent()).isEqualTo("CCAS de Saint-Priest");
		Locator counter = page.locator(".channel-card[data-channel='accueil_physique']");
		counter.getByText("Horaires", new Locator.GetByTextOptions().setExact(true)).click();
		Locator dialog = page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG);
		dialog.getByText("Lundi", new Locator.GetByTextOptions().setExact(true)).waitFor();
		setTime(page, "Lundi, plage 2 : fin", "13:00");
		page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Enregistrer")).last().click();
		Browser.waitForVaadin(page);
		assertThat(dialog.locator(".form-error").textContent())
			.isEqualTo("Lundi : la plage 13:30-13:00 est impossible, l'heure de fin doit être après l'heure de début.");
		Browser.screenshot(page, "site-hours-refused-tablet");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the hours editor").isEmpty();

		setTime(page, "Lundi, plage 2 : fin", "18:00");
		page.getByLabel("Ajouter une plage le Samedi").click();
		setTime(page, "Samedi, plage 1 : début", "09:00");
		setTime(page, "Samedi, plage 1 : fin", "12:00");
		page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Enregistrer")).last().click();
		page.getByText("Horaires enregistrés").waitFor();
		Browser.waitForVaadin(page);
		assertThat(counter.locator("dd").nth(0).textContent()).isEqualTo("09:00–12:30, 13:30–18:00");
		assertThat(counter.locator("dd").nth(5).textContent()).isEqualTo("09:00–12:00");
		Browser.screenshot(page, "site-detail-hours-set-tablet");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the site detail").isEmpty();
		page.context().close();
	}

	@Test
	void thePreviewAndTheHoursEditorWorkOnAPhone() {
		Page page = browser.open(Browser.PHONE);
		browser.signIn(page, "qualite", "Qualite-Demo-2026");
		browser.navigate(page, "/sites/import");
		upload(page, WITH_ERRORS);
		assertThat(page.getByText("3 lignes en erreur").first().isVisible()).isTrue();
		Browser.screenshot(page, "sites-import-errors-phone");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the phone preview").isEmpty();

		browser.navigate(page, "/sites/VAL-HDV");
		assertThat(page.locator("h1").textContent()).isEqualTo("Hôtel de ville de Valbourg");
		Browser.screenshot(page, "site-detail-phone");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the phone site detail").isEmpty();
		page.locator(".channel-card[data-channel='telephone']")
			.getByText("Horaires", new Locator.GetByTextOptions().setExact(true))
			.click();
		page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG)
			.getByText("Mardi", new Locator.GetByTextOptions().setExact(true))
			.waitFor();
		Browser.screenshot(page, "site-hours-editor-phone");
		page.context().close();
	}

	private static void setTime(Page page, String label, String time) {
		Locator input = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
		input.fill(time);
		input.press("Enter");
		Browser.waitForVaadin(page);
	}

}
