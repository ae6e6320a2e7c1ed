package fr.vigie.audit.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.vigie.audit.AuditManagement;
import fr.vigie.audit.AuditStatus;
import fr.vigie.audit.MyTest;
import fr.vigie.campaign.CampaignManagement;
import fr.vigie.campaign.SlotStatus;
import fr.vigie.campaign.TestSlot;
import fr.vigie.identity.Role;
import fr.vigie.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

/**
 * The auditor's own tests: to correct, overdue, today, upcoming and done, each with its
 * scenario and the state of its checklist, and his private calendar feed. Nobody else's
 * tests ever appear here.
 */
@Route("my-tests")
@Menu(title = "nav.myTests", order = 10, icon = "vaadin:clipboard-check")
@RolesAllowed(Role.Names.AUDITOR)
class MyTestsView extends Main implements HasDynamicTitle {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	MyTestsView(AuditManagement audits, CampaignManagement campaigns, Clock clock) {
		addClassName("page");
		add(new H1(getTranslation("myTests.title")));
		List<MyTest> mine = audits.myTests();
		LocalDate today = LocalDate.now(clock);
		Predicate<MyTest> open = (test) -> test.checklist() == null || test.checklist().editableByAuditor();
		section("myTests.returned", mine, (test) -> test.checklist() == AuditStatus.RETURNED);
		section("myTests.overdue", mine, (test) -> test.slot().status() == SlotStatus.OVERDUE
				&& test.checklist() != AuditStatus.RETURNED && open.test(test));
		section("myTests.today", mine, (test) -> test.slot().status() == SlotStatus.PUBLISHED
				&& test.checklist() != AuditStatus.RETURNED && !test.slot().date().isAfter(today) && open.test(test));
		section("myTests.upcoming", mine,
				(test) -> test.slot().status() == SlotStatus.PUBLISHED && test.slot().date().isAfter(today));
		section("myTests.done", mine, (test) -> test.slot().status() == SlotStatus.DONE
				|| (test.checklist() != null && !test.checklist().editableByAuditor()));

		Div subscription = new Div();
		subscription.addClassName("feed");
		Anchor link = new Anchor(campaigns.myCalendarFeedPath(), getTranslation("myTests.feed.link"));
		Button renew = new Button(getTranslation("myTests.feed.renew"), (click) -> {
			link.setHref(campaigns.renewMyCalendarFeed());
			Notifications.success(this, "myTests.feed.renewed");
		});
		renew.addThemeVariants(ButtonVariant.TERTIARY);
		subscription.add(new H2(getTranslation("myTests.feed")), new Paragraph(getTranslation("myTests.feed.help")),
				link, renew);
		add(subscription);
	}

	private void section(String titleKey, List<MyTest> mine, Predicate<MyTest> filter) {
		List<MyTest> tests = mine.stream().filter(filter).toList();
		Div section = new Div(new H2(getTranslation(titleKey) + " (" + tests.size() + ")"));
		section.addClassName("test-section");
		if (tests.isEmpty()) {
			section.add(new Paragraph(getTranslation("myTests.none")));
		}
		for (MyTest test : tests) {
			section.add(card(test));
		}
		add(section);
	}

	private Div card(MyTest test) {
		TestSlot slot = test.slot();
		Div card = new Div();
		card.addClassName("test-card");
		Span channel = new Span(getTranslation(slot.channel().messageKey()));
		channel.addClassName("badge");
		String when = slot.date().format(DATE.withLocale(getLocale()))
				+ ((slot.start() != null) ? " " + slot.start().format(TIME) + "–" + slot.end().format(TIME) : "");
		card.add(new Span(test.siteName()), channel, AuditUi.statusBadge(this, test.checklist()), new Paragraph(when));
		if (slot.scenario() != null) {
			Paragraph scenario = new Paragraph(getTranslation("audit.header.scenario") + " : " + slot.scenario());
			scenario.addClassName("scenario");
			card.add(scenario);
		}
		if (test.answered() > 0) {
			card.add(new Paragraph(getTranslation("myTests.answered", test.answered())));
		}
		RouterLink openIt = new RouterLink(getTranslation(
				(test.checklist() == null || test.checklist().editableByAuditor()) ? "myTests.open" : "myTests.view"),
				CaptureView.class, new RouteParameters("testId", slot.id()));
		openIt.addClassName("open-test");
		openIt.getElement()
			.setAttribute("aria-label", getTranslation("myTests.openFor", test.siteName(),
					getTranslation(slot.channel().messageKey()), when));
		card.add(openIt);
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("myTests.title") + " · " + getTranslation("app.name");
	}

}
