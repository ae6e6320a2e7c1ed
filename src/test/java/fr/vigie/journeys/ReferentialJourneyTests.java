package fr.vigie.journeys;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.vigie.support.Browser;
import fr.vigie.support.BrowserJourney;
import fr.vigie.support.Browser.Viewport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quality manager derives a local referential from Services Publics+ 2023, makes the
 * phone target stricter, adds an item, removes one, publishes and opens the diff — at
 * tablet and phone sizes, with axe-core on the list, tree and diff screens.
 */
class ReferentialJourneyTests extends BrowserJourney {

	@Test
	void qualityManagerDerivesEditsPublishesAndComparesALocalReferential() {
		for (Viewport viewport : List.of(Browser.TABLET, Browser.PHONE)) {
			journey(viewport);
		}
	}

	@Test
	void administratorReadsReferentialsButCannotChangeThem() {
		Page page = browser.open(Browser.TABLET);
		browser.signIn(page, "admin", "Admin-Demo-2026");
		browser.navigate(page, "/referentials");
		assertThat(page.locator("#referential-import").count()).isZero();
		assertThat(page.getByText("Problèmes de chargement des fichiers").isVisible()).isTrue();
		page.getByText("Services Publics+ (2023)", new Page.GetByTextOptions().setExact(true)).first().click();
		Browser.waitForVaadin(page);
		page.locator("#referential-tree").waitFor();
		assertThat(page.locator("#derive").count()).isZero();
		page.context().close();
	}

	private void journey(Viewport viewport) {
		String code = "valbourg-" + viewport.name();
		Page page = browser.open(viewport);
		browser.signIn(page, "qualite", "Qualite-Demo-2026");

		browser.navigate(page, "/referentials");
		assertThat(page.locator("main h1").first().textContent()).isEqualTo("Référentiels");
		assertThat(page.getByText("Marianne", new Page.GetByTextOptions().setExact(false)).first().isVisible())
			.isTrue();
		Browser.screenshot(page, "referentials-list-" + viewport.name());
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on referential list").isEmpty();

		page.getByText("Services Publics+ (2023)", new Page.GetByTextOptions().setExact(true)).first().click();
		Browser.waitForVaadin(page);
		Locator tree = page.locator("#referential-tree");
		tree.waitFor();
		filter(page, "Téléphone");
		row(tree, "2.5 · Nombre de sonneries avant le décroché").click();
		Browser.waitForVaadin(page);
		assertThat(page.locator(".node-detail").textContent()).contains("≤ 5 sonneries");
		Browser.screenshot(page, "referential-tree-" + viewport.name());
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on referential tree").isEmpty();

		page.locator("#derive").click();
		page.locator("#derive-code input").fill(code);
		page.locator("#derive-submit").click();
		page.waitForURL((url) -> url.contains("local"));
		Browser.waitForVaadin(page);
		tree.waitFor();
		assertThat(page.locator("main h1").first().textContent()).contains("local");

		filter(page, "Téléphone");
		row(tree, "2.5 · Nombre de sonneries avant le décroché").click();
		Browser.waitForVaadin(page);
		page.locator(".node-detail .node-target-value input").fill("4");
		page.locator(".node-detail .node-save").click();
		page.getByText("Modifications enregistrées").first().waitFor();
		Browser.waitForVaadin(page);
		assertThat(row(tree, "2.5 · Nombre de sonneries avant le décroché").isVisible()).isTrue();
		Browser.screenshot(page, "referential-draft-edit-" + viewport.name());

		// With an item selected, the new item goes next to it, under engagement 2.
		page.locator("#add-item").click();
		Browser.waitForVaadin(page);
		Locator editor = page.locator(".add-item-editor");
		editor.locator(".node-ref-id input").fill("2.10");
		editor.locator(".node-name-fr textarea").fill("Un rappel est proposé sous 24 heures");
		editor.locator(".node-name-en textarea").fill("A call-back is offered within 24 hours");
		editor.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Téléphone")).click();
		Browser.screenshot(page, "referential-add-item-" + viewport.name());
		editor.locator(".node-save").click();
		page.getByText("Point de contrôle ajouté").first().waitFor();
		Browser.waitForVaadin(page);
		assertThat(row(tree, "2.10 · Un rappel est proposé sous 24 heures").isVisible()).isTrue();

		filter(page, "Accueil physique");
		row(tree, "1.6 · Des toilettes sont accessibles au public").click();
		Browser.waitForVaadin(page);
		page.locator("#remove-node").click();
		page.locator("#confirm-action").click();
		page.getByText("Élément retiré du brouillon").first().waitFor();
		Browser.waitForVaadin(page);

		page.locator("#publish").click();
		page.locator("#confirm-action").click();
		page.getByText("Version publiée").first().waitFor();
		Browser.waitForVaadin(page);
		assertThat(page.locator("main").textContent()).contains("Publié");

		page.locator("#compare").click();
		page.waitForURL((url) -> url.contains("referentials/diff"));
		Browser.waitForVaadin(page);
		Locator summary = page.locator("#diff-summary");
		summary.waitFor();
		assertThat(summary.textContent()).isEqualTo("1 ajout(s), 1 retrait(s), 1 modification(s)");
		assertThat(page.locator("#diff-grid").textContent()).contains("Cible : ≤ 5 sonneries → ≤ 4 sonneries")
			.contains("2.10 · Un rappel est proposé sous 24 heures")
			.contains("1.6 · Des toilettes sont accessibles au public");
		// Notifications of the previous steps cover the top of a phone screen and would
		// blur the contrast check of what lies beneath them.
		page.waitForCondition(() -> page.locator("vaadin-notification-card").count() == 0,
				new Page.WaitForConditionOptions().setTimeout(20_000));
		Browser.screenshot(page, "referential-diff-" + viewport.name());
		assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on referential diff").isEmpty();
		page.context().close();
	}

	private static void filter(Page page, String channel) {
		page.locator("#channel-filter").click();
		page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(channel)).first().click();
		Browser.waitForVaadin(page);
	}

	private static Locator row(Locator tree, String label) {
		return tree.getByText(label, new Locator.GetByTextOptions().setExact(true)).first();
	}

}
