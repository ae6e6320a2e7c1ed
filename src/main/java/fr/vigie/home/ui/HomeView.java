package fr.vigie.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccount;
import fr.vigie.identity.UserManagement;
import jakarta.annotation.security.PermitAll;

/** Greets the user and explains, per role he holds, what he can do here. */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends Main implements HasDynamicTitle {

	HomeView(AuthenticationContext authentication, UserManagement users) {
		addClassName("page");
		String username = authentication.getPrincipalName().orElse("");
		String name = users.findByUsername(username).map(UserAccount::displayName).orElse(username);
		add(new H1(getTranslation("home.title", name)));
		for (Role role : Role.values()) {
			if (authentication.hasRole(role.name())) {
				Div card = new Div(new H2(getTranslation(role.messageKey())),
						new Paragraph(getTranslation("home.role." + role.name())));
				card.addClassName("role-card");
				add(card);
			}
		}
		Div shortcuts = new Div();
		shortcuts.addClassName("shortcuts");
		MenuConfiguration.getMenuEntries()
			.stream()
			.filter((entry) -> !entry.path().isEmpty() && !"/".equals(entry.path()))
			.forEach((entry) -> shortcuts.add(new Anchor(entry.path(), getTranslation(entry.title()))));
		add(new H2(getTranslation("home.shortcuts")), shortcuts);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.home") + " · " + getTranslation("app.name");
	}

}
