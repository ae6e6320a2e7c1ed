package fr.vigie.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the headless-Chromium journeys: Vigie on a random port with demo data, and one
 * browser per test class (started on first use, closed after the class).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserJourney {

	protected static Browser browser;

	@LocalServerPort
	protected int port;

	@BeforeEach
	void startBrowser() {
		if (browser == null) {
			browser = new Browser(this.port);
		}
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

}
