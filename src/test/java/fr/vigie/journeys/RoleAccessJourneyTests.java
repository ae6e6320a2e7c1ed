package fr.vigie.journeys;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import fr.vigie.support.Browser;
import fr.vigie.support.BrowserJourney;
import fr.vigie.support.Browser.Viewport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in as each demo role in headless Chromium, checks which screens each can and
 * cannot open, takes tablet and phone screenshots, and runs axe-core on the login and
 * home pages.
 */
class RoleAccessJourneyTests extends BrowserJourney {

	/** Demo accounts (README) and the guarded screens each may open. */
	private static final Map<String, RoleExpectation> ROLES = Map
		.of("qualite",
				new RoleExpectation("Qualite-Demo-2026",
						List.of("/sites", "/sites/import", "/auditors", "/referentials", "/campaigns",
								"/campaigns/new"),
						List.of("/admin/users", "/admin/organisation", "/my-tests")),
				"enqueteur",
				new RoleExpectation("Enqueteur-Demo-2026", List.of("/my-tests", "/inbox"),
						List.of("/sites", "/auditors", "/admin/users", "/admin/organisation", "/referentials",
								"/campaigns")),
				"directeur",
				new RoleExpectation("Directeur-Demo-2026", List.of("/sites", "/inbox"),
						List.of("/sites/import", "/auditors", "/auditors/import", "/admin/users", "/admin/organisation",
								"/referentials", "/campaigns", "/my-tests")),
				"admin",
				new RoleExpectation("Admin-Demo-2026",
						List.of("/sites", "/auditors", "/admin/users", "/admin/organisation", "/referentials"),
						List.of("/campaigns", "/my-tests")));

	@Test
	void loginPageIsFrenchAccessibleAndRedirectsAnonymousVisitors() {
		for (Viewport viewport : List.of(Browser.TABLET, Browser.PHONE)) {
			Page page = browser.open(viewport);
			browser.navigate(page, "/sites");
			assertThat(page.url()).endsWith("/login");
			assertThat(page.getByText("Connexion", new Page.GetByTextOptions().setExact(true)).isVisible()).isTrue();
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fr");
			Browser.screenshot(page, "login-" + viewport.name());
			assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on login page").isEmpty();
			page.context().close();
		}
	}

	@Test
	void wrongPasswordIsRefusedWithAClearMessage() {
		Page page = browser.open(Browser.TABLET);
		browser.navigate(page, "/login");
		page.locator("input[name='username']").fill("qualite");
		page.locator("input[name='password']").fill("not the password");
		page.locator("input[name='password']").press("Enter");
		page.waitForURL((url) -> url.contains("error"));
		Browser.waitForVaadin(page);
		assertThat(page.getByText("Identifiant ou mot de passe incorrect").isVisible()).isTrue();
		Browser.screenshot(page, "login-error-tablet");
		page.context().close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "qualite", "enqueteur", "directeur", "admin" })
	void eachRoleOpensItsScreensAndNothingElse(String username) {
		RoleExpectation expected = ROLES.get(username);
		for (Viewport viewport : List.of(Browser.TABLET, Browser.PHONE)) {
			Page page = browser.open(viewport);
			browser.signIn(page, username, expected.password());
			assertThat(page.locator("h1").first().textContent()).startsWith("Bonjour,");
			Browser.screenshot(page, "home-" + username + "-" + viewport.name());
			assertThat(Browser.seriousAccessibilityViolations(page)).as("axe on home of " + username).isEmpty();
			for (String allowed : expected.allowed()) {
				browser.navigate(page, allowed);
				assertThat(page.locator("main h1").first().textContent()).as(allowed).isNotBlank();
				assertThat(page.content()).as(username + " opens " + allowed).doesNotContain("Page introuvable");
			}
			for (String forbidden : expected.forbidden()) {
				browser.navigate(page, forbidden);
				assertThat(page.locator("h1").first().textContent()).as(username + " is refused " + forbidden)
					.isEqualTo("Page introuvable");
			}
			page.context().close();
		}
	}

	@Test
	void languageCanBeSwitchedToEnglishBeforeSigningIn() {
		Page page = browser.open(Browser.TABLET);
		browser.navigate(page, "/login");
		page.locator("vaadin-select.language-switcher").click();
		page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("English")).click();
		page.waitForLoadState();
		Browser.waitForVaadin(page);
		page.getByText("Sign in", new Page.GetByTextOptions().setExact(true)).first().waitFor();
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
		browser.signIn(page, "directeur", "Directeur-Demo-2026");
		assertThat(page.locator("h1").first().textContent()).startsWith("Hello");
		Browser.screenshot(page, "home-directeur-english-tablet");
		page.context().close();
	}

	record RoleExpectation(String password, List<String> allowed, List<String> forbidden) {

	}

}
