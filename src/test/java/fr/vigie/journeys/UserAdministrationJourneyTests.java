package fr.vigie.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.vigie.support.Browser;
import fr.vigie.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator creates an account in the UI, the new user signs in with it, then the
 * administrator resets the password and the old one stops working.
 */
class UserAdministrationJourneyTests extends BrowserJourney {

	@Test
	void anAdministratorCreatesAnAuditorWhoCanThenSignIn() {
		Page admin = browser.open(Browser.TABLET);
		browser.signIn(admin, "admin", "Admin-Demo-2026");
		browser.navigate(admin, "/admin/users");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvel utilisateur")).click();
		Locator dialog = admin.getByRole(AriaRole.DIALOG);
		dialog.getByLabel("Identifiant").fill("nadia.enq");
		dialog.getByLabel("Nom affiché").fill("Nadia Enquêtrice");
		dialog.getByLabel("Courriel").fill("nadia@vigie.test");
		dialog.locator("vaadin-checkbox", new Locator.LocatorOptions().setHasText("Enquêteur")).click();
		dialog.getByLabel("Mot de passe", new Locator.GetByLabelOptions().setExact(true)).fill("court");
		dialog.getByLabel("Confirmation du mot de passe").fill("court");
		Browser.screenshot(admin, "admin-create-user-tablet");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer")).click();
		admin.getByText("Le mot de passe doit compter au moins 12 caractères.").waitFor();

		dialog.getByLabel("Mot de passe", new Locator.GetByLabelOptions().setExact(true)).fill("une phrase de passe");
		dialog.getByLabel("Confirmation du mot de passe").fill("une phrase de passe");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer")).click();
		admin.getByText("nadia.enq", new Page.GetByTextOptions().setExact(true)).waitFor();
		Browser.screenshot(admin, "admin-users-tablet");
		assertThat(Browser.seriousAccessibilityViolations(admin)).as("axe on the users screen").isEmpty();

		Page nadia = browser.open(Browser.PHONE);
		browser.signIn(nadia, "nadia.enq", "une phrase de passe");
		assertThat(nadia.locator("h1").first().textContent()).isEqualTo("Bonjour, Nadia Enquêtrice");
		browser.navigate(nadia, "/admin/users");
		assertThat(nadia.locator("h1").first().textContent()).isEqualTo("Page introuvable");
		nadia.context().close();

		admin
			.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Réinitialiser le mot de passe de nadia.enq"))
			.click();
		dialog.getByLabel("Mot de passe", new Locator.GetByLabelOptions().setExact(true))
			.fill("nouvelle phrase secrète");
		dialog.getByLabel("Confirmation du mot de passe").fill("nouvelle phrase secrète");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Réinitialiser le mot de passe"))
			.click();
		admin.getByText("Mot de passe de nadia.enq réinitialisé").waitFor();
		admin.context().close();

		Page retry = browser.open(Browser.TABLET);
		browser.navigate(retry, "/login");
		retry.locator("input[name='username']").fill("nadia.enq");
		retry.locator("input[name='password']").fill("une phrase de passe");
		retry.locator("input[name='password']").press("Enter");
		retry.waitForURL((url) -> url.contains("error"));
		browser.signIn(retry, "nadia.enq", "nouvelle phrase secrète");
		assertThat(retry.locator("h1").first().textContent()).isEqualTo("Bonjour, Nadia Enquêtrice");
		retry.context().close();
	}

}
