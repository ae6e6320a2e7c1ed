package fr.vigie.identity.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.vigie.shared.i18n.LanguageSwitcher;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in page, in the language chosen with the switcher (French by default). */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm form = new LoginForm();

	LoginView() {
		addClassName("login-view");
		this.form.setAction("login");
		this.form.setForgotPasswordButtonVisible(false);
		H1 title = new H1(getTranslation("app.name"));
		title.addClassName("login-title");
		Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
		tagline.addClassName("login-tagline");
		add(title, tagline, this.form, new LanguageSwitcher());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.form.setI18n(translatedForm());
		if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
			LoginI18n i18n = translatedForm();
			i18n.getErrorMessage()
				.setTitle(getTranslation(lastFailureWasLock() ? "login.locked.title" : "login.error.title"));
			i18n.getErrorMessage()
				.setMessage(getTranslation(lastFailureWasLock() ? "login.locked.message" : "login.error.message"));
			this.form.setI18n(i18n);
			this.form.setError(true);
		}
	}

	private static boolean lastFailureWasLock() {
		HttpSession session = VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
		return session != null
				&& session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException;
	}

	private LoginI18n translatedForm() {
		LoginI18n i18n = LoginI18n.createDefault();
		LoginI18n.Form texts = i18n.getForm();
		texts.setTitle(getTranslation("login.title"));
		texts.setUsername(getTranslation("login.username"));
		texts.setPassword(getTranslation("login.password"));
		texts.setSubmit(getTranslation("login.submit"));
		i18n.getErrorMessage().setUsername(getTranslation("login.username.required"));
		i18n.getErrorMessage().setPassword(getTranslation("login.password.required"));
		return i18n;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title") + " · " + getTranslation("app.name");
	}

}
