package fr.vigie.campaign.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.vigie.campaign.CampaignManagement;
import fr.vigie.campaign.SlotStatus;
import fr.vigie.campaign.TestSlot;
import fr.vigie.campaign.internal.AuditorCalendarFeed;
import fr.vigie.identity.Role;
import fr.vigie.organisation.OrganisationManagement;
import fr.vigie.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

/**
 * The auditor's own tests: overdue, today, upcoming and done, and his private calendar
 * feed. Nobody else's tests ever appear here.
 */
@Route("my-tests")
@Menu(title = "nav.myTests", order = 10, icon = "vaadin:clipboard-check")
@RolesAllowed(Role.Names.AUDITOR)
class MyTestsView extends Main implements HasDynamicTitle {

	MyTestsView(CampaignManagement campaigns, OrganisationManagement organisation, AuditorCalendarFeed feed,
			Clock clock) {
		addClassName("page");
		add(new H1(getTranslation("myTests.title")));
		List<TestSlot> mine = campaigns.myTests();
		Map<String, String> names = mine.isEmpty() ? Map.of()
				: organisation.siteNames(mine.stream().map(TestSlot::siteId).distinct().toList());
		LocalDate today = LocalDate.now(clock);
		section("myTests.overdue", mine, (slot) -> slot.status() == SlotStatus.OVERDUE, names);
		section("myTests.today", mine, (slot) -> slot.status() == SlotStatus.PUBLISHED && slot.date().isEqual(today),
				names);
		section("myTests.upcoming", mine, (slot) -> slot.status() == SlotStatus.PUBLISHED && slot.date().isAfter(today),
				names);
		section("myTests.done", mine, (slot) -> slot.status() == SlotStatus.DONE, names);

		Div subscription = new Div();
		subscription.addClassName("feed");
		Anchor link = new Anchor(feed.myFeedPath(), getTranslation("myTests.feed.link"));
		Button renew = new Button(getTranslation("myTests.feed.renew"), (click) -> {
			link.setHref(feed.regenerateMyFeed());
			Notifications.success(this, "myTests.feed.renewed");
		});
		renew.addThemeVariants(ButtonVariant.TERTIARY);
		subscription.add(new H2(getTranslation("myTests.feed")), new Paragraph(getTranslation("myTests.feed.help")),
				link, renew);
		add(subscription);
	}

	private void section(String titleKey, List<TestSlot> mine, Predicate<TestSlot> filter, Map<String, String> names) {
		List<TestSlot> slots = mine.stream().filter(filter).toList();
		Div section = new Div(new H2(getTranslation(titleKey) + " (" + slots.size() + ")"));
		section.addClassName("test-section");
		if (slots.isEmpty()) {
			section.add(new Paragraph(getTranslation("myTests.none")));
		}
		for (TestSlot slot : slots) {
			Div card = new Div();
			card.addClassName("test-card");
			Span channel = new Span(getTranslation(slot.channel().messageKey()));
			channel.addClassName("badge");
			card.add(new Span(names.getOrDefault(slot.siteId(), slot.siteId())), channel,
					new Paragraph(SlotTexts.when(this, slot)));
			section.add(card);
		}
		add(section);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("myTests.title") + " · " + getTranslation("app.name");
	}

}
