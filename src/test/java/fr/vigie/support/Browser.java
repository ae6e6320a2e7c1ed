package fr.vigie.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Headless Debian Chromium driven by Playwright, with the helpers every journey needs:
 * viewports, sign-in, screenshots and axe-core checks.
 */
public final class Browser implements AutoCloseable {

	public static final Viewport TABLET = new Viewport("tablet", 768, 1024);

	public static final Viewport PHONE = new Viewport("phone", 390, 844);

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static final String CHROMIUM = System.getenv().getOrDefault("VIGIE_CHROMIUM", "/usr/bin/chromium");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser chromium;

	private final String baseUrl;

	public Browser(int port) {
		this.baseUrl = "http://localhost:" + port;
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.chromium = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(CHROMIUM))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}

	/** A fresh, cookie-less browser tab at the given size. */
	public Page open(Viewport viewport) {
		BrowserContext context = this.chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
			.setViewportSize(viewport.width(), viewport.height())
			.setLocale("fr-FR"));
		Page page = context.newPage();
		page.setDefaultTimeout(20_000);
		return page;
	}

	/** The absolute address of a path on this server (for direct HTTP requests). */
	public String url(String path) {
		return this.baseUrl + path;
	}

	public void navigate(Page page, String path) {
		page.navigate(this.baseUrl + path);
		waitForVaadin(page);
	}

	public void signIn(Page page, String username, String password) {
		navigate(page, "/login");
		page.locator("input[name='username']").fill(username);
		page.locator("input[name='password']").fill(password);
		page.locator("input[name='password']").press("Enter");
		page.waitForURL((url) -> !url.contains("/login"));
		waitForVaadin(page);
	}

	/**
	 * Types {@code text} in the combo box labelled {@code label} and picks the first
	 * match.
	 */
	public static void pickFromComboBox(Page page, String label, String text) {
		Locator input = page.getByLabel(label);
		input.click();
		input.fill(text);
		// The overlay keeps items of earlier filterings hidden: only a shown one can be
		// picked.
		page.locator("vaadin-combo-box-item, vaadin-multi-select-combo-box-item",
				new Page.LocatorOptions().setHasText(text))
			.filter(new Locator.FilterOptions().setVisible(true))
			.first()
			.click();
		// A multi-select list stays open; Escape on a closed one would clear its value.
		if (page.locator("vaadin-combo-box-overlay[opened], vaadin-multi-select-combo-box-overlay[opened]")
			.count() > 0) {
			input.press("Escape");
		}
		Browser.waitForVaadin(page);
	}

	/** Waits until Vaadin has no pending server round-trip. */
	public static void waitForVaadin(Page page) {
		page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
				+ "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
	}

	public static Path screenshot(Page page, String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	/**
	 * Runs axe-core (WCAG 2.1 A and AA rules) on the current page and returns the serious
	 * and critical violations, one readable line each.
	 */
	public static List<String> seriousAccessibilityViolations(Page page) {
		page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource()));
		String lines = (String) page.evaluate("""
				async () => {
				  const result = await axe.run(document, { runOnly: { type: 'tag',
				      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
				  return result.violations
				      .filter(v => v.impact === 'serious' || v.impact === 'critical')
				      .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
				           + v.nodes.slice(0, 3).map(n => n.target.join(' > ')).join(' | ')).join('\\n');
				}""");
		return lines.isEmpty() ? List.of() : List.of(lines.split("\n"));
	}

	private static String axeSource() {
		try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException(
						"axe.min.js (com.deque.html.axe-core:playwright) not on the test classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.chromium.close();
		this.playwright.close();
	}

	public record Viewport(String name, int width, int height) {

	}

}
