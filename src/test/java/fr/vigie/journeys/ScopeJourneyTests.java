package fr.vigie.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.vigie.support.Browser;
import fr.vigie.support.BrowserJourney;
import fr.vigie.support.Browser.Viewport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Directors and site managers see only their scope, read-only; an administrator sets
 * scopes; a quality manager maintains an auditor's exclusions.
 */
class ScopeJourneyTests extends BrowserJourney {

	private static String readUtf8(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> gridTexts(Page page) {
		page.locator("vaadin-grid-cell-content").first().waitFor();
		return page.locator("vaadin-grid-cell-content").allTextContents();
	}

	@Test
	void aDirectorSeesOnlyHisTerritoryAndCannotChangeIt() {
		for (Viewport viewport : List.of(Browser.TABLET, Browser.PHONE)) {
			Page page = browser.open(viewport);
			browser.signIn(page, "directeur", "Directeur-Demo-2026");
			browser.navigate(page, "/sites");
			assertThat(page.getByText("Votre périmètre : Territoire Nord").isVisible()).isTrue();
			List<String> cells = gridTexts(page);
			assertThat(cells).contains("Hôtel de ville de Valbourg", "Préfecture – accueil des étrangers")
				.doesNotContain("CCAS de Valbourg", "Mairie annexe de Gerland", "Médiathèque de la Part-Dieu");
			assertThat(page.getByText("Nouveau site").count()).isZero();
			assertThat(page.getByText("Importer (CSV)").count()).isZero();
			Browser.screenshot(page, "sites-director-" + viewport.name());
			if (viewport == Browser.TABLET) {
				Download download = page.waitForDownload(() -> page.getByText("Exporter (CSV)").click());
				String csv = readUtf8(download.path());
				assertThat(csv).startsWith("\uFEFFid_externe;nom;type;")
					.contains("VAL-HDV;Hôtel de ville de Valbourg")
					.doesNotContain("VAL-CCAS");
			}
			assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the director's site list").isEmpty();

			page.getByText("Hôtel de ville de Valbourg").first().click();
			page.waitForURL((url) -> url.endsWith("/sites/VAL-HDV"));
			Browser.waitForVaadin(page);
			assertThat(page.locator(".channel-card").count()).isGreaterThanOrEqualTo(4);
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Horaires")).count())
				.as("no hours editor for a director")
				.isZero();
			assertThat(page.getByText("Modifier le site").count()).isZero();
			Browser.screenshot(page, "site-detail-director-" + viewport.name());
			assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the director's site detail").isEmpty();

			browser.navigate(page, "/sites/VAL-CCAS");
			assertThat(page.locator("h1").first().textContent()).as("a site outside the scope")
				.isEqualTo("Page introuvable");
			browser.navigate(page, "/auditors");
			assertThat(page.locator("h1").first().textContent()).isEqualTo("Page introuvable");
			page.context().close();
		}
	}

	@Test
	void aSiteManagerSeesHisOneSite() {
		Page page = browser.open(Browser.PHONE);
		browser.signIn(page, "responsable.site", "Responsable-Demo-2026");
		browser.navigate(page, "/sites");
		assertThat(page.getByText("1 site", new Page.GetByTextOptions().setExact(true)).isVisible()).isTrue();
		assertThat(gridTexts(page)).contains("France Services de Rillieux");
		Browser.screenshot(page, "sites-site-manager-phone");
		page.context().close();
	}

	@Test
	void anAdministratorAttachesADirectorToSites() {
		Page page = browser.open(Browser.TABLET);
		browser.signIn(page, "admin", "Admin-Demo-2026");
		browser.navigate(page, "/admin/organisation");
		assertThat(page.locator("h1").first().textContent()).isEqualTo("Organisation");
		assertThat(gridTexts(page)).contains("Territoire Nord", "Métropole de Valbourg", "directeur");
		Browser.screenshot(page, "organisation-admin-tablet");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the organisation screen").isEmpty();
		page.getByLabel("Modifier le périmètre de responsable.site").click();
		Locator dialog = page.getByRole(AriaRole.DIALOG);
		dialog.getByText("Périmètre de Nadia Roux").waitFor();
		Browser.screenshot(page, "scope-dialog-tablet");
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the scope dialog").isEmpty();
		dialog.getByText("Annuler").click();
		page.context().close();
	}

	@Test
	void aQualityManagerExcludesASiteForAnAuditor() {
		for (Viewport viewport : List.of(Browser.TABLET, Browser.PHONE)) {
			Page page = browser.open(viewport);
			browser.signIn(page, "qualite", "Qualite-Demo-2026");
			browser.navigate(page, "/auditors");
			assertThat(gridTexts(page)).contains("ENQ-001", "Karim Benali");
			Browser.screenshot(page, "auditors-" + viewport.name());
			assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the auditor list").isEmpty();
			browser.navigate(page, "/auditors/ENQ-007");
			assertThat(page.locator("h1").first().textContent()).isEqualTo("ENQ-007 – Pierre Garnier");
			if (viewport == Browser.TABLET) {
				page.getByText("Exclure un site").click();
				Locator dialog = page.getByRole(AriaRole.DIALOG);
				Locator site = dialog.getByLabel("Site", new Locator.GetByLabelOptions().setExact(true));
				site.fill("Préfecture");
				page.getByRole(AriaRole.OPTION).first().click();
				dialog.getByText("Enregistrer").click();
				page.getByText("Exclusion enregistrée").waitFor();
				Browser.waitForVaadin(page);
				assertThat(page.getByText("Préfecture – accueil des étrangers · Y est connu · définitive").isVisible())
					.isTrue();
			}
			Browser.screenshot(page, "auditor-detail-" + viewport.name());
			assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on the auditor detail").isEmpty();
			page.context().close();
		}
	}

}
