package fr.vigie;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.vigie.notification.NotificationManagement;
import fr.vigie.shared.i18n.LanguageSwitcher;
import jakarta.annotation.security.PermitAll;

/**
 * The shell around every signed-in page: a side navigation listing only the screens the
 * user's roles allow (it becomes an overlay on tablets and phones), the language switch
 * and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

	MainLayout(AuthenticationContext authentication, NotificationManagement notifications) {
		setPrimarySection(Section.DRAWER);
		DrawerToggle toggle = new DrawerToggle();
		toggle.setAriaLabel(getTranslation("nav.toggle"));
		Span title = new Span(getTranslation("app.name"));
		title.addClassName("app-title");
		addToNavbar(toggle, title, inboxLink(notifications.myUnreadCount()));

		Header brand = new Header(new Span(getTranslation("app.name")));
		brand.addClassName("drawer-brand");
		SideNav navigation = new SideNav();
		navigation.getElement().setAttribute("aria-label", getTranslation("nav.label"));
		MenuConfiguration.getMenuEntries().forEach((entry) -> navigation.addItem(item(entry)));

		String user = authentication.getPrincipalName().orElse("");
		Span who = new Span(getTranslation("nav.signedInAs", user));
		who.addClassName("signed-in-as");
		Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(),
				(click) -> authentication.logout());
		logout.addThemeVariants(ButtonVariant.TERTIARY);
		Footer footer = new Footer(who, new LanguageSwitcher(), logout);
		footer.addClassName("drawer-footer");

		Div drawer = new Div(brand, new Scroller(navigation), footer);
		drawer.addClassName("drawer");
		addToDrawer(drawer);
	}

	/** Bell with the number of unread notices, announced in full to screen readers. */
	private Anchor inboxLink(long unread) {
		Anchor link = new Anchor("inbox", VaadinIcon.BELL.create());
		link.addClassName("inbox-link");
		String label = getTranslation("nav.inbox.unread", unread);
		link.getElement().setAttribute("aria-label", label);
		link.getElement().setAttribute("title", label);
		if (unread > 0) {
			Span badge = new Span(Long.toString(unread));
			badge.addClassName("inbox-badge");
			badge.getElement().setAttribute("aria-hidden", "true");
			link.add(badge);
		}
		return link;
	}

	private SideNavItem item(MenuEntry entry) {
		String label = getTranslation(entry.title());
		return (entry.icon() != null) ? new SideNavItem(label, entry.path(), new Icon(entry.icon()))
				: new SideNavItem(label, entry.path());
	}

}
