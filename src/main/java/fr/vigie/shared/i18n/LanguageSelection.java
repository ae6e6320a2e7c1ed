package fr.vigie.shared.i18n;

import java.util.Arrays;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;

import org.springframework.stereotype.Component;

/**
 * Applies the language chosen by the user (a cookie, so the login page already speaks it)
 * to every new UI; French when nothing was chosen.
 */
@Component
class LanguageSelection implements VaadinServiceInitListener {

	static final String COOKIE = "vigie-lang";

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener((uiEvent) -> {
			Locale locale = chosenLocale();
			uiEvent.getUI().setLocale(locale);
			// The page language must match the texts for screen readers (RGAA 8.3).
			uiEvent.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
		});
	}

	private static Locale chosenLocale() {
		VaadinRequest request = VaadinService.getCurrentRequest();
		Cookie[] cookies = (request != null) ? request.getCookies() : null;
		if (cookies == null) {
			return Languages.FRENCH;
		}
		return Arrays.stream(cookies)
			.filter((cookie) -> COOKIE.equals(cookie.getName()))
			.findFirst()
			.map((cookie) -> Languages.supportedOrDefault(Locale.forLanguageTag(cookie.getValue())))
			.orElse(Languages.FRENCH);
	}

	/**
	 * Remembers the choice for a year and reloads the page so that every text follows.
	 */
	static void choose(UI ui, Locale locale) {
		Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
		cookie.setPath("/");
		cookie.setMaxAge(365 * 24 * 3600);
		cookie.setHttpOnly(true);
		VaadinService.getCurrentResponse().addCookie(cookie);
		ui.getSession().setLocale(locale);
		ui.setLocale(locale);
		ui.getPage().reload();
	}

}
